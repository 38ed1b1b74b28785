/** The provenance fields of evidence being taken in (one file's, or the batch's when the same for all). */
import type { EvidenceDetailsFormInput } from '../../../shared/domain/evidence/evidence';
import { Field } from '../../ui/Field';
import type { DetailsErrors, DetailsField } from './intakeBatch';

const FIELDS: ReadonlyArray<readonly [DetailsField, string, string | undefined]> = [
  ['system', 'Source system', 'e.g. inference gateway'],
  ['location', 'Location', 'host, path or bucket'],
  ['method', 'Method', 'e.g. exported from gateway logs'],
  ['aiSystem', 'AI system', undefined],
  ['tags', 'Tags', 'comma-separated'],
  ['description', 'Description', undefined],
];

export function IntakeDetailsFields({
  values,
  errors,
  onChange,
}: {
  readonly values: EvidenceDetailsFormInput;
  readonly errors: DetailsErrors | undefined;
  readonly onChange: (field: DetailsField, value: string) => void;
}) {
  return (
    <div className="intake-fields">
      {FIELDS.map(([key, label, hint]) => (
        <Field key={key} label={label} optional hint={hint} error={errors?.[key]}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={values[key]}
              onChange={(event) => onChange(key, event.target.value)}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
