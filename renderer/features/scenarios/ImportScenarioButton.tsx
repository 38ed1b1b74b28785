/**
 * Imports a scenario from a JSON file chosen on this machine. The file is validated with the same schema as the
 * editor; a bad file gets a clear message and nothing is written. The imported scenario becomes a new draft.
 */
import { MAX_SCENARIO_FILE_BYTES } from '../../../shared/domain/scenarios/library';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { importScenario } from '../../db/scenarios/scenarios';
import { TextFileButton } from '../../ui/TextFileButton';
import { showToast } from '../../ui/toastStore';

export function ImportScenarioButton({ onError }: { readonly onError: (message: string | undefined) => void }) {
  const db = useDatabase();
  const { actor } = useSession();
  return (
    <TextFileButton
      label="Import scenario"
      maxBytes={MAX_SCENARIO_FILE_BYTES}
      tooLarge="a scenario file is much smaller."
      onError={onError}
      onText={async (text) => {
        const scenario = await importScenario(db, actor, text);
        showToast('success', `Imported “${scenario.overview.name}” as a draft.`);
        navigate({ name: 'scenario', id: scenario.id });
      }}
    />
  );
}
