/** "Impact": the impact flags that drive notification and regulatory duties, and the jurisdictions involved. */
import { IMPACT_FLAGS, IMPACT_FLAG_LABELS } from '../../../shared/domain/incidents/taxonomy';
import { FormSection } from '../../ui/FormSection';
import type { IncidentFormApi } from './incidentFormValues';
import { JurisdictionsField } from './JurisdictionsField';

export function ImpactSection({ form }: { readonly form: IncidentFormApi }) {
  return (
    <FormSection
      title="Impact"
      description="Tick everything that is true or likely; these decide who must be told, and how fast."
    >
      <fieldset className="impact-flags">
        <legend className="subsection-title">Impact flags</legend>
        <ul className="check-grid">
          {IMPACT_FLAGS.map((flag) => (
            <li key={flag}>
              <label className="check-row check-row-boxed">
                <input type="checkbox" value={flag} {...form.register('impactFlags')} />
                <span>{IMPACT_FLAG_LABELS[flag]}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="subsection">
        <JurisdictionsField form={form} />
      </div>
    </FormSection>
  );
}
