/**
 * Runs inside Chromium (real IndexedDB): loads N regulatory profiles with their due-soon projection rows, written
 * together in one transaction per batch by the same function the writer uses (`rowOfProfile`, the profile's
 * `derivedRows`), then times "due in the next 24 hours across all incidents" (`regulatoryDueBetween`, the query the
 * Deadlines screen runs) beside its floor: a raw IndexedDB `getAll` over a plain (single-valued) index of a plain
 * object store holding the very same rows, whose range returns exactly the rows the projection finds.
 */
import { openDatabase, type FirebreakDatabase } from '../../../renderer/db/database';
import { regulatoryDueWindow } from '../../../renderer/db/regulatory/queries';
import {
  dueKeyOf,
  dueKeyRange,
  rowOfProfile,
  type RegulatoryDueRow,
} from '../../../renderer/db/regulatory/regulatoryDue';
import '../../../shared/domain/regulatory/holidaysPackage';
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';

const HOUR = 3_600_000;
const BATCH = 5_000;
const FLOOR_DB = 'firebreak-clocks-floor';

function uuid(index: number): string {
  return `0190a000-0000-7000-8000-${index.toString(16).padStart(12, '0')}`;
}

const REGIME_SETS: RegulatoryProfile['regimes'][] = [
  [{ regime: 'gdpr-art33', reason: 'Personal data.' }],
  [
    { regime: 'gdpr-art33', reason: 'Personal data.' },
    { regime: 'eu-ai-act-art73', reason: 'High-risk system.' },
  ],
  [{ regime: 'nis2-art23', reason: 'Essential entity.' }],
];

/** A profile whose awareness lies in the 60 days before `now`, so a few thousand have something due in 24 h. */
function profileOf(index: number, now: number): RegulatoryProfile {
  const at = new Date(now - ((index * 7919) % (60 * 24)) * HOUR).toISOString();
  return {
    id: uuid(index),
    createdAt: at,
    updatedAt: at,
    createdBy: 'Bench',
    createdById: uuid(0),
    updatedBy: 'Bench',
    updatedById: uuid(0),
    rev: 1,
    hlc: `${at}-0000-bench`,
    deletedAt: null,
    subject: { kind: 'incident', id: uuid(1_000_000 + index), ref: `INC-2026-BEN-${index}` },
    regimes: REGIME_SETS[index % REGIME_SETS.length] ?? [],
    regimeChanges: [],
    timeZone: 'Europe/Brussels',
    country: 'BE',
    holidays: null,
    facts: {},
    anchors: {},
    submissions: [],
    applicability: {},
    dueHistory: [],
    delayReasons: [],
    // Every tenth is an exercise's: it has no projection row and never shows as due.
    incident: { ref: `INC-2026-BEN-${index}`, awareAt: at, exercise: index % 10 === 9 },
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed.'));
  });
}

function openFloor(): Promise<IDBDatabase> {
  const open = indexedDB.open(FLOOR_DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' }).createIndex('due', 'due');
  return request(open);
}

let db: FirebreakDatabase | undefined;
let floor: IDBDatabase | undefined;

export interface ClocksLoad {
  readonly profiles: number;
  readonly rows: number;
  readonly loadMs: number;
}

async function load(count: number, now: number): Promise<ClocksLoad> {
  db = openDatabase(`firebreak-clocks-bench`);
  await db.delete();
  db = openDatabase(`firebreak-clocks-bench`);
  await db.open();
  const started = performance.now();
  let rows = 0;
  for (let start = 0; start < count; start += BATCH) {
    const profiles = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => profileOf(start + k, now));
    const due = profiles.flatMap((profile) => rowOfProfile(profile) ?? []);
    rows += due.length;
    await db.transaction('rw', ['regulatoryProfiles', 'regulatoryDue'], async () => {
      await db!.regulatoryProfiles.bulkPut(profiles);
      await db!.regulatoryDue.bulkPut(due);
    });
  }
  return { profiles: count, rows, loadMs: performance.now() - started };
}

/**
 * Fills the floor's plain store with one plain row per open deadline of every projection row (the deadline, its
 * incident's id and reference), keyed by the same `<dueAt>|<regime>:<stage>` key under a plain single-valued index:
 * the same range over it finds the same deadlines as the projection's multi-entry index.
 */
