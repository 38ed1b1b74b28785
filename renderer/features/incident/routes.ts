/** The incidents capability's screen addresses: the register, declaring, one incident and its edit form. */
import type { PathTable, RouteOf } from '../../app/routing';

export const incidentPaths = {
  register: '/',
  declare: '/declare',
  incident: '/incidents/:id',
  edit: '/incidents/:id/edit',
} as const satisfies PathTable;
export type IncidentRoute = RouteOf<typeof incidentPaths>;
