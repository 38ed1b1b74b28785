/** An item's chain of custody, oldest first, with the result of checking the chain's hashes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';
import { custodyEventsOf, verifyStoredCustody } from '../../db/evidence/queries';
import { Badge } from '../../ui/Badge';
import { DateTime } from '../../ui/DateTime';
import { CUSTODY_ACTION_LABELS } from '../../../shared/domain/evidence/custody';
import { shortHash } from './evidenceLabels';

export function CustodyLog({ itemId, recordedHash }: { readonly itemId: string; readonly recordedHash: string }) {
  const db = useDatabase();
  const data = useLiveQuery(
    async () => ({ events: await custodyEventsOf(db, itemId), report: await verifyStoredCustody(db, itemId) }),
    [db, itemId],
  );
  return (
    <section className="panel" aria-labelledby="custody-title">
      <div className="panel-header">
        <h2 id="custody-title" className="panel-title">
          Chain of custody
          {data ? <span className="panel-count">{data.events.length}</span> : null}
        </h2>
        {data ? (
          data.report.ok ? (
            <Badge tone="success">Chain intact</Badge>
          ) : (
            <Badge tone="danger">Chain broken: {data.report.problem}</Badge>
          )
        ) : null}
      </div>
      <ol className="custody-log" aria-label="Custody events">
        {(data?.events ?? []).map((event) => (
          <li key={event.seq} className={`custody-event custody-${event.action}`}>
            <span className="custody-seq mono">#{event.seq}</span>
            <span className="custody-main">
              <strong>{CUSTODY_ACTION_LABELS[event.action]}</strong>
              {event.detail ? <span className="custody-detail">{event.detail}</span> : null}
              {event.reason ? <span className="custody-reason">Reason: {event.reason}</span> : null}
            </span>
            <span className="custody-who">
              {event.actor}
              <DateTime iso={event.at} />
            </span>
            <span
              className={event.itemHash === recordedHash ? 'custody-hash mono' : 'custody-hash mono is-bad'}
              title={`Item SHA-256 at this moment: ${event.itemHash}`}
            >
              {shortHash(event.itemHash)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
