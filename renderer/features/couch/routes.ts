/** Live sync's screen address: Settings › Live sync. */
import type { PathTable, RouteOf } from '../../app/routing';

export const couchPaths = { liveSync: '/settings/live-sync' } as const satisfies PathTable;
export type CouchRoute = RouteOf<typeof couchPaths>;
