/**
 * Legal review mode as the UI sees it: the meta row, live, so every window and tab shows the same state. Controls
 * that would change a record ask `useReadOnly()` and hide or disable themselves, so a reviewer never fills in a form
 * the write path will refuse.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { LegalReviewState } from '../../shared/domain/legalReview';
import { readLegalReview } from '../db/legalReview';
import { useDatabase } from './DatabaseContext';

/**
 * The last mode read from each database. A screen mounted later starts from it, so in legal review mode its controls
 * never show for the moment before its own read answers.
 */
const lastRead = new WeakMap<object, LegalReviewState | undefined>();

/** The stored mode (who turned it on or off, and when), or undefined before the first read or when never turned on. */
export function useLegalReview(): LegalReviewState | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => {
      const state = await readLegalReview(db);
      lastRead.set(db, state);
      return state;
    },
    [db],
    lastRead.get(db),
  );
}

/** True while legal review mode is on: nothing may be changed. */
export function useReadOnly(): boolean {
  return useLegalReview()?.on ?? false;
}
