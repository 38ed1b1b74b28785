/** Turns a corrective action into a draft change of a runbook, linked to the exercise and its area for improvement. */
import { useState } from 'react';
import type { ImprovementItem } from '../../../shared/domain/exercises/improvement';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { openRunbookDraft } from '../../db/exercises/evaluation';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { usePublishedRunbooks } from './usePublishedRunbooks';

export function OpenRunbookDraftDialog({
  item,
  onClose,
}: {
  readonly item: ImprovementItem;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const runbooks = usePublishedRunbooks();
  const [runbookId, setRunbookId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const chosen = runbookId || runbooks?.[0]?.id || '';

  const open = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const updated = await openRunbookDraft(db, actor, item.id, chosen);
      showToast(
        'success',
        `Opened draft v${updated.runbookDraft?.version ?? ''} of “${updated.runbookDraft?.title ?? ''}”.`,
      );
      onClose();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title="Open a runbook draft"
      description={`A new draft version of the runbook records “${item.correctiveAction}” from ${item.exerciseRef}. Edit and publish it from the runbook library.`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} disabled={!chosen} onClick={() => void open()}>
            Open draft
          </Button>
        </>
      }
    >
      <Field label="Runbook to change" error={error}>
        {(control) => (
          <select {...control} className="select" value={chosen} onChange={(event) => setRunbookId(event.target.value)}>
            {(runbooks ?? []).map((runbook) => (
              <option key={runbook.id} value={runbook.id}>
                {runbook.title} (v{runbook.version})
              </option>
            ))}
          </select>
        )}
      </Field>
    </Dialog>
  );
}
