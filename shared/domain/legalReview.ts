/**
 * Legal review mode, a core concept: while it is on, nothing in any capability can be changed, and only records of
 * looking at evidence (viewed, verified, exported) are written. The mode is stored in the database (one meta row),
 * so every window and tab sees the same state; turning it on or off is itself written through the write path with
 * its own audit entry, so the record says who started and ended each review, and when.
 */
import { z } from 'zod';
import { personNameSchema } from './record';
import { isoTimestampSchema } from './time';

/** The meta row that holds the mode. */
export const LEGAL_REVIEW_KEY = 'legal-review';
/** The audit-log subject of turning the mode on or off. */
export const LEGAL_REVIEW_AUDIT_SUBJECT = 'legalReview';

export const legalReviewStateSchema = z.object({
  on: z.boolean(),
  /** When it was last turned on or off, and by whom. */
  changedAt: isoTimestampSchema,
  changedBy: personNameSchema,
});
export type LegalReviewState = z.infer<typeof legalReviewStateSchema>;

export const LEGAL_REVIEW_REFUSAL =
  'Legal review mode is on, so nothing can be changed. Turn it off in the sidebar to make changes.';

/** The stored mode, or undefined when the row is missing or unreadable (the mode has never been turned on). */
export function parseLegalReviewState(value: unknown): LegalReviewState | undefined {
  const parsed = legalReviewStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Why a write that changes something is refused now, or null when it is allowed. */
export function legalReviewRefusal(state: LegalReviewState | undefined): string | null {
  return state?.on ? LEGAL_REVIEW_REFUSAL : null;
}
