/**
 * The reviews capability's chart facts (tables `reviewChartFacts` and `actionItemChartFacts`, version 31): one slim
 * row per live review (its causes' categories) and per live action item (status and due day), each with its incident's
 * id, so the metrics worker charts root causes and action items from a few dozen bytes a record instead of reading
 * 20,000 reviews and 60,000 action items (issue 12); the home screen counts overdue items from the same rows. A cache kept beside every write (`derivedRows` in `storage.ts`),
 * filled by the version 31 upgrade and made again by `rebuildReviewChartFacts`.
 */
import type { ActionItem } from '../../../shared/domain/reviews/actionItem';
import type { Review } from '../../../shared/domain/reviews/review';
import {
  actionItemChartFact,
  reviewChartFact,
  type ActionItemChartFact,
  type ReviewChartFact,
} from '../../../shared/domain/reviews/reviewCharts';
import type { FirebreakDatabase } from '../database';
import { rebuildRows } from '../rebuildRows';

/** The action items' facts are indexed by status and due day: the home screen's overdue list reads a range of them. */
export const REVIEW_CHART_FACT_STORES = {
  reviewChartFacts: '&id',
  actionItemChartFacts: '&id, [status+dueDate]',
} as const;

/** Makes both tables again from the stored reviews and action items; resolves to the rows written. */
export async function rebuildReviewChartFacts(
  db: Pick<FirebreakDatabase, 'table'>,
  onProgress?: (table: 'reviews' | 'actionItems', done: number, total: number) => void,
): Promise<{ reviews: number; actionItems: number }> {
  const reviews = await rebuildRows(
    db.table<Review, string>('reviews'),
    db.table<ReviewChartFact, string>('reviewChartFacts'),
    reviewChartFact,
    onProgress && ((done, total) => onProgress('reviews', done, total)),
  );
  const actionItems = await rebuildRows(
    db.table<ActionItem, string>('actionItems'),
    db.table<ActionItemChartFact, string>('actionItemChartFacts'),
    actionItemChartFact,
    onProgress && ((done, total) => onProgress('actionItems', done, total)),
  );
  return { reviews, actionItems };
}
