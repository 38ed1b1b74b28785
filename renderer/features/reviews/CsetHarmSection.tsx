/**
 * The review form's CSET harm fields (all optional): the CSETv1 harm questions a review can answer, each labelled with
 * its exact CSETv1 short name, so what is recorded goes with an AIID export as a CSETv1 classification.
 */
import type { UseFormReturn } from 'react-hook-form';
import {
  CSET_HARM_LEVELS,
  CSET_QUESTIONS,
  CSET_SHORT_NAMES,
  CSET_YES_NO,
  csetHarmSchema,
} from '../../../shared/domain/reviews/cset';
import type { ReviewForm as ReviewFormValues, ReviewFormInput } from '../../../shared/domain/reviews/review';
import { Field } from '../../ui/Field';
import { FormSection } from '../../ui/FormSection';

type Form = UseFormReturn<ReviewFormInput, unknown, ReviewFormValues>;

const nullIfEmpty = (value: string) => (value === '' ? null : value);
/** A count field: empty is not recorded; react-hook-form also passes the stored value (null or a number) through. */
const countOrNull = (value: unknown) =>
  value === null || value === undefined || String(value).trim() === '' ? null : Number(value);
const TANGIBLE_HARMS = csetHarmSchema.shape.tangibleHarm.unwrap().unwrap().options;

export function CsetHarmSection({ form }: { readonly form: Form }) {
  const errors = form.formState.errors.cset;
  return (
    <FormSection
      title="CSET harm fields (optional)"
      description="Recorded fields go with an AIID export as a CSETv1 classification; empty ones are left out."
    >
      <div className="field-row">
        <Field label={CSET_SHORT_NAMES.harmDomain} optional>
          {(control) => (
            <select {...control} {...form.register('cset.harmDomain', { setValueAs: nullIfEmpty })} className="select">
              <option value="">Not recorded</option>
              {CSET_YES_NO.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={CSET_SHORT_NAMES.tangibleHarm} optional>
          {(control) => (
            <select
              {...control}
              {...form.register('cset.tangibleHarm', { setValueAs: nullIfEmpty })}
              className="select"
            >
              <option value="">Not recorded</option>
              {TANGIBLE_HARMS.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={CSET_SHORT_NAMES.harmLevel} optional>
          {(control) => (
            <select {...control} {...form.register('cset.harmLevel', { setValueAs: nullIfEmpty })} className="select">
              <option value="">Not recorded</option>
              {CSET_HARM_LEVELS.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={CSET_SHORT_NAMES.tangibleHarmNotes} optional error={errors?.tangibleHarmNotes?.message}>
        {(control) => (
          <textarea {...control} {...form.register('cset.tangibleHarmNotes')} className="textarea" rows={2} />
        )}
      </Field>
      <div className="field-row">
        {CSET_QUESTIONS.map((key) => (
          <Field key={key} label={CSET_SHORT_NAMES[key]} optional>
            {(control) => (
              <select {...control} {...form.register(`cset.${key}`, { setValueAs: nullIfEmpty })} className="select">
                <option value="">Not recorded</option>
                {CSET_YES_NO.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      <div className="field-row">
        <Field label={CSET_SHORT_NAMES.livesLost} optional error={errors?.livesLost?.message}>
          {(control) => (
            <input
              {...control}
              {...form.register('cset.livesLost', { setValueAs: countOrNull })}
              className="input"
              inputMode="numeric"
            />
          )}
        </Field>
        <Field label={CSET_SHORT_NAMES.injuries} optional error={errors?.injuries?.message}>
          {(control) => (
            <input
              {...control}
              {...form.register('cset.injuries', { setValueAs: countOrNull })}
              className="input"
              inputMode="numeric"
            />
          )}
        </Field>
        <Field label={CSET_SHORT_NAMES.sector} optional>
          {(control) => <input {...control} {...form.register('cset.sector')} className="input" />}
        </Field>
        <Field label={CSET_SHORT_NAMES.harmedClass} optional>
          {(control) => <input {...control} {...form.register('cset.harmedClass')} className="input" />}
        </Field>
      </div>
    </FormSection>
  );
}
