/** Jurisdictions as removable chips: common ones offered with one click, any other typed in (2–40 characters). */
import { useId, useState } from 'react';
import { useController } from 'react-hook-form';
import { COMMON_JURISDICTIONS, jurisdictionSchema } from '../../../shared/domain/incidents/taxonomy';
import { Button } from '../../ui/Button';
import { FieldError } from '../../ui/FieldError';
import { Icon } from '../../ui/Icon';
import type { IncidentFormApi } from './incidentFormValues';

export function JurisdictionsField({ form }: { readonly form: IncidentFormApi }) {
  const {
    field: { value, onChange, ref },
    fieldState,
  } = useController({ control: form.control, name: 'jurisdictions' });
  const selected: readonly string[] = value ?? [];
  const [entry, setEntry] = useState('');
  const [entryError, setEntryError] = useState<string | undefined>();
  const inputId = useId();
  const errorId = useId();
  const has = (name: string): boolean => selected.some((existing) => existing.toLowerCase() === name.toLowerCase());

  const add = (name: string): boolean => {
    const parsed = jurisdictionSchema.safeParse(name);
    if (!parsed.success) {
      setEntryError(parsed.error.issues[0]?.message ?? 'Enter a jurisdiction such as EU or US-CA.');
      return false;
    }
    if (!has(parsed.data)) onChange([...selected, parsed.data]);
    setEntryError(undefined);
    return true;
  };

  const suggestions = COMMON_JURISDICTIONS.filter((name) => !has(name));

  return (
    <fieldset className="jurisdictions">
      <legend className="subsection-title">Jurisdictions</legend>
      <p className="field-hint">Where affected people or systems are; this decides which regulators must hear of it.</p>
      {selected.length > 0 ? (
        <ul className="chip-list" aria-label="Chosen jurisdictions">
          {selected.map((name) => (
            <li key={name} className="chip">
              <span>{name}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${name}`}
                onClick={() => onChange(selected.filter((existing) => existing !== name))}
              >
                <Icon name="x" size={12} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {suggestions.length > 0 ? (
        <div className="suggestions">
          <span className="suggestions-label" id={`${inputId}-suggested`}>
            Suggested
          </span>
          <ul className="chip-list" aria-labelledby={`${inputId}-suggested`}>
            {suggestions.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="chip chip-suggestion"
                  aria-label={`Add ${name}`}
                  onClick={() => add(name)}
                >
                  <Icon name="plus" size={12} />
                  {name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="inline-add">
        <div className="inline-add-field">
          <label htmlFor={inputId} className="field-label">
            Other jurisdiction
          </label>
          <input
            id={inputId}
            ref={ref}
            className="input"
            value={entry}
            placeholder="e.g. BR or US-NY"
            autoComplete="off"
            aria-invalid={entryError || fieldState.error ? true : undefined}
            aria-describedby={entryError || fieldState.error ? errorId : undefined}
            onChange={(event) => {
              setEntry(event.target.value);
              if (entryError) setEntryError(undefined);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                if (add(entry)) setEntry('');
              }
            }}
          />
        </div>
        <Button
          onClick={() => {
            if (add(entry)) setEntry('');
          }}
          disabled={entry.trim() === ''}
        >
          Add jurisdiction
        </Button>
      </div>
      {entryError || fieldState.error?.message ? (
        <FieldError id={errorId} message={entryError ?? fieldState.error?.message ?? ''} />
      ) : null}
    </fieldset>
  );
}
