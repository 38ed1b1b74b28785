/**
 * Runs inside Chromium on the app's own origin (real IndexedDB, the loopback test host as the host). Exposes what
 * `test/bench/bundleRecords.ts` measures:
 *  - `seed(n)`: site LON with about n records (incidents with their timelines, through `seedIncidents`);
 *  - `firebreakExport()`: Firebreak's export of every incident (collect, sync states, host signs and writes);
 *  - `firebreakImport()`: the file in #bundle-file into an empty site BER: upload, host verify, every line validated,
 *    preview, apply in one transaction;
 *  - `dexieExport()` / `dexieImport()`: dexie-export-import's exportDB of LON's whole database and importInto an empty
 *    database of the same schema — the tool a user would otherwise pick, on the same records in the same page;
 *  - `takeInEvidence()`: the file in #evidence-file taken in (the app's intake) on a new incident at site LE (its own
 *    database, so the evidence run carries only that incident);
 *  - `firebreakEvidenceExport()`: that incident exported encrypted to this host's own age recipient (the app path:
 *    chunks read from IndexedDB, sent to the host, hashed, zipped, signed and age-encrypted there);
 *  - `firebreakEvidenceImport()`: the file in #evidence-bundle-file into an empty site BE: upload, decrypt, verify,
 *    preview, evidence staged (read back from the host, hashed) and applied in one transaction;
 *  - floors, what IndexedDB itself takes for the least any export or import must do, in the same page:
 *    `recordsReadFloor()` reads LON's bundle tables whole (getAll, one read transaction), `recordsWriteFloor()` puts
 *    those very rows into an empty database of the same schema (bulkPut, one transaction, nothing else written);
 *    `evidenceReadFloor()` reads the evidence's stored chunks, `evidenceWriteFloor()` puts the file's 8 MiB slices
 *    into an empty database of the same schema, four at a time — no hash, no IPC, no encryption.
 */
import { exportDB, importInto } from 'dexie-export-import';
import { BUNDLE_RECORD_TABLES } from '../../../shared/domain/bundles/payload';
import { EVIDENCE_CHUNK_BYTES, chunkCountFor } from '../../../shared/domain/evidence/evidence';
import { applyImport, previewImport } from '../../../renderer/db/bundles/importBundle';
import { openDatabase, type FirebreakDatabase } from '../../../renderer/db/database';
import { seedIncidents, type IncidentSeed } from '../../../renderer/db/incidents/incidents';
import { actorOf, saveProfile } from '../../../renderer/db/profile';
import type { Actor } from '../../../renderer/db/write';
import { hostClient } from '../../../renderer/host/hostClient';
import { closeImport, evidenceReaderOf, openBundle } from '../../../renderer/features/bundles/receiveBundle';
import { exportBundle, invokeHost } from '../../../renderer/features/bundles/sendBundle';
import { takeIntoEvidence } from '../../../renderer/features/evidence/runIntake';
import { startSha256Worker } from '../../../renderer/features/evidence/sha256Worker';
import { useIntakeStore } from '../../../renderer/features/evidence/intakeStore';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { incidentSubject } from '../../../shared/domain/subject';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';

export interface TimedRecords {
  readonly ms: number;
  readonly records: number;
  readonly bytes: number;
  /** Where the time went, in order, for a run made of steps (milliseconds each). */
  readonly steps?: Readonly<Record<string, number>>;
  /** The longest task the page's main thread ran during the run: how long the UI could not answer. */
  readonly longestTaskMs?: number;
}

let lon: { db: FirebreakDatabase; actor: Actor } | undefined;

const longTasks: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** The longest main-thread task (over 50 ms; 0 when none) that overlapped [from, to]. */
function longestTaskBetween(from: number, to: number): number {
  return longTasks
    .filter((task) => task.end >= from && task.start <= to)
    .reduce((longest, task) => Math.max(longest, task.end - task.start), 0);
}
let dexieBlob: Blob | undefined;

async function site(name: string, siteCode: string, person: string) {
  const db = openDatabase(name);
  const profile = await saveProfile(db, { name: person, role: 'Incident commander', siteCode });
  return { db, actor: actorOf(profile) };
}

async function seed(records: number): Promise<number> {
  lon = await site('bench-bundles-lon', 'LON', 'Dana Reyes');
  // Each incident carries five records in a bundle: the incident, its declaration entry and three written entries.
  const incidents = Math.ceil(records / 5);
  const seeds: IncidentSeed[] = Array.from({ length: incidents }, (_, index) => ({
    draft: promptInjectionDraft({ title: `Benchmark incident ${index + 1}` }),
    declaredAt: '2026-11-20T09:00:00.000Z',
    entries: [1, 2, 3].map((minute) => ({
      kind: 'note' as const,
      text: `Benchmark note ${minute} on incident ${index + 1}: the gateway logged an injected instruction.`,
      occurredAt: `2026-11-20T09:0${minute}:00.000Z`,
    })),
  }));
  await seedIncidents(lon.db, lon.actor, seeds, { batchSize: 500 });
  return lon.db.incidents.count();
}

