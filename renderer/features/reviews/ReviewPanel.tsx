/**
 * The post-incident review on the incident page: its status (or the waiver), the incident's overdue action items,
 * and the ways on — open or start the review, record a waiver, export the incident in a standard format.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { isOverdue, localDate } from '../../../shared/domain/reviews/actionItem';
import { REVIEW_STATUS_LABELS } from '../../../shared/domain/reviews/review';
import { useDatabase } from '../../app/DatabaseContext';
import { navigate } from '../../app/routeStore';
import { liveActionItemsOfIncident, liveReviewOfIncident } from '../../db/reviews/queries';
import { listPeople } from '../../db/team/queries';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ActionItemsTable } from './ActionItemsTable';
import { StandardExportDialog } from './StandardExportDialog';
import { WaiverDialog } from './WaiverDialog';

export function ReviewPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const [dialog, setDialog] = useState<'waiver' | 'export' | undefined>();
  const data = useLiveQuery(
    async () => ({
      review: await liveReviewOfIncident(db, incident.id),
      items: await liveActionItemsOfIncident(db, incident.id),
      people: await listPeople(db),
    }),
    [db, incident.id],
  );
  const today = localDate(new Date());
  const overdue = data?.items.filter((item) => isOverdue(item, today)) ?? [];
  const review = data?.review;
  const open = () => navigate({ name: 'review', id: incident.id });
  return (
    <section className="panel review-panel" aria-labelledby="review-panel-title">
      <h2 id="review-panel-title" className="panel-title">
        Post-incident review
      </h2>
      {incident.exercise !== null ? (
        <p className="muted">A practice incident: its exercise’s after-action report takes the place of a review.</p>
      ) : review === undefined ? (
        <p className="muted">Not started. Closing this incident needs a completed review or a recorded waiver.</p>
      ) : (
        <p>
          {review.ref}{' '}
          <Badge tone={review.status === 'complete' ? 'success' : 'warning'}>
            {REVIEW_STATUS_LABELS[review.status]}
          </Badge>
          {review.waiver ? <Badge tone="accent">Waived</Badge> : null}
          <span className="muted">
            {' '}
            · {data?.items.filter((item) => item.status !== 'done').length ?? 0} open action items
          </span>
        </p>
      )}
      {overdue.length > 0 ? (
        <div className="overdue-actions" role="note" aria-label="Overdue action items">
          <p className="overdue-actions-title">
            {overdue.length === 1 ? '1 action item is overdue' : `${overdue.length} action items are overdue`}
          </p>
          <ActionItemsTable items={overdue} today={today} />
        </div>
      ) : null}
      <div className="stack-inline">
        {incident.exercise === null ? (
          <Button size="sm" variant={review ? 'secondary' : 'primary'} icon="book" onClick={open}>
            {review ? 'Open review' : 'Write review'}
          </Button>
        ) : null}
        {incident.exercise === null && review?.status !== 'complete' && !review?.waiver ? (
          <Button size="sm" variant="ghost" onClick={() => setDialog('waiver')}>
            Record waiver
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" icon="download" onClick={() => setDialog('export')}>
          Standard export
        </Button>
      </div>
      {dialog === 'waiver' && data ? (
        <WaiverDialog incident={incident} people={data.people} onClose={() => setDialog(undefined)} />
      ) : null}
      {dialog === 'export' ? (
        <StandardExportDialog incidentIds={[incident.id]} label={incident.ref} onClose={() => setDialog(undefined)} />
      ) : null}
    </section>
  );
}
