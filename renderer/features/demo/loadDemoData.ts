/**
 * Loads the demo register into a database through `seedIncidents`, the one write path for bulk incidents (then
 * `loadDemoExtras` for everything else a newcomer should see alive): every
 * incident, phase change and timeline entry is validated and audited like a responder's own work, all in one
 * transaction, so a failure leaves the database as it was. Loading twice adds a second copy (new references); the
 * caller decides whether to offer it on a database that already holds incidents.
 */
import type { FirebreakDatabase } from '../../db/database';
import { seedIncidents, type SeedProgress } from '../../db/incidents/incidents';
import type { Actor } from '../../db/write';
import { loadDemoExtras } from './demoExtras';
import { demoIncidentSeeds } from './demoIncidents';

export interface LoadDemoDataOptions {
  readonly onProgress?: (progress: SeedProgress) => void;
  /** The moment demo times are placed relative to; defaults to the current time. */
  readonly now?: Date;
}

/** Seeds the demo incidents and returns how many were written. */
export async function loadDemoData(
  db: FirebreakDatabase,
  actor: Actor,
  options: LoadDemoDataOptions = {},
): Promise<number> {
  const seeds = demoIncidentSeeds(options.now ?? new Date());
  options.onProgress?.({ done: 0, total: seeds.length });
  // One batch: the demo is small, and all-or-nothing is what a user expects of a single "load demo data" action.
  const count = await seedIncidents(db, actor, seeds, {
    batchSize: seeds.length,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  // The rest of the product (people, evidence, runbook progress, stakeholders, a review, observables and links),
  // each through its capability's own write path.
  await loadDemoExtras(db, actor);
  return count;
}
