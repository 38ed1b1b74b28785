/**
 * The reviews capability's tables: one post-incident review per incident (found by its incident's id) and the
 * review's action items (found by review, by incident, and by due date for the overdue list), version 12; and
 * (version 31) their chart facts for the metrics dashboard, written beside each review and item (`chartFacts.ts`).
 */
import type { EntityTable } from 'dexie';
import type { ActionItem } from '../../../shared/domain/reviews/actionItem';
import type { Review } from '../../../shared/domain/reviews/review';
import {
  actionItemChartFact,
  reviewChartFact,
  type ActionItemChartFact,
  type ReviewChartFact,
} from '../../../shared/domain/reviews/reviewCharts';
import { derivedRows, type StorageCapability } from '../capability';
import { REVIEW_CHART_FACT_STORES } from './chartFacts';
import { upgradeReviewsToV31 } from './migrations/v31-review-chart-facts';

export interface ReviewTables {
  reviews: EntityTable<Review, 'id'>;
  actionItems: EntityTable<ActionItem, 'id'>;
  reviewChartFacts: EntityTable<ReviewChartFact, 'id'>;
  actionItemChartFacts: EntityTable<ActionItemChartFact, 'id'>;
}

export const reviewsStorage = {
  name: 'reviews',
  versions: {
    12: { stores: { reviews: '&id, &subject.id', actionItems: '&id, subject.id, incidentId, dueDate' } },
    31: { stores: REVIEW_CHART_FACT_STORES, upgrade: upgradeReviewsToV31 },
  },
  derivedRows: [
    derivedRows('review', 'reviewChartFacts', reviewChartFact),
    derivedRows('actionItem', 'actionItemChartFacts', actionItemChartFact),
  ],
} as const satisfies StorageCapability;
