/**
 * Runs inside Chromium, on the app's own origin, so that it writes to the same IndexedDB the console reads. Exposes
 * the bulk-load measurement to the bench driver: the app's real write path (validation, audit log, references,
 * timeline) beside a plain Dexie bulkPut of the very records it stored.
 */
import { openDatabase, type FirebreakDatabase } from '../../../renderer/db/database';
import { seedIncidents } from '../../../renderer/db/incidents/incidents';
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

const BATCH = 2_000;
const COPY_PAGE = 10_000;
type CopiedTable = 'incidents' | 'timeline' | 'auditLog';

/** Copies a table page by page (bounded memory) and returns the time spent writing only. */
async function timedCopy(source: FirebreakDatabase, target: FirebreakDatabase, table: CopiedTable): Promise<number> {
  let writeMs = 0;
  let last: string | number | undefined;
  for (;;) {
    const collection =
      last === undefined ? source.table(table).orderBy(':id') : source.table(table).where(':id').above(last);
    const rows: unknown[] = await collection.limit(COPY_PAGE).toArray();
    if (rows.length === 0) return writeMs;
    last = (await collection.clone().limit(COPY_PAGE).primaryKeys()).at(-1) as string | number;
    const start = performance.now();
    await target.table(table).bulkPut(rows);
    writeMs += performance.now() - start;
  }
}

async function bulkLoad(count: number): Promise<BulkLoadResult> {
  const db = openDatabase();
  await db.open();
  const profile = await saveProfile(db, { name: 'Bench Runner', role: 'Benchmark' });
  const seeds = syntheticIncidentSeeds(count, { seed: 7 });

  const appStart = performance.now();
  await seedIncidents(db, actorOf(profile), seeds, {
    batchSize: BATCH,
    onProgress: ({ done, total }) => {
      if (done % 20_000 === 0 || done === total) console.log(`seeded ${done} of ${total}`);
    },
  });
  const appMs = performance.now() - appStart;

  const incidentsOnly = openDatabase('firebreak-bench-baseline-incidents');
  const baselineMs = await timedCopy(db, incidentsOnly, 'incidents');
  await incidentsOnly.delete();
  const allRows = openDatabase('firebreak-bench-baseline-all');
  let allRowsBaselineMs = 0;
  for (const table of ['incidents', 'timeline', 'auditLog'] as const) {
    allRowsBaselineMs += await timedCopy(db, allRows, table);
  }
  await allRows.delete();
  const auditEntries = await db.auditLog.count();
  const storedRows = (await db.incidents.count()) + (await db.timeline.count()) + auditEntries;
  db.close();
  return { count, appMs, baselineMs, allRowsBaselineMs, storedRows, auditEntries };
}

declare global {
  interface Window {
    firebreakBench?: { bulkLoad: typeof bulkLoad };
  }
}

window.firebreakBench = { bulkLoad };
