/** "Impact": the impact flags that drive notification and regulatory duties, and the jurisdictions involved. */
import { IMPACT_FLAGS, IMPACT_FLAG_LABELS } from '../../../shared/domain/incidents/taxonomy';
import { CheckGrid } from '../../ui/CheckGrid';
import { FormSection } from '../../ui/FormSection';
import type { IncidentFormApi } from './incidentFormValues';
import { JurisdictionsField } from './JurisdictionsField';

export function ImpactSection({ form }: { readonly form: IncidentFormApi }) {
  return (
    <FormSection
      title="Impact"
      description="Tick everything that is true or likely; these decide who must be told, and how fast."
    >
      <CheckGrid
        className="impact-flags"
        boxed
        legend="Impact flags"
        options={IMPACT_FLAGS}
        label={(flag) => <span>{IMPACT_FLAG_LABELS[flag]}</span>}
        registration={form.register('impactFlags')}
      />
      <div className="subsection">
        <JurisdictionsField form={form} />
      </div>
    </FormSection>
  );
}
