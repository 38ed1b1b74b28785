/** The sidebar switch for legal review mode: read-only everywhere, every evidence view logged. */
import { useLegalReviewStore } from './legalReviewStore';

export function LegalReviewSwitch() {
  const on = useLegalReviewStore((state) => state.on);
  const setOn = useLegalReviewStore((state) => state.setOn);
  return (
    <label className={on ? 'review-switch is-on' : 'review-switch'}>
      <input
        type="checkbox"
        role="switch"
        checked={on}
        aria-checked={on}
        onChange={(event) => setOn(event.target.checked)}
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
