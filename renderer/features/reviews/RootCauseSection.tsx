/** Root-cause analysis: primary cause, trigger, contributing factors, AVID lifecycle stages and the five whys. */
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { AVID_LIFECYCLE_VIEW } from '../../../shared/domain/reviews/avidTaxonomy';
import type { ReviewForm, ReviewFormInput } from '../../../shared/domain/reviews/review';
import { Button } from '../../ui/Button';
import { CheckGrid } from '../../ui/CheckGrid';
import { Field } from '../../ui/Field';
import { FormSection } from '../../ui/FormSection';
import { CauseFields } from './CauseFields';
import { EMPTY_CAUSE } from './reviewFormValues';

export function RootCauseSection({
  form,
  people,
}: {
  readonly form: UseFormReturn<ReviewFormInput, unknown, ReviewForm>;
  readonly people: readonly string[];
}) {
  const contributing = useFieldArray({ control: form.control, name: 'rootCause.contributing' });
  const errors = form.formState.errors.rootCause;
  return (
    <FormSection
      title="Root-cause analysis"
      description="Look for conditions in data, model, interaction, system or outside the organisation — not for a person."
    >
      <CauseFields
        form={form}
        path="rootCause.primary"
        label="Primary cause"
        people={people}
        error={errors?.primary?.text?.message}
      />
      <CauseFields
        form={form}
        path="rootCause.trigger"
        label="Trigger"
        people={people}
        error={errors?.trigger?.text?.message}
      />
      <div className="subsection">
        <h3 className="subsection-title">Contributing factors</h3>
        {contributing.fields.map((field, index) => (
          <div key={field.id} className="contributing-factor">
            <CauseFields
              form={form}
              path={`rootCause.contributing.${index}`}
              label={`Contributing factor ${index + 1}`}
              people={people}
              error={errors?.contributing?.[index]?.text?.message}
            />
            <Button size="sm" variant="ghost" icon="trash" onClick={() => contributing.remove(index)}>
              Remove contributing factor {index + 1}
            </Button>
          </div>
        ))}
        <Button size="sm" icon="plus" onClick={() => contributing.append({ ...EMPTY_CAUSE, avid: [], atlas: [] })}>
          Add contributing factor
        </Button>
      </div>
      <CheckGrid
        className="subsection"
        legend="AVID lifecycle stages where it arose"
        options={AVID_LIFECYCLE_VIEW}
        label={(stage) => stage}
        registration={form.register('rootCause.lifecycle')}
      />
      <fieldset className="subsection">
        <legend className="subsection-title">Five whys (optional)</legend>
        {[0, 1, 2, 3, 4].map((i) => (
          <Field key={i} label={`Why ${i + 1}`} optional>
            {(control) => <input {...control} {...form.register(`rootCause.fiveWhys.${i}`)} className="input" />}
          </Field>
        ))}
      </fieldset>
    </FormSection>
  );
}
