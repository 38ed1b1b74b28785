/**
 * Legal review mode in the database: reading it, and turning it on or off through the write path as a review-safe
 * write with its own audit entry (`legalReview`), so the audit log says who started and ended each review, and when.
 * `writeTransaction` reads the same row inside every transaction to refuse changes while the mode is on.
 */
import {
  LEGAL_REVIEW_AUDIT_SUBJECT,
  LEGAL_REVIEW_KEY,
  legalReviewStateSchema,
  parseLegalReviewState,
  type LegalReviewState,
} from '../../shared/domain/legalReview';
import { parseOrRefuse } from '../../shared/errors';
import type { FirebreakDatabase } from './database';
import { writeTransaction, type Actor } from './write';

/** The stored mode, or undefined when it has never been turned on. */
export async function readLegalReview(db: FirebreakDatabase): Promise<LegalReviewState | undefined> {
  const row = await db.meta.get(LEGAL_REVIEW_KEY);
  return row ? parseLegalReviewState(row.value) : undefined;
}

/** Turns the mode on or off, attributed to `actor`; asking for the state it is already in writes nothing. */
export async function setLegalReview(
  db: FirebreakDatabase,
  actor: Actor,
  on: boolean,
  options: { readonly now?: () => number } = {},
): Promise<LegalReviewState | undefined> {
  return writeTransaction(
    db,
    actor,
    async (writer) => {
      const current = await readLegalReview(db);
      if ((current?.on ?? false) === on) return current;
      const next = parseOrRefuse(legalReviewStateSchema, 'legal review mode', {
        on,
        changedAt: writer.now,
        changedBy: actor.name,
      });
      writer.setting(LEGAL_REVIEW_AUDIT_SUBJECT, LEGAL_REVIEW_KEY, next);
      return next;
    },
    { reviewSafe: true, ...options },
  );
}
