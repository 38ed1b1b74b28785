/** The filings capability's screen address: one regulatory filing (by its id). */
import type { PathTable, RouteOf } from '../../app/routing';

export const filingPaths = {
  filing: '/filings/:id',
} as const satisfies PathTable;
export type FilingRoute = RouteOf<typeof filingPaths>;
