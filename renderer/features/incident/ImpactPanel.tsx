/** Impact flags, jurisdictions and the reporter (or that the reporter's identity is withheld). */
import type { Incident } from '../../../shared/domain/incidents/incident';
import { IMPACT_FLAG_LABELS } from '../../../shared/domain/incidents/taxonomy';

export function ImpactPanel({ incident }: { readonly incident: Incident }) {
  const { reporter } = incident;
  return (
    <section className="panel" aria-labelledby="impact-title">
      <h2 id="impact-title" className="panel-title">
        Impact and reporting
      </h2>
      <dl className="facts-list">
        <div>
          <dt>Impact</dt>
          <dd>
            {incident.impactFlags.length === 0 ? (
              <span className="muted">None flagged</span>
            ) : (
              <ul className="tag-list">
                {incident.impactFlags.map((flag) => (
                  <li key={flag} className="tag tag-warning">
                    {IMPACT_FLAG_LABELS[flag]}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Jurisdictions</dt>
          <dd>
            {incident.jurisdictions.length === 0 ? (
              <span className="muted">None recorded</span>
            ) : (
              <ul className="tag-list">
                {incident.jurisdictions.map((name) => (
                  <li key={name} className="tag">
                    {name}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Reporter</dt>
          <dd>
            {reporter.confidential ? (
              'Confidential reporter — identity withheld'
            ) : reporter.name === '' && reporter.contact === '' ? (
              <span className="muted">Not recorded</span>
            ) : (
              <>
                {reporter.name || 'Name not recorded'}
                {reporter.contact ? <span className="muted"> · {reporter.contact}</span> : null}
              </>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
