/** The regulatory capability's screen addresses: deadlines due soon across all incidents. */
import type { PathTable, RouteOf } from '../../app/routing';

export const regulatoryPaths = { deadlines: '/deadlines' } as const satisfies PathTable;
export type RegulatoryRoute = RouteOf<typeof regulatoryPaths>;
