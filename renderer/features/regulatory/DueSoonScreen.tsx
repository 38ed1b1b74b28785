/**
 * Regulatory deadlines due in the next 24 hours across every incident (exercises never appear), earliest first,
 * each with its incident, the deadline in your zone and a countdown. Read from the due-soon projection: the range's
 * count and its earliest page of deadlines (more on request), so the screen costs the same however many incidents
 * there are.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { regulatoryDueWindow } from '../../db/regulatory/queries';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { localZone } from '../../ui/formatTime';
import { useNow } from '../../ui/useNow';
import { countdown } from './countdown';
import { regimeName } from './regimeLabels';

const WINDOW_MS = 24 * 60 * 60 * 1000;
/** Deadlines listed at first, and added by each "Show more". */
const PAGE = 100;

export function DueSoonScreen() {
  const db = useDatabase();
  useDocumentTitle('Deadlines');
  const now = useNow();
  // The window moves once a minute, so the query is not re-run on every tick.
  const minute = Math.floor(now / 60_000) * 60_000;
  const [limit, setLimit] = useState(PAGE);
  const dueWindow = useLiveQuery(
    () => regulatoryDueWindow(db, new Date(minute).toISOString(), new Date(minute + WINDOW_MS).toISOString(), limit),
    [db, minute, limit],
  );
  const due = dueWindow?.items;
  const total = dueWindow?.total ?? 0;
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
        <>
          {due && (
            <p className="muted" role="status">
              {total === due.length
                ? `${total.toLocaleString()} ${total === 1 ? 'deadline' : 'deadlines'} due.`
                : `The earliest ${due.length.toLocaleString()} of ${total.toLocaleString()} deadlines due.`}
            </p>
          )}
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
          {due && total > due.length && (
            <Button onClick={() => setLimit((shown) => shown + PAGE)}>
              Show {Math.min(PAGE, total - due.length).toLocaleString()} more
            </Button>
          )}
        </>
      )}
    </div>
  );
}
