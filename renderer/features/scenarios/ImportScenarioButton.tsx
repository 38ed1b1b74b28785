/**
 * Imports a scenario from a JSON file chosen on this machine. The file is validated with the same schema as the
 * editor; a bad file gets a clear message and nothing is written. The imported scenario becomes a new draft.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { MAX_SCENARIO_FILE_BYTES } from '../../../shared/domain/scenarios/library';
import { ExplainedError } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { importScenario } from '../../db/scenarios/scenarios';
import { describeError } from '../../ui/errorMessage';
import { Icon } from '../../ui/Icon';
import { showToast } from '../../ui/toastStore';

export function ImportScenarioButton({ onError }: { readonly onError: (message: string | undefined) => void }) {
  const db = useDatabase();
  const { actor } = useSession();
  const id = useId();
  const [busy, setBusy] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    onError(undefined);
    try {
      if (file.size > MAX_SCENARIO_FILE_BYTES) {
        throw new ExplainedError('That file is larger than 5 MB; a scenario file is much smaller.');
      }
      const scenario = await importScenario(db, actor, await file.text());
      showToast('success', `Imported “${scenario.overview.name}” as a draft.`);
      navigate({ name: 'scenario', id: scenario.id });
    } catch (error) {
      onError(`${file.name}: ${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        id={id}
        className="visually-hidden file-input"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void onFile(event)}
      />
      <label htmlFor={id} className="btn btn-secondary btn-md file-button" aria-busy={busy || undefined}>
        <Icon name="upload" />
        Import scenario
      </label>
    </>
  );
}
