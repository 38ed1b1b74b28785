/** "Timing": when the problem was detected and when the organisation became aware (regulatory clocks start then). */
import { Controller } from 'react-hook-form';
import { Field } from '../../ui/Field';
import { FormSection } from '../../ui/FormSection';
import { LocalDateTimeInput } from '../../ui/LocalDateTimeInput';
import { ZoneNote } from '../../ui/ZoneNote';
import type { IncidentFormApi } from './incidentFormValues';

export function TimingSection({ form }: { readonly form: IncidentFormApi }) {
  const { errors } = form.formState;
  return (
    <FormSection title="Timing" description={<ZoneNote />}>
      <div className="field-row">
        <Field label="Detected at" error={errors.detectedAt?.message} hint="When the problem was first noticed.">
          {(control) => (
            <Controller
              control={form.control}
              name="detectedAt"
              render={({ field }) => (
                <LocalDateTimeInput
                  {...control}
                  name={field.name}
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
          )}
        </Field>
        <Field
          label="Became aware at"
          error={errors.awareAt?.message}
          hint="When the organisation knew it was an incident. Regulatory deadlines count from here."
        >
          {(control) => (
            <Controller
              control={form.control}
              name="awareAt"
              render={({ field }) => (
                <LocalDateTimeInput
                  {...control}
                  name={field.name}
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
          )}
        </Field>
      </div>
    </FormSection>
  );
}
