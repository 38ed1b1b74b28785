/**
 * Importing injects from a CSV file: choose the file, choose which column feeds which inject field (guessed from the
 * header), pick the module for rows without one, and see every row with its missing or unreadable cells marked
 * before anything is added. Injects are added to the editor's form only when every row is ready; nothing is stored
 * until the scenario is saved.
 */
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import {
  guessColumnMapping,
  INJECT_CSV_FIELD_INFO,
  INJECT_CSV_FIELDS,
  mapInjectRows,
  type ColumnMapping,
  type InjectCsvField,
} from '../../../shared/domain/scenarios/injectCsv';
import type { Inject } from '../../../shared/domain/exercises/scenario';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { MAX_CSV_BYTES, readCsv, type CsvTable } from './csv';
import type { ModuleValues } from './scenarioEditorValues';

const PREVIEW_FIELDS: readonly InjectCsvField[] = [
  'sequence',
  'offset',
  'title',
  'type',
  'delivery',
  'from',
  'to',
  'content',
  'module',
];

export function InjectCsvImportDialog({
  modules,
  onCancel,
  onAdd,
}: {
  readonly modules: readonly ModuleValues[];
  readonly onCancel: () => void;
  readonly onAdd: (byModule: ReadonlyMap<string, readonly Inject[]>) => void;
}) {
  const fileId = useId();
  const [fileName, setFileName] = useState<string | undefined>();
  const [table, setTable] = useState<CsvTable | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [defaultModuleId, setDefaultModuleId] = useState(modules[0]?.id ?? '');

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileName(file.name);
    setTable(undefined);
    if (file.size > MAX_CSV_BYTES) {
      setFileError(`${file.name} is larger than 5 MB; an inject list is much smaller.`);
      return;
    }
    const read = readCsv(await file.text());
    if (!read.ok) {
      setFileError(`${file.name}: ${read.message}`);
      return;
    }
    setFileError(undefined);
    setTable(read.table);
    setMapping(guessColumnMapping(read.table.header));
  };

  const result = useMemo(
    () => (table ? mapInjectRows(table.rows, mapping, { modules, defaultModuleId }) : undefined),
    [table, mapping, modules, defaultModuleId],
  );
  const ready = result !== undefined && result.rows.length > 0 && result.rowsWithProblems === 0;
  const injectCount = result ? result.rows.filter((row) => row.inject).length : 0;
  const shownFields = PREVIEW_FIELDS.filter(
    (field) => INJECT_CSV_FIELD_INFO[field].required || mapping[field] !== undefined,
  );

  return (
    <Dialog
      open
      size="lg"
      title="Import injects from CSV"
      description="Choose which column feeds each inject field. Rows with missing or unreadable cells are marked; nothing is added until every row is ready, and nothing is stored until you save the scenario."
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant="primary" disabled={!ready} onClick={() => result && onAdd(result.injectsByModule)}>
            {ready ? `Add ${injectCount} injects` : 'Add injects'}
          </Button>
        </>
      }
    >
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          CSV file
        </label>
        <input
          id={fileId}
          className="input"
          type="file"
          accept="text/csv,.csv,text/plain"
          onChange={(event) => void onFile(event)}
        />
        {fileName && !fileError && table ? (
          <p className="field-hint">
            {fileName}: {table.header.length} columns, {table.rows.length} rows.
          </p>
        ) : null}
      </div>
      {fileError ? (
        <p className="form-alert" role="alert">
          {fileError}
        </p>
      ) : null}
      {table && result ? (
        <>
          <fieldset className="choice-fieldset csv-mapping">
            <legend className="subsection-title">Columns</legend>
            <div className="csv-mapping-grid">
              {INJECT_CSV_FIELDS.map((field) => {
                const info = INJECT_CSV_FIELD_INFO[field];
                const missing = info.required && mapping[field] === undefined;
                return (
                  <Field
                    key={field}
                    label={`Column for ${info.label}`}
                    optional={!info.required}
                    error={missing ? `${info.label} is required: choose the column that holds it.` : undefined}
                  >
                    {(control) => (
                      <select
                        {...control}
                        className="select"
                        value={mapping[field] ?? ''}
                        onChange={(event) => {
                          const value = event.target.value;
                          setMapping((current) => {
                            const next = { ...current };
                            if (value === '') delete next[field];
                            else next[field] = Number(value);
                            return next;
                          });
                        }}
                      >
                        <option value="">Not in this file</option>
                        {table.header.map((header, index) => (
                          <option key={index} value={index}>
                            {header || `Column ${index + 1}`}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                );
              })}
              <Field label="Module for rows without one">
                {(control) => (
                  <select
                    {...control}
                    className="select"
                    value={defaultModuleId}
                    onChange={(event) => setDefaultModuleId(event.target.value)}
                  >
                    {modules.map((module) => (
                      <option key={module.id} value={module.id}>
                        {module.title || module.id}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          </fieldset>
          <p className={ready ? 'csv-status csv-status-ready' : 'form-alert'} role="status">
            {ready
              ? `${injectCount} rows ready to add.`
              : result.missingColumns.length > 0
                ? `No column is chosen for ${result.missingColumns.map((field) => INJECT_CSV_FIELD_INFO[field].label).join(', ')}. ${result.rowsWithProblems} of ${result.rows.length} rows need attention; nothing will be added until every row is ready.`
                : `${result.rowsWithProblems} of ${result.rows.length} rows need attention; nothing will be added until every row is ready.`}
          </p>
          <div className="csv-preview">
            <table className="data-table csv-preview-table" aria-label="Preview of the injects">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  {shownFields.map((field) => (
                    <th key={field} scope="col">
                      {INJECT_CSV_FIELD_INFO[field].label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => {
                  const bad = Object.keys(row.problems).length > 0;
                  return (
                    <tr key={row.line} className={bad ? 'csv-row-problem' : undefined}>
                      <th scope="row">{row.line}</th>
                      {shownFields.map((field) => {
                        const problem = row.problems[field];
                        return (
                          <td key={field} className={problem ? 'csv-cell-problem' : undefined} title={problem}>
                            {row.cells[field] ? <span className="csv-cell-text">{row.cells[field]}</span> : null}
                            {problem ? (
                              <span className="csv-cell-flag">{row.cells[field] ? 'Check' : 'Missing'}</span>
                            ) : null}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {result.rowsWithProblems > 0 ? (
            <ul className="csv-problems" aria-label="Rows that need attention">
              {result.rows
                .filter((row) => Object.keys(row.problems).length > 0)
                .slice(0, 50)
                .map((row) => (
                  <li key={row.line}>
                    Row {row.line}: {Object.values(row.problems).join(' ')}
                  </li>
                ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </Dialog>
  );
}
