/**
 * The reviews capability's shared declaration: post-incident reviews (one per incident) and their action items are
 * audited records; exports write nothing and imports create incidents through the incidents capability.
 */
import type { DomainCapability } from '../capability';
import { actionItemSchema } from './actionItem';
import { reviewSchema } from './review';

export const reviewsDomain = {
  name: 'reviews',
  entities: {
    review: { table: 'reviews', schema: reviewSchema },
    actionItem: { table: 'actionItems', schema: actionItemSchema },
  },
  auditSubjects: [],
} as const satisfies DomainCapability;
