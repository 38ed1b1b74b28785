/**
 * Runs inside Chromium, on the app's own origin, so that it writes to the same IndexedDB the console reads. Exposes
 * the bulk-load measurement to the bench driver: the app's real write path (validation, audit log, references,
 * timeline) beside a plain Dexie bulkPut of the very records it stored.
 */
import { FirebreakDatabase } from '../../../renderer/db/database';
import { seedIncidents } from '../../../renderer/db/incidents';
import { actorOf, saveProfile } from '../../../renderer/db/profile';
import { syntheticIncidentSeeds } from '../../fixtures/syntheticIncidents';

export interface BulkLoadResult {
  readonly count: number;
  readonly appMs: number;
  /** Plain bulkPut of the incident records the app stored. */
  readonly baselineMs: number;
  /** Plain bulkPut of every row the app stored: incidents, timeline entries and audit entries. */
  readonly allRowsBaselineMs: number;
  readonly storedRows: number;
  readonly auditEntries: number;
}

async function timedBulkPut(
  db: FirebreakDatabase,
  rows: { table: 'incidents' | 'timeline' | 'auditLog'; values: unknown[] }[],
): Promise<number> {
  const start = performance.now();
  for (const { table, values } of rows) {
    for (let i = 0; i < values.length; i += BATCH * 5) await db.table(table).bulkPut(values.slice(i, i + BATCH * 5));
  }
  return performance.now() - start;
}

const BATCH = 2_000;

async function bulkLoad(count: number): Promise<BulkLoadResult> {
  const db = new FirebreakDatabase();
  await db.open();
  const profile = await saveProfile(db, { name: 'Bench Runner', role: 'Benchmark' });
  const seeds = syntheticIncidentSeeds(count, { seed: 7 });

  const appStart = performance.now();
  await seedIncidents(db, actorOf(profile), seeds, { batchSize: BATCH });
  const appMs = performance.now() - appStart;

  const incidents = await db.incidents.toArray();
  const timeline = await db.timeline.toArray();
  const auditLog = await db.auditLog.toArray();
  db.close();

  const incidentsOnly = new FirebreakDatabase('firebreak-bench-baseline-incidents');
  const baselineMs = await timedBulkPut(incidentsOnly, [{ table: 'incidents', values: incidents }]);
  await incidentsOnly.delete();
  const allRows = new FirebreakDatabase('firebreak-bench-baseline-all');
  const allRowsBaselineMs = await timedBulkPut(allRows, [
    { table: 'incidents', values: incidents },
    { table: 'timeline', values: timeline },
    { table: 'auditLog', values: auditLog },
  ]);
  await allRows.delete();
  const storedRows = incidents.length + timeline.length + auditLog.length;
  return { count, appMs, baselineMs, allRowsBaselineMs, storedRows, auditEntries: auditLog.length };
}

declare global {
  interface Window {
    firebreakBench?: { bulkLoad: typeof bulkLoad };
  }
}

window.firebreakBench = { bulkLoad };
