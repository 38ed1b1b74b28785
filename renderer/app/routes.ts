/**
 * The screens and their hash addresses (`#/incidents/:id`), collected from each capability's `routes.ts`: adding a
 * capability adds one spread to `PATHS`, and `Route` follows. An unknown or malformed address opens the register.
 */
import { auditLogPaths } from '../features/auditLog/routes';
import { bundlePaths } from '../features/bundles/routes';
import { couchPaths } from '../features/couch/routes';
import { evidencePaths } from '../features/evidence/routes';
import { exercisePaths } from '../features/exercises/routes';
import { filingPaths } from '../features/filings/routes';
import { incidentPaths } from '../features/incident/routes';
import { metricsPaths } from '../features/metrics/routes';
import { reviewPaths } from '../features/reviews/routes';
import { regulatoryPaths } from '../features/regulatory/routes';
import { runbookPaths } from '../features/runbooks/routes';
import { scenarioPaths } from '../features/scenarios/routes';
import { settingsPaths } from '../features/settings/routes';
import { stakeholderPaths } from '../features/stakeholders/routes';
import type { RouteOf } from './routing';

const PATHS = {
  ...incidentPaths,
  ...evidencePaths,
  ...runbookPaths,
  ...scenarioPaths,
  ...exercisePaths,
  ...metricsPaths,
  ...reviewPaths,
  ...regulatoryPaths,
  ...stakeholderPaths,
  ...bundlePaths,
  ...filingPaths,
  ...auditLogPaths,
  ...settingsPaths,
  ...couchPaths,
} as const;

export type Route = RouteOf<typeof PATHS>;
export type RouteName = Route['name'];

const ID = '[0-9a-f-]{36}';
const MATCHERS = Object.entries(PATHS).map(([name, path]) => ({
  name,
  pattern: new RegExp(`^${path.replace(':id', `(${ID})`)}$`),
}));

function isRouteName(name: string): name is RouteName {
  return Object.hasOwn(PATHS, name);
}

function routeNamed(name: string, id: string | undefined): Route | undefined {
  if (!isRouteName(name)) return undefined;
  const path: string = PATHS[name];
  const route = path.includes(':id') ? { name, id } : { name };
  // The object has exactly the shape the path implies: a name, and an id where the path has one.
  return route as Route;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  for (const { name, pattern } of MATCHERS) {
    const match = pattern.exec(path);
    if (match) return routeNamed(name, match[1]) ?? { name: 'register' };
  }
  return { name: 'register' };
}

export function routeHref(route: Route): string {
  const path: string = PATHS[route.name];
  return `#${'id' in route ? path.replace(':id', route.id) : path}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return routeHref(a) === routeHref(b);
}
