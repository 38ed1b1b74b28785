/** The incident page header: reference, title, severity, phase, and the actions (edit, change phase or reopen). */
import type { MouseEvent } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { navigate } from '../../app/routeStore';
import { routeHref } from '../../app/routes';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { PhaseBadge } from '../../ui/PhaseBadge';
import { SeverityBadge } from '../../ui/SeverityBadge';
import { useIncidentViewStore } from './incidentViewStore';
import { useReadOnly } from '../../app/useLegalReview';

function backToRegister(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate({ name: 'register' });
}

export function IncidentHeader({ incident }: { readonly incident: Incident }) {
  const openPhaseDialog = useIncidentViewStore((state) => state.openPhaseDialog);
  const closed = incident.phase === 'closed';
  const reviewOn = useReadOnly();
  return (
    <header className="incident-header">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={routeHref({ name: 'register' })} onClick={backToRegister}>
          Incidents
        </a>
        <span aria-hidden="true"> / </span>
        <span aria-current="page" className="mono">
          {incident.ref}
        </span>
      </nav>
      <div className="incident-header-main">
        <div className="incident-heading">
          <h1>
            <span className="incident-ref mono">{incident.ref}</span>
            <span className="incident-title">{incident.title}</span>
          </h1>
          <div className="incident-facts">
            <SeverityBadge severity={incident.severity} showLabel />
            <PhaseBadge phase={incident.phase} />
            <span className="fact">
              Declared <DateTime iso={incident.declaredAt} relative /> by {incident.createdBy}
            </span>
          </div>
        </div>
        {reviewOn ? null : (
          <div className="incident-actions">
            <Button icon="edit" onClick={() => navigate({ name: 'edit', id: incident.id })}>
              Edit incident
            </Button>
            {closed ? (
              <Button variant="primary" icon="refresh" onClick={() => openPhaseDialog('reopen')}>
                Reopen incident
              </Button>
            ) : (
              <Button variant="primary" onClick={() => openPhaseDialog('change')}>
                Change phase
              </Button>
            )}
          </div>
        )}
      </div>
    </header>
  );
}
