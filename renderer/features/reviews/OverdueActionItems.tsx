/** Overdue action items on the home screen (the register): every item past its due day and not done. */
import { useLiveQuery } from 'dexie-react-hooks';
import { localDate } from '../../../shared/domain/reviews/actionItem';
import { useDatabase } from '../../app/DatabaseContext';
import { navigate } from '../../app/routeStore';
import { overdueActionItems } from '../../db/reviews/queries';
import { Button } from '../../ui/Button';

export function OverdueActionItems() {
  const db = useDatabase();
  const today = localDate(new Date());
  const items = useLiveQuery(() => overdueActionItems(db, today), [db, today]);
  if (!items || items.length === 0) return null;
  const shown = items.slice(0, 5);
  return (
    <section className="banner overdue-banner" aria-labelledby="overdue-actions-title">
      <h2 id="overdue-actions-title" className="overdue-actions-title">
        {items.length === 1 ? '1 action item is overdue' : `${items.length} action items are overdue`}
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
      {items.length > shown.length ? <p className="muted">and {items.length - shown.length} more.</p> : null}
    </section>
  );
}
