/** The reviews capability's screen address: an incident's post-incident review (by the incident's id). */
import type { PathTable, RouteOf } from '../../app/routing';

export const reviewPaths = {
  review: '/incidents/:id/review',
} as const satisfies PathTable;
export type ReviewRoute = RouteOf<typeof reviewPaths>;
