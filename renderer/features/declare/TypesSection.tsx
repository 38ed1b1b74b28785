/** "Classification": the AI incident types (with what each means) and the MITRE ATLAS techniques involved. */
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { INCIDENT_TYPES, INCIDENT_TYPE_INFO } from '../../../shared/domain/incidents/taxonomy';
import { FieldError } from '../../ui/FieldError';
import { FormSection } from '../../ui/FormSection';
import { AtlasTechniquesField } from './AtlasTechniquesField';
import { ChoiceCard } from '../../ui/ChoiceCard';
import type { IncidentFormApi } from './incidentFormValues';

export function TypesSection({ form }: { readonly form: IncidentFormApi }) {
  const error = form.formState.errors.types?.message;
  const errorId = useId();
  const types = useWatch({ control: form.control, name: 'types' });
  return (
    <FormSection
      title="Classification"
      description="Choose every type that applies: a jailbreak that leaks training data is both."
    >
      <fieldset className="choice-fieldset">
        <legend className="subsection-title">AI incident types</legend>
        <div className="choice-grid">
          {INCIDENT_TYPES.map((type) => (
            <ChoiceCard
              key={type}
              type="checkbox"
              value={type}
              title={INCIDENT_TYPE_INFO[type].label}
              description={INCIDENT_TYPE_INFO[type].description}
              describedBy={error ? errorId : undefined}
              {...form.register('types')}
            />
          ))}
        </div>
      </fieldset>
      {error ? <FieldError id={errorId} message={error} /> : null}
      <div className="subsection">
        <AtlasTechniquesField form={form} types={types} />
      </div>
    </FormSection>
  );
}
