/** Asks why a regime no longer applies before dropping it; the reason goes on the record and the timeline. */
import { useState } from 'react';
import type { RegimeId } from '../../../shared/domain/regulatory/clockInput';
import { regimeReasonSchema } from '../../../shared/domain/regulatory/regulatoryProfile';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { removeRegime } from '../../db/regulatory/regulatoryProfiles';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { regimeName } from './regimeLabels';

export function RemoveRegimeDialog({
  incidentId,
  regime,
  onClose,
}: {
  readonly incidentId: string;
  readonly regime: RegimeId;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const remove = async (): Promise<void> => {
    const parsed = regimeReasonSchema.safeParse(reason);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      await removeRegime(db, actor, incidentId, { regime, reason: parsed.data });
      onClose();
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      size="sm"
      role="alertdialog"
      title={`Remove ${regimeName(regime)}?`}
      description="Its clocks stop showing. The removal and your reason are kept on the record and the timeline."
      onClose={onClose}
      footer={
        <>
          <Button data-autofocus onClick={onClose}>
            Keep it
          </Button>
          <Button variant="danger" busy={busy} onClick={() => void remove()}>
            Remove regime
          </Button>
        </>
      }
    >
      <Field label="Why it does not apply" error={problem}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
    </Dialog>
  );
}
