/**
 * Closing needs a review (seed: "don't skip postmortems once an incident is closed"). The one rule, used by the
 * incidents write path when a phase change goes to Closed and by the phase dialog to explain it beforehand: an
 * incident closes only with a completed post-incident review or a recorded waiver (reason and approver). Practice
 * incidents of a tabletop exercise are exempt: their exercise has an after-action report instead.
 */
import type { Phase } from '../incidents/taxonomy';

export interface CloseGateIncident {
  readonly exercise: unknown;
}

export interface CloseGateReview {
  readonly status: 'draft' | 'complete';
  readonly waiver: unknown;
}

/** Why the incident may not move to `to`, in words, or undefined when it may. */
export function checkCloseGate(
  incident: CloseGateIncident,
  to: Phase,
  review: CloseGateReview | undefined,
): string | undefined {
  if (to !== 'closed' || incident.exercise !== null) return undefined;
  if (review?.status === 'complete' || (review !== undefined && review.waiver !== null)) return undefined;
  return review === undefined
    ? 'This incident cannot close yet: write and complete its post-incident review, or record a waiver with a reason and an approver.'
    : 'This incident cannot close yet: its post-incident review is still a draft. Complete it, or record a waiver with a reason and an approver.';
}
