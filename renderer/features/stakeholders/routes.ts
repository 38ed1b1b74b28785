/** The stakeholders capability's screen addresses: the registry. */
import type { PathTable, RouteOf } from '../../app/routing';

export const stakeholderPaths = { stakeholders: '/stakeholders' } as const satisfies PathTable;
export type StakeholderRoute = RouteOf<typeof stakeholderPaths>;
