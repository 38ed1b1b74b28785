/** The number of incidents beside "Incidents" in the navigation, once the register's index is loaded. */
import { useLiveIncidentIndex } from './useLiveIncidentIndex';

export function IncidentCountBadge() {
  const { status } = useLiveIncidentIndex();
  if (status.phase !== 'ready') return null;
  return (
    <span className="nav-count" aria-hidden="true">
      {status.total.toLocaleString('en-GB')}
    </span>
  );
}
