/**
 * Imports a runbook from a JSON file chosen on this machine. The file is validated with the same schema as the
 * editor; a bad file gets a clear message and nothing is written. The imported runbook becomes a new draft. When the
 * library already has a runbook with the same title, a dialog offers the next version of it, keeping both (the
 * import's title gets a suffix), or cancelling.
 */
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { importRunbook } from '../../db/runbooks/runbooks';
import { RunbookTitleTakenError, type RunbookImportChoice } from '../../../shared/domain/runbooks/runbookImport';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { TextFileButton } from '../../ui/TextFileButton';
import { showToast } from '../../ui/toastStore';

export function ImportRunbookButton({ onError }: { readonly onError: (message: string | undefined) => void }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [taken, setTaken] = useState<{ text: string; fileName: string; error: RunbookTitleTakenError } | null>(null);

  const run = async (text: string, fileName: string, choice?: RunbookImportChoice): Promise<void> => {
    try {
      const runbook = await importRunbook(db, actor, text, choice);
      setTaken(null);
      showToast(
        'success',
        choice === 'new-version'
          ? `Imported as version ${runbook.version} of “${runbook.title}”, a draft.`
          : `Imported “${runbook.title}” as a draft.`,
      );
      navigate({ name: 'runbook', id: runbook.id });
    } catch (error) {
      if (error instanceof RunbookTitleTakenError) {
        setTaken({ text, fileName, error });
        return;
      }
      setTaken(null);
      onError(`${fileName}: ${describeError(error)}`);
    }
  };

  return (
    <>
      <TextFileButton
        label="Import runbook"
        maxBytes={5 * 1024 * 1024}
        tooLarge="a runbook file is much smaller."
        onError={onError}
        onText={(text, fileName) => run(text, fileName)}
      />
      {taken ? (
        <Dialog
          open
          title={`“${taken.error.title}” is already in the library`}
          description={`${taken.fileName} holds a runbook with the same title as version ${taken.error.existingVersion} of one you have. Nothing has been imported yet.`}
          onClose={() => setTaken(null)}
        >
          <ul className="import-choice-list">
            <li>
              <strong>Import as a new version</strong>: the file becomes the next draft version of “{taken.error.title}
              ”; incidents keep the version they ran.
            </li>
            <li>
              <strong>Keep both</strong>: the file becomes a separate runbook, its title followed by “(2)” or the next
              free number.
            </li>
          </ul>
          <div className="form-actions import-choices">
            <Button variant="ghost" data-autofocus onClick={() => setTaken(null)}>
              Cancel
            </Button>
            <Button onClick={() => void run(taken.text, taken.fileName, 'keep-both')}>Keep both</Button>
            <Button variant="primary" onClick={() => void run(taken.text, taken.fileName, 'new-version')}>
              Import as a new version
            </Button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
