/** The scenarios capability's screen addresses: the library, a new scenario, one version and its editor. */
import type { PathTable, RouteOf } from '../../app/routing';

export const scenarioPaths = {
  scenarios: '/scenarios',
  'scenario-new': '/scenarios/new',
  scenario: '/scenarios/:id',
  'scenario-edit': '/scenarios/:id/edit',
} as const satisfies PathTable;
export type ScenarioRoute = RouteOf<typeof scenarioPaths>;
