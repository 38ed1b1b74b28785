/** Says, above every screen, that legal review mode is on, who started it and when, and why controls are missing. */
import { formatDateTime } from '../ui/formatTime';
import { Icon } from '../ui/Icon';
import { useLegalReview } from './useLegalReview';

export function LegalReviewBanner() {
  const review = useLegalReview();
  if (!review?.on) return null;
  return (
    <p className="review-banner" role="status">
      <Icon name="shield" />
      <span>
        Legal review mode: read-only. Started by {review.changedBy} on {formatDateTime(review.changedAt)}. Controls that
        would change a record are hidden; every view and verification is recorded in the chain of custody.
      </span>
    </p>
  );
}
