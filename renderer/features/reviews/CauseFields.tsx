/**
 * One cause of the root-cause analysis: what it was (with the blameless check), its category, the AVID effect codes
 * and MITRE ATLAS techniques that apply. Used for the primary cause, the trigger and each contributing factor.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { ATLAS_TECHNIQUES } from '../../../shared/domain/incidents/taxonomy';
import { AVID_SEP_VIEW } from '../../../shared/domain/reviews/avidTaxonomy';
import {
  CAUSE_CATEGORIES,
  CAUSE_CATEGORY_HINTS,
  CAUSE_CATEGORY_LABELS,
  type ReviewForm,
  type ReviewFormInput,
} from '../../../shared/domain/reviews/review';
import { Field } from '../../ui/Field';
import { BlameHints } from './BlameHints';

type CausePath = 'rootCause.primary' | 'rootCause.trigger' | `rootCause.contributing.${number}`;

export function CauseFields({
  form,
  path,
  label,
  people,
  error,
}: {
  readonly form: UseFormReturn<ReviewFormInput, unknown, ReviewForm>;
  readonly path: CausePath;
  readonly label: string;
  readonly people: readonly string[];
  readonly error?: string | undefined;
}) {
  const text = useWatch({ control: form.control, name: `${path}.text` }) ?? '';
  const category = useWatch({ control: form.control, name: `${path}.category` });
  return (
    <div className="cause-fields">
      <Field label={label} error={error}>
        {(control) => <textarea {...control} {...form.register(`${path}.text`)} className="textarea" rows={3} />}
      </Field>
      <BlameHints text={text} people={people} />
      <div className="field-row">
        <Field
          label={`${label}: category`}
          hint={category ? CAUSE_CATEGORY_HINTS[category as keyof typeof CAUSE_CATEGORY_HINTS] : undefined}
        >
          {(control) => (
            <select {...control} {...form.register(`${path}.category`)} className="select">
              <option value="">Choose…</option>
              {CAUSE_CATEGORIES.map((value) => (
                <option key={value} value={value}>
                  {CAUSE_CATEGORY_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={`${label}: AVID effects`} optional hint="Hold Ctrl or ⌘ to choose several.">
          {(control) => (
            <select
              {...control}
              {...form.register(`${path}.avid`)}
              className="select select-multiple"
              multiple
              size={4}
            >
              {AVID_SEP_VIEW.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={`${label}: ATLAS techniques`} optional hint="Hold Ctrl or ⌘ to choose several.">
          {(control) => (
            <select
              {...control}
              {...form.register(`${path}.atlas`)}
              className="select select-multiple"
              multiple
              size={4}
            >
              {Object.entries(ATLAS_TECHNIQUES).map(([id, name]) => (
                <option key={id} value={id}>
                  {id} {name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </div>
  );
}
