/** The metrics capability's screen address: the dashboard. */
import type { PathTable, RouteOf } from '../../app/routing';

export const metricsPaths = {
  metrics: '/metrics',
} as const satisfies PathTable;
export type MetricsRoute = RouteOf<typeof metricsPaths>;
