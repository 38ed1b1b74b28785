/**
 * An incident's post-incident review: start it (exercises have their after-action report instead), write it
 * blamelessly, track its action items, and print it as a signed PDF.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { reviewSubject, REVIEW_STATUS_LABELS } from '../../../shared/domain/reviews/review';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { SplashScreen } from '../../app/SplashScreen';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { liveIncident } from '../../db/incidents/queries';
import { liveReviewOfIncident } from '../../db/reviews/queries';
import { startReview } from '../../db/reviews/reviews';
import { listPeople } from '../../db/team/queries';
import { liveTimelineOfSubject } from '../../db/timeline/queries';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { describeError } from '../../ui/errorMessage';
import { IncidentNotFound } from '../incident/IncidentNotFound';
import { ReportPreviewDialog } from '../reports/ReportPreviewDialog';
import { ActionItemsPanel } from './ActionItemsPanel';
import { ReviewForm } from './ReviewForm';

export function ReviewScreen({ incidentId }: { readonly incidentId: string }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [error, setError] = useState<string | undefined>();
  const [pdfOpen, setPdfOpen] = useState(false);
  const data = useLiveQuery(async () => {
    const incident = await liveIncident(db, incidentId);
    if (!incident) return null;
    return {
      incident,
      review: await liveReviewOfIncident(db, incidentId),
      entries: await liveTimelineOfSubject(db, incidentId),
      people: await listPeople(db),
    };
  }, [db, incidentId]);
  useDocumentTitle(data?.review ? `${data.review.ref} review` : 'Post-incident review');

  if (data === undefined) return <SplashScreen message="Opening the review…" />;
  if (data === null) return <IncidentNotFound />;
  const { incident, review, entries, people } = data;
  const names = people.map((person) => person.name);
  const back = (
    <Button variant="ghost" size="sm" onClick={() => navigate({ name: 'incident', id: incident.id })}>
      Back to {incident.ref}
    </Button>
  );

  return (
    <div className="screen screen-form screen-review">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Post-incident review{review ? ` ${review.ref}` : ''}</h1>
          <p className="screen-subtitle">
            {incident.ref} · {incident.title}{' '}
            {review ? (
              <Badge tone={review.status === 'complete' ? 'success' : 'warning'}>
                {REVIEW_STATUS_LABELS[review.status]}
              </Badge>
            ) : null}
          </p>
        </div>
        <div className="screen-actions">
          {back}
          {review ? (
            <Button icon="shield" onClick={() => setPdfOpen(true)}>
              Review PDF
            </Button>
          ) : null}
        </div>
      </header>
      {incident.exercise !== null ? (
        <EmptyState icon="info" title="Practice incidents have no post-incident review">
          This incident belongs to the exercise {incident.exercise.ref}: its after-action report holds the lessons.
        </EmptyState>
      ) : review === undefined ? (
        <EmptyState
          icon="book"
          title="No review yet"
          actions={
            <Button
              variant="primary"
              icon="plus"
              onClick={() => {
                setError(undefined);
                startReview(db, actor, incident.id).catch((failure: unknown) => setError(describeError(failure)));
              }}
            >
              Start the review
            </Button>
          }
        >
          A blameless review records what happened, why, and what will change. The incident closes only once its review
          is complete (or a waiver is recorded).
          {error ? (
            <p className="form-alert" role="alert">
              {error}
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <div className="review-layout">
          {review.waiver ? (
            <div className="banner" role="note">
              Waived: {review.waiver.reason} (approved by {review.waiver.approver}).
            </div>
          ) : null}
          <ReviewForm key={review.id} review={review} entries={entries} people={names} />
          <ActionItemsPanel review={review} people={people} />
        </div>
      )}
      {pdfOpen && review ? (
        <ReportPreviewDialog
          subject={reviewSubject(review)}
          type="post-incident-review"
          onClose={() => setPdfOpen(false)}
        />
      ) : null}
    </div>
  );
}
