/**
 * Standard exports and imports on the register: export the incidents the register shows (AVID, AIID or the whole
 * register as CSV), and import AIID submissions or AVID reports as new incidents. A refused file is explained in
 * words and nothing is written.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { ExplainedError } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { importPublicIncidents } from '../../db/reviews/publicImport';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Icon } from '../../ui/Icon';
import { showToast } from '../../ui/toastStore';
import { StandardExportDialog } from './StandardExportDialog';

/** The incidents the register shows: their number, and their ids when an export asks (never on each keystroke). */
interface ShownIncidents {
  readonly length: number;
  ids(): string[];
}

export function RegisterExchange({ items }: { readonly items: ShownIncidents }) {
  const db = useDatabase();
  const { actor } = useSession();
  const inputId = useId();
  const [exporting, setExporting] = useState<readonly string[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      if (file.size > 20 * 1024 * 1024)
        throw new ExplainedError('That file is larger than 20 MB; import fewer reports at once.');
      const count = await importPublicIncidents(db, actor, await file.text());
      showToast('success', `Imported ${count} public ${count === 1 ? 'incident' : 'incidents'} from ${file.name}.`);
    } catch (failure) {
      setError(`${file.name}: ${describeError(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="register-exchange">
      <Button size="sm" icon="download" disabled={items.length === 0} onClick={() => setExporting(items.ids())}>
        Export {items.length === 1 ? '1 incident' : `${items.length.toLocaleString('en-GB')} incidents`}
      </Button>
      <input
        id={inputId}
        className="visually-hidden file-input"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void onFile(event)}
      />
      <label htmlFor={inputId} className="btn btn-secondary btn-sm file-button" aria-busy={busy || undefined}>
        <Icon name="upload" />
        Import AIID or AVID
      </label>
      {error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      {exporting !== undefined ? (
        <StandardExportDialog
          incidentIds={exporting}
          label={exporting.length === 1 ? 'incident' : `${exporting.length} incidents`}
          onClose={() => setExporting(undefined)}
        />
      ) : null}
    </div>
  );
}
