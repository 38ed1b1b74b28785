/**
 * The response team (IR-2): every standard role and any custom role on this incident, with primary and backup and
 * their out-of-band contact from the people directory; assign or hand over a role.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { CONTACT_KIND_LABELS, roleName, STANDARD_ROLES } from '../../../shared/domain/team/team';
import { useDatabase } from '../../app/DatabaseContext';
import { useReadOnly } from '../../app/useLegalReview';
import { listPeople } from '../../db/team/queries';
import { Button } from '../../ui/Button';
import { AssignRoleDialog } from './AssignRoleDialog';

export function ResponseTeamPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const reviewOn = useReadOnly();
  const people = useLiveQuery(() => listPeople(db), [db]);
  const [editing, setEditing] = useState<{ role: string | undefined } | null>(null);
  const custom = incident.roles
    .map((assignment) => assignment.role)
    .filter((role) => !(STANDARD_ROLES as readonly string[]).includes(role));
  const roles = [...STANDARD_ROLES, ...custom];
  // Closed incidents and legal review mode: the team is shown, never changed.
  const closed = incident.phase === 'closed' || reviewOn;

  const reach = (name: string): string => {
    const person = people?.find((candidate) => candidate.name === name);
    const channel = person?.channels.find((c) => c.outOfBand) ?? person?.channels[0];
    return channel ? `${CONTACT_KIND_LABELS[channel.kind]} ${channel.value}` : '';
  };

  return (
    <section className="panel" aria-labelledby="team-title">
      <div className="panel-header">
        <h2 id="team-title" className="panel-title">
          Response team
        </h2>
        {closed ? null : (
          <Button size="sm" icon="plus" onClick={() => setEditing({ role: undefined })}>
            Add role
          </Button>
        )}
      </div>
      <ul className="team-list">
        {roles.map((role) => {
          const assignment = incident.roles.find((candidate) => candidate.role === role);
          const contact = assignment ? reach(assignment.primary) : '';
          return (
            <li key={role} className="team-role">
              <div className="team-role-main">
                <span className="team-role-name">{roleName(role)}</span>
                {assignment ? (
                  <span>
                    {assignment.primary}
                    {contact ? <span className="muted"> · {contact}</span> : null}
                    {assignment.backup ? <span className="muted"> · backup {assignment.backup}</span> : null}
                  </span>
                ) : (
                  <span className="muted">Unassigned</span>
                )}
              </div>
              {closed ? null : (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`${assignment ? 'Hand over' : 'Assign'} ${roleName(role)}`}
                  onClick={() => setEditing({ role })}
                >
                  {assignment ? 'Hand over' : 'Assign'}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {editing ? <AssignRoleDialog incident={incident} role={editing.role} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
