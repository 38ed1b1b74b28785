/** The response team: who holds each role on this incident, and their backup. */
import type { Incident } from '../../../shared/domain/incident';
import { roleLabel } from './roleLabels';

export function RolesPanel({ incident }: { readonly incident: Incident }) {
  return (
    <section className="panel" aria-labelledby="roles-title">
      <h2 id="roles-title" className="panel-title">
        Roles
      </h2>
      {incident.roles.length === 0 ? (
        <p className="muted">No roles assigned yet.</p>
      ) : (
        <dl className="facts-list">
          {incident.roles.map((assignment) => (
            <div key={assignment.role}>
              <dt>{roleLabel(assignment.role)}</dt>
              <dd>
                {assignment.primary}
                {assignment.backup ? <span className="muted"> · backup {assignment.backup}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
