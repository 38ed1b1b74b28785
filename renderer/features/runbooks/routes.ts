/** The runbooks capability's screen addresses: the library, a new runbook, one version and its editor. */
import type { PathTable, RouteOf } from '../../app/routing';

export const runbookPaths = {
  runbooks: '/runbooks',
  'runbook-new': '/runbooks/new',
  runbook: '/runbooks/:id',
  'runbook-edit': '/runbooks/:id/edit',
} as const satisfies PathTable;
export type RunbookRoute = RouteOf<typeof runbookPaths>;
