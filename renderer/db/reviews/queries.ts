/**
 * Reads of post-incident reviews and their action items: the one place that knows the tables and their tombstones.
 * The incidents write path asks `liveReviewOfIncident` before closing; the home screen asks `overdueActionItemsWindow`.
 */
import Dexie from 'dexie';
import { ACTION_STATUSES, type ActionItem } from '../../../shared/domain/reviews/actionItem';
import type { Review } from '../../../shared/domain/reviews/review';
import type { FirebreakDatabase } from '../database';

/** The incident's live review, if one was started. */
export async function liveReviewOfIncident(db: FirebreakDatabase, incidentId: string): Promise<Review | undefined> {
  const review = await db.reviews.where('subject.id').equals(incidentId).first();
  return review && review.deletedAt === null ? review : undefined;
}

export async function liveReview(db: FirebreakDatabase, id: string): Promise<Review | undefined> {
  const review = await db.reviews.get(id);
  return review && review.deletedAt === null ? review : undefined;
}

const byDueDate = (a: ActionItem, b: ActionItem): number =>
  a.dueDate.localeCompare(b.dueDate) || a.priority.localeCompare(b.priority) || a.id.localeCompare(b.id);

/** The review's live action items, soonest due first. */
export async function liveActionItemsOfReview(db: FirebreakDatabase, reviewId: string): Promise<ActionItem[]> {
  const items = await db.actionItems.where('subject.id').equals(reviewId).toArray();
  return items.filter((item) => item.deletedAt === null).sort(byDueDate);
}

/** The incident's live action items, soonest due first. */
export async function liveActionItemsOfIncident(db: FirebreakDatabase, incidentId: string): Promise<ActionItem[]> {
  const items = await db.actionItems.where('incidentId').equals(incidentId).toArray();
  return items.filter((item) => item.deletedAt === null).sort(byDueDate);
}

export async function liveActionItem(db: FirebreakDatabase, id: string): Promise<ActionItem | undefined> {
  const item = await db.actionItems.get(id);
  return item && item.deletedAt === null ? item : undefined;
}

export interface OverdueWindow {
  /** How many live action items are overdue. */
  readonly total: number;
  /** The earliest due of them (at most the limit asked for), soonest due first. */
  readonly items: readonly ActionItem[];
}

const NOT_DONE = ACTION_STATUSES.filter((status) => status !== 'done');

/**
 * The live action items not done whose due day is before `today` (YYYY-MM-DD): how many, and the earliest `limit` of
 * them. Read from the chart facts' `[status+dueDate]` index (live items only), one range per status not done: counts
 * are keys only, and only the first items (and any due the same day as the last of them) are read whole, so the home
 * screen costs the same with 60,000 action items as with six.
 */
export async function overdueActionItemsWindow(
  db: FirebreakDatabase,
  today: string,
  limit: number,
): Promise<OverdueWindow> {
  const range = (status: string, upTo: string, includeUpTo: boolean) =>
    db.actionItemChartFacts
      .where('[status+dueDate]')
      .between([status, Dexie.minKey], [status, upTo], true, includeUpTo);
  const counts = await Promise.all(NOT_DONE.map((status) => range(status, today, false).count()));
  const total = counts.reduce((sum, count) => sum + count, 0);
  // More than `limit` overdue: the earliest `limit` due days bound the read, and ties on the last of those days are
  // ordered by priority, so every item due up to that day is a candidate. Otherwise every overdue item is one.
  const firsts =
    total > limit
      ? (await Promise.all(NOT_DONE.map((status) => range(status, today, false).limit(limit).keys())))
          .flat()
          .map((key) => String((key as unknown as [string, string])[1]))
          .sort()
      : [];
  const lastDay = firsts[limit - 1];
  const candidates = await Promise.all(
    NOT_DONE.map((status) =>
      (lastDay === undefined ? range(status, today, false) : range(status, lastDay, true)).primaryKeys(),
    ),
  );
  const items = await db.actionItems.bulkGet(candidates.flat());
  return {
    total,
    items: items
      .filter((item): item is ActionItem => item !== undefined && item.deletedAt === null)
      .sort(byDueDate)
      .slice(0, limit),
  };
}

/** Live reviews by incident id, for exports and the register CSV. */
export async function liveReviewsByIncident(db: FirebreakDatabase): Promise<Map<string, Review>> {
  const reviews = await db.reviews.toArray();
  return new Map(reviews.filter((review) => review.deletedAt === null).map((review) => [review.subject.id, review]));
}

/** Every live action item (the metrics dashboard's chart counts them per status). */
export async function liveActionItems(db: FirebreakDatabase): Promise<ActionItem[]> {
  const items = await db.actionItems.toArray();
  return items.filter((item) => item.deletedAt === null);
}
