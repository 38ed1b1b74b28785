/** Shown when an address names an incident this database does not hold. */
import { navigate } from '../../app/routeStore';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';

export function IncidentNotFound() {
  return (
    <div className="screen">
      <h1 className="visually-hidden">Incident not found</h1>
      <EmptyState icon="search" title="This incident is not in this database">
        <p>It may have been removed, or the link came from another machine. Find it in the register instead.</p>
        <div className="empty-state-actions">
          <Button variant="primary" onClick={() => navigate({ name: 'register' })}>
            Go to incidents
          </Button>
        </div>
      </EmptyState>
    </div>
  );
}
