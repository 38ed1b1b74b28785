/** "Affected AI systems": each model or system involved, with version, dataset, endpoint and owner. */
import { useFieldArray } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FormSection } from '../../ui/FormSection';
import type { IncidentFormApi } from './incidentFormValues';

const OPTIONAL_FIELDS = [
  { name: 'version', label: 'Version', placeholder: 'e.g. 2026-10-03 or v4.1' },
  { name: 'dataset', label: 'Dataset', placeholder: 'Training, fine-tuning or retrieval data' },
  { name: 'endpoint', label: 'Endpoint', placeholder: 'Service, URL or host' },
  { name: 'owner', label: 'Owner', placeholder: 'Team or person responsible' },
] as const;

export function AffectedSystemsSection({ form }: { readonly form: IncidentFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'affectedSystems' });
  const errors = form.formState.errors.affectedSystems;
  return (
    <FormSection
      title="Affected AI systems"
      description="Every model or AI system involved. Add them now or as you learn."
    >
      {fields.length === 0 ? <p className="muted">No systems recorded yet.</p> : null}
      <ol className="system-list">
        {fields.map((item, index) => (
          <li key={item.id} className="system-card">
            <div className="system-card-header">
              <h3>System {index + 1}</h3>
              <Button
                size="sm"
                variant="ghost"
                icon="trash"
                aria-label={`Remove system ${index + 1}`}
                onClick={() => remove(index)}
              >
                Remove
              </Button>
            </div>
            <div className="system-grid">
              <Field label="Model or AI system" error={errors?.[index]?.model?.message} className="system-model">
                {(control) => (
                  <input
                    {...control}
                    {...form.register(`affectedSystems.${index}.model`)}
                    className="input"
                    autoComplete="off"
                  />
                )}
              </Field>
              {OPTIONAL_FIELDS.map((optional) => (
                <Field
                  key={optional.name}
                  label={optional.label}
                  optional
                  error={errors?.[index]?.[optional.name]?.message}
                >
                  {(control) => (
                    <input
                      {...control}
                      {...form.register(`affectedSystems.${index}.${optional.name}`)}
                      className="input"
                      placeholder={optional.placeholder}
                      autoComplete="off"
                    />
                  )}
                </Field>
              ))}
            </div>
          </li>
        ))}
      </ol>
      <Button icon="plus" onClick={() => append({ model: '', version: '', dataset: '', endpoint: '', owner: '' })}>
        Add affected system
      </Button>
      {errors?.root?.message ? <p className="field-error">{errors.root.message}</p> : null}
    </FormSection>
  );
}
