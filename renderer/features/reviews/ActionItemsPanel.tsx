/** The review's action items, tracked to done: the table, and the dialog to add or edit one. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { localDate, type ActionItem } from '../../../shared/domain/reviews/actionItem';
import type { Review } from '../../../shared/domain/reviews/review';
import type { Person } from '../../../shared/domain/team/team';
import { useDatabase } from '../../app/DatabaseContext';
import { liveActionItemsOfReview } from '../../db/reviews/queries';
import { Button } from '../../ui/Button';
import { ActionItemDialog } from './ActionItemDialog';
import { ActionItemsTable } from './ActionItemsTable';

export function ActionItemsPanel({ review, people }: { readonly review: Review; readonly people: readonly Person[] }) {
  const db = useDatabase();
  const items = useLiveQuery(() => liveActionItemsOfReview(db, review.id), [db, review.id]);
  const [editing, setEditing] = useState<ActionItem | 'new' | undefined>();
  const open = items?.filter((item) => item.status !== 'done').length ?? 0;
  return (
    <section className="panel action-items-panel" aria-labelledby="action-items-title">
      <div className="panel-header">
        <h2 id="action-items-title" className="panel-title">
          Action items
        </h2>
        <span className="panel-subtitle">{items ? `${open} open of ${items.length}` : ''}</span>
        <div className="panel-actions">
          <Button size="sm" icon="plus" onClick={() => setEditing('new')}>
            Add action item
          </Button>
        </div>
      </div>
      {items === undefined ? null : items.length === 0 ? (
        <p className="muted">
          No action items yet. Add what will prevent, detect or mitigate this next time — evaluation cases and runbook
          changes too — each with an owner and a due date.
        </p>
      ) : (
        <ActionItemsTable items={items} today={localDate(new Date())} onEdit={(item) => setEditing(item)} />
      )}
      {editing ? (
        <ActionItemDialog
          review={review}
          item={editing === 'new' ? undefined : editing}
          people={people}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </section>
  );
}
