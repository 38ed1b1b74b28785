/** "What happened": the incident's title and summary. */
import { Field } from '../../ui/Field';
import { FormSection } from '../../ui/FormSection';
import type { IncidentFormApi } from './incidentFormValues';

export function DescriptionSection({ form }: { readonly form: IncidentFormApi }) {
  const { register, formState } = form;
  return (
    <FormSection title="What happened" description="A short title responders will recognise, and what is known so far.">
      <Field
        label="Title"
        error={formState.errors.title?.message}
        hint="For example: Support chatbot reveals other customers' orders"
      >
        {(control) => <input {...control} {...register('title')} className="input" autoComplete="off" />}
      </Field>
      <Field
        label="Summary"
        error={formState.errors.summary?.message}
        hint="What was seen, where, and what is at stake. You can add detail on the timeline later."
      >
        {(control) => <textarea {...control} {...register('summary')} className="textarea" rows={5} />}
      </Field>
    </FormSection>
  );
}
