/** What the incident is: summary, incident types with their ATLAS techniques, and the affected systems table. */
import type { Incident } from '../../../shared/domain/incidents/incident';
import { ATLAS_TECHNIQUES, INCIDENT_TYPE_INFO } from '../../../shared/domain/incidents/taxonomy';
import { AffectedSystemsTable } from './AffectedSystemsTable';

const TECHNIQUE_NAMES: Readonly<Partial<Record<string, string>>> = ATLAS_TECHNIQUES;

export function OverviewPanel({ incident }: { readonly incident: Incident }) {
  return (
    <section className="panel panel-overview" aria-labelledby="overview-title">
      <h2 id="overview-title" className="panel-title">
        Overview
      </h2>
      <p className="summary-text">{incident.summary}</p>
      <h3 className="panel-subtitle">Incident types</h3>
      <ul className="tag-list">
        {incident.types.map((type) => (
          <li key={type} className="tag tag-accent" title={INCIDENT_TYPE_INFO[type].description}>
            {INCIDENT_TYPE_INFO[type].label}
          </li>
        ))}
      </ul>
      <h3 className="panel-subtitle">MITRE ATLAS techniques</h3>
      {incident.atlasTechniques.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="atlas-tags">
          {incident.atlasTechniques.map((id) => (
            <li key={id}>
              <span className="mono atlas-id">{id}</span> {TECHNIQUE_NAMES[id] ?? ''}
            </li>
          ))}
        </ul>
      )}
      <h3 className="panel-subtitle">Affected AI systems</h3>
      <AffectedSystemsTable systems={incident.affectedSystems} />
    </section>
  );
}
