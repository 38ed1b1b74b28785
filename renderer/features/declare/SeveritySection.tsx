/** Severity SEV1–SEV4, each choice beside its written criteria. */
import { useId } from 'react';
import { SEVERITIES, SEVERITY_INFO } from '../../../shared/domain/incidents/taxonomy';
import { FieldError } from '../../ui/FieldError';
import { FormSection } from '../../ui/FormSection';
import { ChoiceCard } from '../../ui/ChoiceCard';
import type { IncidentFormApi } from './incidentFormValues';

export function SeveritySection({ form }: { readonly form: IncidentFormApi }) {
  const error = form.formState.errors.severity?.message;
  const errorId = useId();
  return (
    <FormSection
      title="Severity"
      description="Choose by the worst credible impact now; you can change it as you learn more."
    >
      <fieldset className="choice-fieldset" aria-invalid={error ? true : undefined}>
        <legend className="visually-hidden">Severity</legend>
        <div className="choice-list">
          {SEVERITIES.map((severity) => (
            <ChoiceCard
              key={severity}
              type="radio"
              value={severity}
              tone={`choice-sev choice-${severity.toLowerCase()}`}
              title={`${severity} — ${SEVERITY_INFO[severity].label}`}
              description={SEVERITY_INFO[severity].criteria}
              describedBy={error ? errorId : undefined}
              {...form.register('severity')}
            />
          ))}
        </div>
      </fieldset>
      {error ? <FieldError id={errorId} message={error} /> : null}
    </FormSection>
  );
}
