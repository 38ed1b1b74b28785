/**
 * Regulatory deadlines due in the next 24 hours across every incident (exercises never appear), earliest first,
 * each with its incident, the deadline in your zone and a countdown. Read from the due-soon projection: one index
 * range, however many incidents there are.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { regulatoryDueBetween } from '../../db/regulatory/queries';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { localZone } from '../../ui/formatTime';
import { useNow } from '../../ui/useNow';
import { countdown } from './countdown';
import { regimeName } from './regimeLabels';

const WINDOW_MS = 24 * 60 * 60 * 1000;

export function DueSoonScreen() {
  const db = useDatabase();
  useDocumentTitle('Deadlines');
  const now = useNow();
  // The window moves once a minute, so the query is not re-run on every tick.
  const minute = Math.floor(now / 60_000) * 60_000;
  const due = useLiveQuery(
    () => regulatoryDueBetween(db, new Date(minute).toISOString(), new Date(minute + WINDOW_MS).toISOString()),
    [db, minute],
  );
  return (
    <div className="screen screen-deadlines">
      <header className="screen-header">
        <h1 tabIndex={-1}>Deadlines</h1>
        <p className="muted">
          Regulatory deadlines due in the next 24 hours across all incidents, in your time ({localZone().id}). Submitted
          stages and exercises are not listed.
        </p>
      </header>
      {due && due.length === 0 ? (
        <EmptyState icon="clock" title="Nothing due in the next 24 hours">
          Deadlines appear here when an incident’s regimes are chosen and its clocks run. Open an incident and answer
          “Which regimes apply?”.
        </EmptyState>
      ) : (
        <table className="deadline-table">
          <caption className="visually-hidden">Deadlines due in the next 24 hours</caption>
          <thead>
            <tr>
              <th scope="col">Due</th>
              <th scope="col">Left</th>
              <th scope="col">Incident</th>
              <th scope="col">Regime</th>
              <th scope="col">Stage</th>
            </tr>
          </thead>
          <tbody>
            {(due ?? []).map((item) => (
              <tr key={`${item.subjectId}:${item.regime}:${item.stage}`}>
                <td>
                  <DateTime iso={item.dueAt} />
                </td>
                <td>{countdown(item.dueAt, now).words}</td>
                <td>
                  <a href={`#/incidents/${item.subjectId}`}>{item.ref}</a>
                </td>
                <td>{regimeName(item.regime)}</td>
                <td>{item.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
