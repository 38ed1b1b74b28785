/**
 * Standard exports and imports on the register: export the incidents the register shows (AVID, AIID or the whole
 * register as CSV), and import AIID submissions or AVID reports as new incidents. A refused file is explained in
 * words and nothing is written.
 */
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { importPublicIncidents } from '../../db/reviews/publicImport';
import { Button } from '../../ui/Button';
import { TextFileButton } from '../../ui/TextFileButton';
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
  const [exporting, setExporting] = useState<readonly string[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  return (
    <div className="register-exchange">
      <Button size="sm" icon="download" disabled={items.length === 0} onClick={() => setExporting(items.ids())}>
        Export {items.length === 1 ? '1 incident' : `${items.length.toLocaleString('en-GB')} incidents`}
      </Button>
      <TextFileButton
        label="Import AIID or AVID"
        size="sm"
        maxBytes={20 * 1024 * 1024}
        tooLarge="import fewer reports at once."
        onError={setError}
        onText={async (text, fileName) => {
          const count = await importPublicIncidents(db, actor, text);
          showToast('success', `Imported ${count} public ${count === 1 ? 'incident' : 'incidents'} from ${fileName}.`);
        }}
      />
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
