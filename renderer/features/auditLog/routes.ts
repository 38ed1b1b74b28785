/** The audit log viewer's screen address. */
import type { PathTable, RouteOf } from '../../app/routing';

export const auditLogPaths = {
  auditLog: '/audit-log',
} as const satisfies PathTable;
export type AuditLogRoute = RouteOf<typeof auditLogPaths>;
