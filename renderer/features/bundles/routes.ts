/** The bundles capability's screen address: sending, receiving and conflicts on one screen. */
import type { PathTable, RouteOf } from '../../app/routing';

export const bundlePaths = { bundles: '/bundles' } as const satisfies PathTable;
export type BundleRoute = RouteOf<typeof bundlePaths>;
