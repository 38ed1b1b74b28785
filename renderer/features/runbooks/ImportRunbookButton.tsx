/**
 * Imports a runbook from a JSON file chosen on this machine. The file is validated with the same schema as the
 * editor; a bad file gets a clear message and nothing is written. The imported runbook becomes a new draft.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { importRunbook } from '../../db/runbooks/runbooks';
import { ExplainedError } from '../../../shared/errors';
import { describeError } from '../../ui/errorMessage';
import { Icon } from '../../ui/Icon';
import { showToast } from '../../ui/toastStore';

export function ImportRunbookButton({ onError }: { readonly onError: (message: string | undefined) => void }) {
  const db = useDatabase();
  const { actor } = useSession();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    onError(undefined);
    try {
      if (file.size > 5 * 1024 * 1024)
        throw new ExplainedError('That file is larger than 5 MB; a runbook file is much smaller.');
      const runbook = await importRunbook(db, actor, await file.text());
      showToast('success', `Imported “${runbook.title}” as a draft.`);
      navigate({ name: 'runbook', id: runbook.id });
    } catch (error) {
      onError(`${file.name}: ${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        ref={input}
        id={id}
        className="visually-hidden file-input"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void onFile(event)}
      />
      <label htmlFor={id} className="btn btn-secondary btn-md file-button" aria-busy={busy || undefined}>
        <Icon name="upload" />
        Import runbook
      </label>
    </>
  );
}