async function firebreakExport(): Promise<TimedRecords> {
  const { db, actor } = lon!;
  const incidentIds = (await db.incidents.toCollection().primaryKeys()) as string[];
  const started = performance.now();
  const result = await exportBundle(db, actor, hostClient(), {
    selection: { kind: 'chosen', incidentIds, runbooks: false, people: true },
    siteCode: 'BER',
    recipients: [],
  });
  const ms = performance.now() - started;
  if (result.status !== 'saved') throw new Error(`Export did not save: ${JSON.stringify(result)}`);
  const logged = await db.bundleLog.get([result.bundleId, 'exported']);
  const records = Object.entries(logged?.counts ?? {})
    .filter(([table]) => table !== 'custody')
    .reduce((sum, [, count]) => sum + count, 0);
  return { ms, records, bytes: 0, longestTaskMs: longestTaskBetween(started, started + ms) };
}

async function firebreakImport(): Promise<TimedRecords> {
  const file = document.querySelector<HTMLInputElement>('#bundle-file')?.files?.[0];
  if (!file) throw new Error('No bundle chosen.');
  const ber = await site('bench-bundles-ber', 'BER', 'Jonas Weber');
  const own = await invokeHost(hostClient(), 'bundles:identity', {});
  const started = performance.now();
  const payload = await openBundle(hostClient(), file);
  try {
    await previewImport(ber.db, payload);
    const result = await applyImport(ber.db, ber.actor, evidenceReaderOf(hostClient(), payload), payload, {
      ownFingerprint: own.keyFingerprint,
    });
    const ms = performance.now() - started;
    return {
      ms,
      records: result.added + result.updated,
      bytes: file.size,
      longestTaskMs: longestTaskBetween(started, started + ms),
    };
  } finally {
    await closeImport(hostClient(), payload);
  }
}

async function rowCount(db: FirebreakDatabase): Promise<number> {
  let rows = 0;
  for (const table of db.tables) rows += await table.count();
  return rows;
}

async function dexieExport(): Promise<TimedRecords> {
  const { db } = lon!;
  const started = performance.now();
  dexieBlob = await exportDB(db);
  const ms = performance.now() - started;
  return { ms, records: await rowCount(db), bytes: dexieBlob.size };
}

async function dexieImport(): Promise<TimedRecords> {
  const target = openDatabase('bench-bundles-dexie');
  await target.open();
  const started = performance.now();
  await importInto(target, dexieBlob!, { clearTablesBeforeImport: true, acceptNameDiff: true });
  const ms = performance.now() - started;
  return { ms, records: await rowCount(target), bytes: dexieBlob!.size };
}

let floorRows: Map<string, unknown[]> | undefined;

async function recordsReadFloor(): Promise<TimedRecords> {
  const { db } = lon!;
  const tables = BUNDLE_RECORD_TABLES.map(({ table }) => db.table(table));
  const started = performance.now();
  const rows = await db.transaction('r', tables, () =>
    Promise.all(tables.map(async (table) => [table.name, await table.toArray()] as const)),
  );
  const ms = performance.now() - started;
  floorRows = new Map(rows);
  return { ms, records: rows.reduce((sum, [, tableRows]) => sum + tableRows.length, 0), bytes: 0 };
}

async function recordsWriteFloor(): Promise<TimedRecords> {
  const target = openDatabase('bench-bundles-floor');
  await target.open();
  const tables = [...floorRows!.keys()].map((name) => target.table(name));
  const started = performance.now();
  await target.transaction('rw', tables, () =>
    Promise.all(tables.map((table) => table.bulkPut(floorRows!.get(table.name)!))),
  );
  const ms = performance.now() - started;
  const records = [...floorRows!.values()].reduce((sum, rows) => sum + rows.length, 0);
  target.close();
  return { ms, records, bytes: 0 };
}

/** Up to FLOOR_WINDOW chunk reads or writes in flight at once: IndexedDB's own best, not one request at a time. */
const FLOOR_WINDOW = 4;

async function windowed(count: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: FLOOR_WINDOW }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

async function evidenceReadFloor(): Promise<TimedRecords> {
  const { db } = evidenceSite!;
  const [content] = await db.evidenceContent.toArray();
  if (!content) throw new Error('No evidence stored to read.');
  const started = performance.now();
  let bytes = 0;
  await windowed(content.chunkCount, async (index) => {
    const chunk = await db.evidenceChunks.get([content.chunksId, index]);
    bytes += (chunk?.data as ArrayBuffer).byteLength;
  });
  return { ms: performance.now() - started, records: 0, bytes };
}

