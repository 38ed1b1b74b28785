/**
 * The sidebar switch for legal review mode: read-only everywhere, every evidence view logged. Turning it on or off is
 * a write of its own (audited: who and when), so the switch shows the stored state, not a local one.
 */
import { useState } from 'react';
import { setLegalReview } from '../db/legalReview';
import { requestCheckpoint } from '../features/trust/checkpointStore';
import { describeError } from '../ui/errorMessage';
import { showToast } from '../ui/toastStore';
import { useDatabase } from './DatabaseContext';
import { useSession } from './ProfileContext';
import { useLegalReview } from './useLegalReview';

export function LegalReviewSwitch() {
  const db = useDatabase();
  const { actor } = useSession();
  const stored = useLegalReview()?.on ?? false;
  // The state asked for, shown at once while its write runs; the stored state wins again once it is written.
  const [asked, setAsked] = useState<boolean | undefined>();
  const on = asked ?? stored;

  const toggle = async (next: boolean): Promise<void> => {
    setAsked(next);
    try {
      await setLegalReview(db, actor, next);
      // A review session starts from a signed checkpoint, so what the reviewer saw can be proved later.
      if (next) void requestCheckpoint('legal-review');
    } catch (error) {
      showToast('error', describeError(error));
    } finally {
      setAsked(undefined);
    }
  };

  return (
    <label className={on ? 'review-switch is-on' : 'review-switch'}>
      <input
        type="checkbox"
        role="switch"
        checked={on}
        aria-checked={on}
        disabled={asked !== undefined}
        onChange={(event) => void toggle(event.target.checked)}
      />
      <span className="review-switch-track" aria-hidden="true">
        <span className="review-switch-thumb" />
      </span>
      <span className="review-switch-text">
        <span className="review-switch-label">Legal review mode</span>
        <span className="review-switch-hint">{on ? 'Read-only · views logged' : 'Off'}</span>
      </span>
    </label>
  );
}
