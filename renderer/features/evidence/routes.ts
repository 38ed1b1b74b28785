/** The evidence capability's screen addresses: every item across incidents, and one item. */
import type { PathTable, RouteOf } from '../../app/routing';

export const evidencePaths = { evidence: '/evidence', 'evidence-item': '/evidence/:id' } as const satisfies PathTable;
export type EvidenceRoute = RouteOf<typeof evidencePaths>;