async function evidenceWriteFloor(): Promise<TimedRecords> {
  const file = chosen('#evidence-file');
  const target = openDatabase('bench-bundles-floor-evidence');
  await target.open();
  const started = performance.now();
  await windowed(chunkCountFor(file.size), async (index) => {
    const data = await file.slice(index * EVIDENCE_CHUNK_BYTES, (index + 1) * EVIDENCE_CHUNK_BYTES).arrayBuffer();
    await target.evidenceChunks.put({ chunksId: 'floor', index, data });
  });
  const ms = performance.now() - started;
  target.close();
  return { ms, records: 0, bytes: file.size };
}

let evidenceSite: { db: FirebreakDatabase; actor: Actor; incidentId: string } | undefined;

function chosen(selector: string): File {
  const file = document.querySelector<HTMLInputElement>(selector)?.files?.[0];
  if (!file) throw new Error(`No file chosen in ${selector}.`);
  return file;
}

async function takeInEvidence(): Promise<TimedRecords> {
  const file = chosen('#evidence-file');
  const { db, actor } = await site('bench-bundles-evidence-lon', 'LON', 'Dana Reyes');
  const incident = await declareIncident(db, actor, promptInjectionDraft({ title: 'Benchmark evidence incident' }));
  const started = performance.now();
  await takeIntoEvidence(db, actor, incidentSubject(incident), [
    {
      file,
      details: {
        acquiredAt: '2026-11-20T09:00:00.000Z',
        acquiredBy: 'Dana Reyes',
        source: { system: 'benchmark', location: 'bench', method: 'generated' },
        description: 'Benchmark evidence',
        tags: [],
        aiSystem: '',
      },
    },
  ]);
  const ms = performance.now() - started;
  const job = useIntakeStore.getState().jobs.at(-1);
  if (job?.state !== 'done') throw new Error(`Intake did not finish: ${job?.message ?? 'no job'}`);
  evidenceSite = { db, actor, incidentId: incident.id };
  return { ms, records: 1, bytes: file.size };
}

async function firebreakEvidenceExport(): Promise<TimedRecords> {
  const { db, actor, incidentId } = evidenceSite!;
  const { recipient } = await invokeHost(hostClient(), 'bundles:identity', {});
  const started = performance.now();
  const result = await exportBundle(db, actor, hostClient(), {
    selection: { kind: 'chosen', incidentIds: [incidentId], runbooks: false, people: false },
    siteCode: 'BER',
    recipients: [recipient],
  });
  const ms = performance.now() - started;
  if (result.status !== 'saved') throw new Error(`Export did not save: ${JSON.stringify(result)}`);
  const logged = await db.bundleLog.get([result.bundleId, 'exported']);
  return { ms, records: 0, bytes: logged?.evidenceBytes ?? 0 };
}

async function firebreakEvidenceImport(): Promise<TimedRecords> {
  const file = chosen('#evidence-bundle-file');
  const ber = await site('bench-bundles-evidence-ber', 'BER', 'Jonas Weber');
  const own = await invokeHost(hostClient(), 'bundles:identity', {});
  const started = performance.now();
  let uploaded = 0;
  const payload = await openBundle(hostClient(), file, (done, total) => {
    if (done === total) uploaded = performance.now();
  });
  const opened = performance.now();
  try {
    const preview = await previewImport(ber.db, payload);
    await applyImport(ber.db, ber.actor, evidenceReaderOf(hostClient(), payload), payload, {
      ownFingerprint: own.keyFingerprint,
      hasher: startSha256Worker,
    });
    const ms = performance.now() - started;
    const item = (await ber.db.evidence.toArray())[0];
    if (!item) throw new Error('The evidence item was not imported.');
    const steps = {
      'upload to the host': uploaded - started,
      'host decrypts and verifies': opened - uploaded,
      'preview, evidence read back, hashed and stored, apply': started + ms - opened,
    };
    return { ms, records: 0, bytes: preview.evidenceToStore.bytes, steps };
  } finally {
    await closeImport(hostClient(), payload);
  }
}

declare global {
  interface Window {
    bundleBench?: {
      seed: typeof seed;
      firebreakExport: typeof firebreakExport;
      firebreakImport: typeof firebreakImport;
      dexieExport: typeof dexieExport;
      dexieImport: typeof dexieImport;
      takeInEvidence: typeof takeInEvidence;
      firebreakEvidenceExport: typeof firebreakEvidenceExport;
      firebreakEvidenceImport: typeof firebreakEvidenceImport;
      recordsReadFloor: typeof recordsReadFloor;
      recordsWriteFloor: typeof recordsWriteFloor;
      evidenceReadFloor: typeof evidenceReadFloor;
      evidenceWriteFloor: typeof evidenceWriteFloor;
    };
  }
}

window.bundleBench = {
  seed,
  firebreakExport,
  firebreakImport,
  dexieExport,
  dexieImport,
  takeInEvidence,
  firebreakEvidenceExport,
  firebreakEvidenceImport,
  recordsReadFloor,
  recordsWriteFloor,
  evidenceReadFloor,
  evidenceWriteFloor,
};
