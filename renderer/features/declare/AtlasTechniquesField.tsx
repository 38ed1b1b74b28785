/**
 * MITRE ATLAS techniques: those the chosen incident types usually involve are offered to toggle; any other technique
 * can be added by id (validated as AML.Tnnnn or AML.Tnnnn.nnn).
 */
import { useId, useState } from 'react';
import { useController } from 'react-hook-form';
import {
  ATLAS_TECHNIQUES,
  INCIDENT_TYPE_INFO,
  atlasTechniqueIdSchema,
  type IncidentType,
} from '../../../shared/domain/incidents/taxonomy';
import { Button } from '../../ui/Button';
import { FieldError } from '../../ui/FieldError';
import type { IncidentFormApi } from './incidentFormValues';

const TECHNIQUE_NAMES: Readonly<Partial<Record<string, string>>> = ATLAS_TECHNIQUES;

export function AtlasTechniquesField({
  form,
  types,
}: {
  readonly form: IncidentFormApi;
  readonly types: readonly IncidentType[] | undefined;
}) {
  const {
    field: { value, onChange, ref },
    fieldState,
  } = useController({ control: form.control, name: 'atlasTechniques' });
  const selected: readonly string[] = value ?? [];
  const [entry, setEntry] = useState('');
  const [entryError, setEntryError] = useState<string | undefined>();
  const inputId = useId();
  const entryErrorId = useId();

  const suggested: string[] = [...new Set((types ?? []).flatMap((type) => INCIDENT_TYPE_INFO[type].atlas))];
  const shown = [...suggested, ...selected.filter((id) => !suggested.includes(id))];

  const toggle = (id: string): void => {
    onChange(selected.includes(id) ? selected.filter((existing) => existing !== id) : [...selected, id]);
  };

  const add = (): void => {
    const parsed = atlasTechniqueIdSchema.safeParse(entry.toUpperCase().replace(/^AML\.T/i, 'AML.T'));
    if (!parsed.success) {
      setEntryError(parsed.error.issues[0]?.message ?? 'Use a MITRE ATLAS technique id such as AML.T0051.');
      return;
    }
    if (!selected.includes(parsed.data)) onChange([...selected, parsed.data]);
    setEntry('');
    setEntryError(undefined);
  };

  const listError = fieldState.error?.message;

  return (
    <fieldset className="atlas-field">
      <legend className="subsection-title">MITRE ATLAS techniques</legend>
      <p className="field-hint">
        {suggested.length > 0
          ? 'Suggested for the types chosen. Tick those that apply, or add another by id.'
          : 'Choose incident types above to see suggested techniques, or add one by id.'}
      </p>
      {shown.length > 0 ? (
        <ul className="atlas-list">
          {shown.map((id) => (
            <li key={id}>
              <label className="check-row atlas-option">
                <input
                  type="checkbox"
                  checked={selected.includes(id)}
                  onChange={() => toggle(id)}
                  ref={id === shown[0] ? ref : undefined}
                />
                <span className="mono atlas-id">{id}</span>
                <span className="atlas-name">{TECHNIQUE_NAMES[id] ?? 'Technique added by id'}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inline-add">
        <div className="inline-add-field">
          <label htmlFor={inputId} className="field-label">
            Add a technique by id
          </label>
          <input
            id={inputId}
            className="input mono"
            value={entry}
            placeholder="AML.T0051"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={entryError ? true : undefined}
            aria-describedby={entryError ? entryErrorId : undefined}
            onChange={(event) => {
              setEntry(event.target.value);
              if (entryError) setEntryError(undefined);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </div>
        <Button onClick={add} disabled={entry.trim() === ''}>
          Add technique
        </Button>
      </div>
      {entryError ? <FieldError id={entryErrorId} message={entryError} /> : null}
      {listError ? <FieldError message={listError} /> : null}
    </fieldset>
  );
}
