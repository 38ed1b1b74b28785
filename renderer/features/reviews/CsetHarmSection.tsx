/**
 * The review form's CSET harm fields (all optional): the CSETv1 harm questions a review can answer, each labelled with
 * its exact CSETv1 short name, so what is recorded goes with an AIID export as a CSETv1 classification. The fields
 * are data (`HARM_CHOICES`, `QUESTION_CHOICES`, `ENTRY_ROW`): one select or one input is drawn per entry, in rows as the form shows them.
 */
import type { UseFormReturn } from 'react-hook-form';
import {
  CSET_HARM_LEVELS,
  CSET_QUESTIONS,
  CSET_SHORT_NAMES,
  CSET_YES_NO,
  csetHarmSchema,
  type CsetHarm,
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

/** A field answered by choosing one of its values ("Not recorded" first). */
interface ChoiceField {
  readonly key: keyof CsetHarm;
  readonly options: readonly string[];
}

/** A field typed in: a count (a whole number or empty) or a short text. */
interface EntryField {
  readonly key: 'livesLost' | 'injuries' | 'sector' | 'harmedClass';
  readonly count: boolean;
}

/** The first row: the harm classification. */
const HARM_CHOICES: readonly ChoiceField[] = [
  { key: 'harmDomain', options: CSET_YES_NO },
  { key: 'tangibleHarm', options: TANGIBLE_HARMS },
  { key: 'harmLevel', options: CSET_HARM_LEVELS },
];

/** The yes / no / maybe questions, one select each. */
const QUESTION_CHOICES: readonly ChoiceField[] = CSET_QUESTIONS.map((key) => ({ key, options: CSET_YES_NO }));

const ENTRY_ROW: readonly EntryField[] = [
  { key: 'livesLost', count: true },
  { key: 'injuries', count: true },
  { key: 'sector', count: false },
  { key: 'harmedClass', count: false },
];

function choiceSelect(form: Form, field: ChoiceField) {
  return (
    <Field key={field.key} label={CSET_SHORT_NAMES[field.key]} optional>
      {(control) => (
        <select {...control} {...form.register(`cset.${field.key}`, { setValueAs: nullIfEmpty })} className="select">
          <option value="">Not recorded</option>
          {field.options.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function entryInput(form: Form, field: EntryField) {
  const error = field.count ? form.formState.errors.cset?.[field.key]?.message : undefined;
  return (
    <Field key={field.key} label={CSET_SHORT_NAMES[field.key]} optional error={error}>
      {(control) =>
        field.count ? (
          <input
            {...control}
            {...form.register(`cset.${field.key}`, { setValueAs: countOrNull })}
            className="input"
            inputMode="numeric"
          />
        ) : (
          <input {...control} {...form.register(`cset.${field.key}`)} className="input" />
        )
      }
    </Field>
  );
}

export function CsetHarmSection({ form }: { readonly form: Form }) {
  const errors = form.formState.errors.cset;
  return (
    <FormSection
      title="CSET harm fields (optional)"
      description="Recorded fields go with an AIID export as a CSETv1 classification; empty ones are left out."
    >
      <div className="field-row">{HARM_CHOICES.map((field) => choiceSelect(form, field))}</div>
      <Field label={CSET_SHORT_NAMES.tangibleHarmNotes} optional error={errors?.tangibleHarmNotes?.message}>
        {(control) => (
          <textarea {...control} {...form.register('cset.tangibleHarmNotes')} className="textarea" rows={2} />
        )}
      </Field>
      <div className="field-row">{QUESTION_CHOICES.map((field) => choiceSelect(form, field))}</div>
      <div className="field-row">{ENTRY_ROW.map((field) => entryInput(form, field))}</div>
    </FormSection>
  );
}
