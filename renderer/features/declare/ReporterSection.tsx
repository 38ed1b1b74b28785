/**
 * "Reporter": who raised it. A confidential reporter's identity is withheld: ticking the box clears the name and
 * contact and disables them, so they are never stored.
 */
import { useWatch } from 'react-hook-form';
import { Field } from '../../ui/Field';
import { FormSection } from '../../ui/FormSection';
import type { IncidentFormApi } from './incidentFormValues';

export function ReporterSection({ form }: { readonly form: IncidentFormApi }) {
  const confidential = useWatch({ control: form.control, name: 'reporter.confidential' }) === true;
  const errors = form.formState.errors.reporter;
  const confidentialField = form.register('reporter.confidential');
  return (
    <FormSection title="Reporter" description="Who raised the alarm. Leave empty if it was found by monitoring.">
      <label className="check-row check-row-boxed">
        <input
          type="checkbox"
          {...confidentialField}
          onChange={(event) => {
            if (event.target.checked) {
              form.setValue('reporter.name', '', { shouldDirty: true });
              form.setValue('reporter.contact', '', { shouldDirty: true });
            }
            void confidentialField.onChange(event);
          }}
        />
        <span>Confidential reporter — withhold identity</span>
      </label>
      <div className="field-row">
        <Field label="Reporter name" optional error={errors?.name?.message}>
          {(control) => (
            <input
              {...control}
              {...form.register('reporter.name', { disabled: confidential })}
              className="input"
              autoComplete="off"
              placeholder={confidential ? 'Withheld' : undefined}
            />
          )}
        </Field>
        <Field label="Reporter contact" optional error={errors?.contact?.message}>
          {(control) => (
            <input
              {...control}
              {...form.register('reporter.contact', { disabled: confidential })}
              className="input"
              autoComplete="off"
              placeholder={confidential ? 'Withheld' : 'Email, phone or desk'}
            />
          )}
        </Field>
      </div>
    </FormSection>
  );
}
