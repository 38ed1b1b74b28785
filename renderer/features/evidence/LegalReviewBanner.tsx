/** Says, where changes would be made, that legal review mode is on and nothing can be changed. */
import { Icon } from '../../ui/Icon';
import { useLegalReviewStore } from './legalReviewStore';

export function LegalReviewBanner() {
  const on = useLegalReviewStore((state) => state.on);
  if (!on) return null;
  return (
    <p className="review-banner" role="status">
      <Icon name="shield" />
      Legal review mode: read-only. Every view and verification is recorded in the chain of custody.
    </p>
  );
}