async function loadFloor(): Promise<number> {
  indexedDB.deleteDatabase(FLOOR_DB);
  floor = await openFloor();
  let copied = 0;
  let last: string | undefined;
  for (;;) {
    const page: RegulatoryDueRow[] =
      last === undefined
        ? await db!.regulatoryDue.orderBy('id').limit(BATCH).toArray()
        : await db!.regulatoryDue.where('id').above(last).limit(BATCH).toArray();
    if (page.length === 0) break;
    const tx = floor.transaction('rows', 'readwrite');
    const store = tx.objectStore('rows');
    for (const row of page) {
      for (const item of row.items) {
        store.put({
          id: `${row.id}|${item.regime}:${item.stage}`,
          due: dueKeyOf(item),
          ...item,
          subjectId: row.subjectId,
          ref: row.ref,
        });
        copied++;
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('Floor copy failed.'));
    });
    last = page[page.length - 1]!.id;
  }
  return copied;
}

export interface ClocksTimings {
  /** ms per run of the Deadlines screen's query (`regulatoryDueWindow`: the count and the first page). */
  readonly projection: number[];
  /** ms per run of the floor: count and first page of the same range over a plain table of the same deadlines. */
  readonly floor: number[];
  /** The same two, reading every deadline in the window (no page). */
  readonly projectionAll: number[];
  readonly floorAll: number[];
  readonly total: number;
  readonly shown: number;
  readonly floorRows: number;
  /** Whether the projection, the floor and a computation of every profile's clocks agree on the deadlines. */
  readonly agrees: boolean;
}

async function floorRead(range: IDBKeyRange, limit?: number): Promise<{ total: number; rows: number }> {
  const index = floor!.transaction('rows').objectStore('rows').index('due');
  const [total, rows] = await Promise.all([request(index.count(range)), request(index.getAll(range, limit))]);
  return { total, rows: rows.length };
}

async function timeDueSoon(from: string, to: string, runs: number, page: number): Promise<ClocksTimings> {
  const floorRows = await loadFloor();
  const [lower, upper] = dueKeyRange(from, to);
  const range = IDBKeyRange.bound(lower, upper, false, true);
  const projection: number[] = [];
  const floorTimes: number[] = [];
  const projectionAll: number[] = [];
  const floorAll: number[] = [];
  let total = 0;
  let shown = 0;
  let floorTotal = 0;
  let all = 0;
  // One untimed run of each warms the connections and caches, then they alternate.
  await regulatoryDueWindow(db!, from, to, page);
  await floorRead(range, page);
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now();
    const window = await regulatoryDueWindow(db!, from, to, page);
    projection.push(performance.now() - t0);
    total = window.total;
    shown = window.items.length;
    t0 = performance.now();
    floorTotal = (await floorRead(range, page)).total;
    floorTimes.push(performance.now() - t0);
    if (run < Math.ceil(runs / 4)) {
      t0 = performance.now();
      all = (await regulatoryDueWindow(db!, from, to)).items.length;
      projectionAll.push(performance.now() - t0);
      t0 = performance.now();
      await floorRead(range);
      floorAll.push(performance.now() - t0);
    }
  }
  // The check: every profile's clocks computed from scratch (not timed) find the same number of deadlines.
  let computed = 0;
  await db!.regulatoryProfiles.each((profile) => {
    for (const item of rowOfProfile(profile)?.items ?? []) if (item.dueAt >= from && item.dueAt < to) computed++;
  });
  return {
    projection,
    floor: floorTimes,
    projectionAll,
    floorAll,
    total,
    shown,
    floorRows,
    agrees: computed === total && floorTotal === total && all === total && shown === Math.min(page, total),
  };
}

async function dispose(): Promise<void> {
  floor?.close();
  indexedDB.deleteDatabase(FLOOR_DB);
  await db?.delete();
}

declare global {
  interface Window {
    firebreakClocksBench?: {
      load: typeof load;
      timeDueSoon: typeof timeDueSoon;
      dispose: typeof dispose;
    };
  }
}

window.firebreakClocksBench = { load, timeDueSoon, dispose };
