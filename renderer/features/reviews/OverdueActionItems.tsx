/**
 * Overdue action items on the home screen (the register): how many are past their due day and not done, and the
 * five due soonest, read from an index (the count never reads the items).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { localDate } from '../../../shared/domain/reviews/actionItem';
import { useDatabase } from '../../app/DatabaseContext';
import { navigate } from '../../app/routeStore';
import { overdueActionItemsWindow } from '../../db/reviews/queries';
import { Button } from '../../ui/Button';

const SHOWN = 5;

export function OverdueActionItems() {
  const db = useDatabase();
  const today = localDate(new Date());
  const overdue = useLiveQuery(() => overdueActionItemsWindow(db, today, SHOWN), [db, today]);
  if (!overdue || overdue.total === 0) return null;
  const { total, items: shown } = overdue;
  return (
    <section className="banner overdue-banner" aria-labelledby="overdue-actions-title">
      <h2 id="overdue-actions-title" className="overdue-actions-title">
        {total === 1 ? '1 action item is overdue' : `${total.toLocaleString('en-GB')} action items are overdue`}
      </h2>
      <ul className="overdue-list">
        {shown.map((item) => (
          <li key={item.id}>
            <Button size="sm" variant="ghost" onClick={() => navigate({ name: 'review', id: item.incidentId })}>
              {item.incidentRef}: {item.title}
            </Button>{' '}
            <span className="muted">
              due {item.dueDate}, owner {item.owner}
            </span>
          </li>
        ))}
      </ul>
      {total > shown.length ? (
        <p className="muted">and {(total - shown.length).toLocaleString('en-GB')} more.</p>
      ) : null}
    </section>
  );
}
