/**
 * Reads of post-incident reviews and their action items: the one place that knows the tables and their tombstones.
 * The incidents write path asks `liveReviewOfIncident` before closing; the home screen asks `overdueActionItems`.
 */
import { isOverdue, type ActionItem } from '../../../shared/domain/reviews/actionItem';
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

/** Every live action item not done whose due day is before `today` (YYYY-MM-DD), read by the due-date index. */
export async function overdueActionItems(db: FirebreakDatabase, today: string): Promise<ActionItem[]> {
  const items = await db.actionItems.where('dueDate').below(today).toArray();
  return items.filter((item) => item.deletedAt === null && isOverdue(item, today)).sort(byDueDate);
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
