/**
 * The one list of capabilities in the UI: each capability's screens and navigation entries, in navigation order.
 * Adding a capability adds one line here (and one spread of its paths in `routes.ts`); `SCREENS` is type-checked
 * to have a screen for every route.
 */
import type { ReactNode } from 'react';
import { auditLogFeature } from '../features/auditLog/capability';
import { bundlesFeature } from '../features/bundles/capability';
import { couchFeature } from '../features/couch/capability';
import { evidenceFeature } from '../features/evidence/capability';
import { exercisesFeature } from '../features/exercises/capability';
import { filingsFeature } from '../features/filings/capability';
import { incidentsFeature } from '../features/incident/capability';
import { metricsFeature } from '../features/metrics/capability';
import { reviewsFeature } from '../features/reviews/capability';
import { regulatoryFeature } from '../features/regulatory/capability';
import { runbooksFeature } from '../features/runbooks/capability';
import { scenariosFeature } from '../features/scenarios/capability';
import { settingsFeature } from '../features/settings/capability';
import { stakeholdersFeature } from '../features/stakeholders/capability';
import type { UnionToIntersection } from '../../shared/typeUtils';
import type { Route } from './routes';
import type { NavEntry, ScreenTable } from './routing';

const FEATURES = [
  incidentsFeature,
  evidenceFeature,
  runbooksFeature,
  scenariosFeature,
  exercisesFeature,
  metricsFeature,
  reviewsFeature,
  regulatoryFeature,
  stakeholdersFeature,
  bundlesFeature,
  filingsFeature,
  auditLogFeature,
  settingsFeature,
  couchFeature,
] as const;

type Screens = UnionToIntersection<(typeof FEATURES)[number]['screens']>;
const MERGED: Screens = Object.assign({}, ...FEATURES.map((feature) => feature.screens));
/** Fails to compile when a route has no screen. */
const SCREENS: ScreenTable<Route> = MERGED;

export const NAVIGATION: ReadonlyArray<NavEntry<Route>> = FEATURES.flatMap(
  (feature): ReadonlyArray<NavEntry<Route>> => feature.navigation,
);

/** The routes whose screens only change records; not offered in legal review mode. */
export const EDITOR_SCREENS: ReadonlySet<string> = new Set(
  FEATURES.flatMap((feature): readonly string[] => ('editors' in feature ? feature.editors : [])),
);

/** The routes whose screens fill the window without navigation (the participant screen on a projector). */
export const BARE_SCREENS: ReadonlySet<string> = new Set(
  FEATURES.flatMap((feature): readonly string[] => ('bare' in feature ? feature.bare : [])),
);

export function renderScreen(route: Route): ReactNode {
  // TypeScript cannot tie `SCREENS[route.name]` to `route` through a union; the table's type guarantees the pairing.
  const screen = SCREENS[route.name] as (route: Route) => ReactNode;
  return screen(route);
}
