/**
 * The reviews capability's tables: one post-incident review per incident (found by its incident's id) and the
 * review's action items (found by review, by incident, and by due date for the overdue list). Version 12.
 */
import type { EntityTable } from 'dexie';
import type { ActionItem } from '../../../shared/domain/reviews/actionItem';
import type { Review } from '../../../shared/domain/reviews/review';
import type { StorageCapability } from '../capability';

export interface ReviewTables {
  reviews: EntityTable<Review, 'id'>;
  actionItems: EntityTable<ActionItem, 'id'>;
}

export const reviewsStorage = {
  name: 'reviews',
  versions: {
    12: { stores: { reviews: '&id, &subject.id', actionItems: '&id, subject.id, incidentId, dueDate' } },
  },
} as const satisfies StorageCapability;
