/**
 * The standard export dialog: choose AVID, AIID or the register CSV and what may go with it; it shows what the file
 * will contain — and what stays behind — before anything is saved. Reporter names, evidence references and items on
 * legal hold go only when ticked; evidence content never.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { localDate } from '../../../shared/domain/reviews/actionItem';
import {
  DEFAULT_EXPORT_OPTIONS,
  describeExport,
  type ExportOptions,
} from '../../../shared/domain/reviews/exports/exportSource';
import { REGISTER_CSV_COLUMNS } from '../../../shared/domain/reviews/exports/registerCsv';
import { useDatabase } from '../../app/DatabaseContext';
import { loadExportSources, loadRegisterRows } from '../../db/reviews/exportSources';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { saveStandardExport, STANDARD_FORMATS, STANDARD_FORMAT_LABELS, type StandardFormat } from './standardExport';

/** JSON exports carry whole incidents; larger sets go as the register CSV. */
const MAX_JSON_EXPORT = 5_000;

const OPTION_LABELS: ReadonlyArray<[keyof ExportOptions, string]> = [
  ['includeReview', 'Include the post-incident review (summary, causes, lessons, CSET fields)'],
  ['includeReporter', 'Include the reporter’s name (never a confidential reporter; never contact details)'],
  ['includeEvidenceRefs', 'Include evidence references (name, media type, SHA-256 — not the files)'],
  ['includeHeld', 'Include evidence on legal hold in those references'],
];

export function StandardExportDialog({
  incidentIds,
  label,
  onClose,
}: {
  readonly incidentIds: readonly string[];
  readonly label: string;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const [format, setFormat] = useState<StandardFormat>('avid');
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const tooMany = incidentIds.length > MAX_JSON_EXPORT;
  const sources = useLiveQuery(() => loadExportSources(db, tooMany ? [] : incidentIds), [db, incidentIds, tooMany]);
  const csv = format === 'csv';
  const description = sources && !csv ? describeExport(sources, options) : undefined;

  const save = async () => {
    if (!sources) return;
    setBusy(true);
    setError(undefined);
    try {
      const rows = csv ? await loadRegisterRows(db, localDate(new Date())) : [];
      const result = await saveStandardExport(format, label, { sources, rows }, options);
      if (result.status === 'saved') {
        showToast('success', `Exported to ${result.path}`);
        onClose();
      }
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open title={`Standard export: ${label}`} onClose={onClose} size="lg">
      <div className="dialog-form">
        <fieldset className="segmented">
          <legend className="segmented-legend">Format</legend>
          {STANDARD_FORMATS.map((value) => (
            <label key={value} className="check-row">
              <input type="radio" name="standard-format" checked={format === value} onChange={() => setFormat(value)} />
              {STANDARD_FORMAT_LABELS[value]}
            </label>
          ))}
        </fieldset>
        {csv ? null : (
          <fieldset className="segmented">
            <legend className="segmented-legend">What may go with it</legend>
            {OPTION_LABELS.map(([key, text]) => (
              <label key={key} className="check-row">
                <input
                  type="checkbox"
                  checked={options[key]}
                  disabled={key === 'includeHeld' && !options.includeEvidenceRefs}
                  onChange={(event) => setOptions({ ...options, [key]: event.target.checked })}
                />
                {text}
              </label>
            ))}
          </fieldset>
        )}
        <section className="export-contents" aria-labelledby="export-contents-title">
          <h3 id="export-contents-title">The file will contain</h3>
          {tooMany && !csv ? (
            <p className="form-alert" role="alert">
              {incidentIds.length.toLocaleString('en-GB')} incidents are too many for one JSON file: filter the register
              to at most {MAX_JSON_EXPORT.toLocaleString('en-GB')}, or export the register as CSV.
            </p>
          ) : csv ? (
            <>
              <p>One row per incident in the register, with these columns:</p>
              <p className="mono small">{REGISTER_CSV_COLUMNS.map(([name]) => name).join(', ')}</p>
              <p className="muted">Never included: reporter identities, evidence, review text.</p>
            </>
          ) : description ? (
            <>
              <ul>
                {description.included.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <h3>Left out</h3>
              <ul className="muted">
                {description.withheld.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">Reading the incidents…</p>
          )}
        </section>
        {error ? (
          <p className="form-alert" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-footer dialog-footer-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            icon="download"
            busy={busy}
            disabled={!sources || (tooMany && !csv)}
            onClick={() => void save()}
          >
            Save export
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
