/**
 * Runs inside Chromium, on the app's own origin, so that it writes to the same IndexedDB the console reads. Exposes
 * to the bench driver: the bulk load through the app's real write path (validation, references, timeline, audit log,
 * the register's projection) beside a plain Dexie bulkPut of the very rows it stored (the floor of writing them), and
 * the cold-start floor (open the database, count, the first 50 rows by index).
 */
import { openDatabase, type FirebreakDatabase } from '../../../renderer/db/database';
import { seedIncidents } from '../../../renderer/db/incidents/incidents';
import { actorOf, saveProfile } from '../../../renderer/db/profile';
import { subscribeUpgradeProgress } from '../../../renderer/db/upgradeProgress';
import { syntheticIncidentSeeds } from '../../fixtures/syntheticIncidents';

export interface BulkLoadResult {
  readonly count: number;
  readonly appMs: number;
  /** Plain bulkPut of every row the app stored — incidents, register rows, timeline, audit entries — in pages. */
  readonly baselineMs: number;
  readonly storedRows: number;
  readonly auditEntries: number;
}

export interface FloorResult {
  /** ms from navigation start until the count and the first 50 rows were read. */
  readonly readyAt: number;
  readonly count: number;
  readonly rows: number;
}

const BATCH = 2_000;
const COPY_PAGE = 10_000;

/** The tables a bulk load writes rows to (the meta rows it also writes are a handful). */
const LOADED_TABLES = ['incidents', 'incidentList', 'incidentSearch', 'timeline', 'auditLog'] as const;

/** Copies every loaded row page by page (bounded memory) and returns the time spent writing only. */
async function timedCopy(source: FirebreakDatabase, target: FirebreakDatabase): Promise<number> {
  let writeMs = 0;
  for (const name of LOADED_TABLES) {
    const from = source.table(name);
    const to = target.table(name);
    let last: unknown;
    for (;;) {
      const collection = last === undefined ? from.orderBy(':id') : from.where(':id').above(last);
      const keys = await collection.clone().limit(COPY_PAGE).primaryKeys();
      const rows = await collection.limit(COPY_PAGE).toArray();
      if (rows.length === 0) break;
      last = keys.at(-1);
      const start = performance.now();
      await to.bulkPut(rows);
      writeMs += performance.now() - start;
    }
  }
  return writeMs;
}

/** How many incidents the database already holds (a profile reused between runs keeps them). */
async function storedIncidents(): Promise<number> {
  const db = openDatabase();
  const count = await db.incidents.count();
  db.close();
  return count;
}

async function bulkLoad(count: number): Promise<BulkLoadResult> {
  const db = openDatabase();
  await db.open();
  const profile = await saveProfile(db, { name: 'Bench Runner', role: 'Benchmark', siteCode: 'BEN' });
  const seeds = syntheticIncidentSeeds(count, { seed: 7 });

  const appStart = performance.now();
  await seedIncidents(db, actorOf(profile), seeds, {
    batchSize: BATCH,
    onProgress: ({ done, total }) => {
      if (done % 20_000 === 0 || done === total) console.log(`seeded ${done} of ${total}`);
    },
  });
  const appMs = performance.now() - appStart;

  const sameRows = openDatabase('firebreak-bench-baseline-rows');
  const baselineMs = await timedCopy(db, sameRows);
  await sameRows.delete();
  const auditEntries = await db.auditLog.count();
  const storedRows =
    (await db.incidents.count()) +
    (await db.incidentList.count()) +
    (await db.incidentSearch.count()) +
    (await db.timeline.count()) +
    auditEntries;
  db.close();
  return { count, appMs, baselineMs, storedRows, auditEntries };
}

/** The floor of a cold start: open the database, count the incidents and read the first 50 by an index. */
async function floor(): Promise<FloorResult> {
  const db = openDatabase();
  const [count, rows] = await Promise.all([
    db.incidents.count(),
    db.incidents.orderBy('declaredAt').reverse().limit(50).toArray(),
  ]);
  const readyAt = performance.now();
  db.close();
  return { readyAt, count, rows: rows.length };
}

export interface UpgradeResult {
  /** The version the stored database was at (Dexie's numbering), or 0 when there was none. */
  readonly fromVersion: number;
  readonly toVersion: number;
  /** ms to open the database, its data upgrades included. */
  readonly ms: number;
  /** The longest gap between two animation frames while it opened: how long the page could not draw. */
  readonly longestFrameGapMs: number;
  readonly frames: number;
  /** The upgrade's progress reports seen (see `renderer/db/upgradeProgress.ts`). */
  readonly progressReports: number;
}

/** The version IndexedDB holds the database at, in Dexie's numbering (it stores ten times the declared number). */
async function storedVersion(): Promise<number> {
  const found = (await indexedDB.databases()).find((info) => info.name === 'firebreak');
  return found?.version === undefined ? 0 : found.version / 10;
}

/**
 * Opens the database as the app does and times it: on a profile an older version wrote, that is the one-time data
 * upgrade. Meanwhile the page counts animation frames, and the longest gap between two says whether the upgrade
 * froze the page, and counts the progress reports the splash screen would show.
 */
async function timedUpgrade(): Promise<UpgradeResult> {
  const fromVersion = await storedVersion();
  let longestFrameGapMs = 0;
  let frames = 0;
  let progressReports = 0;
  let opening = true;
  const unsubscribe = subscribeUpgradeProgress(() => progressReports++);
  let last = performance.now();
  const tick = (now: number): void => {
    longestFrameGapMs = Math.max(longestFrameGapMs, now - last);
    last = now;
    frames++;
    if (opening) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const start = performance.now();
  const db = openDatabase();
  await db.open();
  const ms = performance.now() - start;
  opening = false;
  unsubscribe();
  longestFrameGapMs = Math.max(longestFrameGapMs, performance.now() - last);
  const toVersion = db.verno;
  db.close();
  return { fromVersion, toVersion, ms, longestFrameGapMs, frames, progressReports };
}

declare global {
  interface Window {
    firebreakBench?: {
      bulkLoad: typeof bulkLoad;
      storedIncidents: typeof storedIncidents;
      timedUpgrade: typeof timedUpgrade;
    };
    /** With `?floor` in the address, the floor starts as soon as this module runs. */
    firebreakFloor?: Promise<FloorResult>;
  }
}

window.firebreakBench = { bulkLoad, storedIncidents, timedUpgrade };
if (new URLSearchParams(location.search).has('floor')) window.firebreakFloor = floor();
