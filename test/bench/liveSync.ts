/**
 * `npm run bench:live-sync`: the latency from a write on installation A to the record being readable on installation
 * B (what B's screens' live queries show), both running the app's live sync loop (`LiveSyncLoop`: A pushes on the
 * audit log's nudge, B's wait for changes on the server returns) through a CouchDB-protocol server on loopback
 * (express-pouchdb over PouchDB's memory adapter) — beside PouchDB-to-PouchDB live replication of documents of the
 * same size through the same server in the same run (two in-memory PouchDBs, each replicating live to and from the
 * server; B sees the document in its `changes` feed): the baseline a team would otherwise reach for.
 *
 * Runs in Node with fake-indexeddb (as the live sync unit tests do), with the real host services signing and
 * checking every revision. FIREBREAK_BENCH_LIVE_SYNC_WRITES (default 40) writes each, one at a time, alternating the
 * two systems. Budget (issue 15): write-to-display p95 under 2 s and within 2× the baseline's p95.
 */
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { loadavg } from 'node:os';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { readAuditHead } from '../../renderer/db/auditTrail';
import { LiveSyncLoop } from '../../renderer/db/couch/loop';
import type { LiveSyncContext } from '../../renderer/db/couch/replicate';
import { declareIncident } from '../../renderer/db/incidents/incidents';
import { addTrustedSigner } from '../../renderer/db/trust/trustedSigners';
import { hostRevisionKeys } from '../../renderer/features/couch/revisionKeys';
import { canonicalJson } from '../../shared/domain/canonicalJson';
import { couchClient } from '../../shared/domain/couch/client';
import { promptInjectionDraft } from '../fixtures/incidentDrafts';
import { makeSite, type TestSite } from '../renderer/db/bundles/siteFixture';
import { startCouchServer } from '../renderer/db/couch/couchServer';
import { finish, percentile, report } from './report';

const WRITES = Number(process.env['FIREBREAK_BENCH_LIVE_SYNC_WRITES'] ?? 40);

interface LivePouch {
  put(doc: Record<string, unknown>): Promise<unknown>;
  changes(options: { live: true; since: 'now'; include_docs: false }): {
    on(event: 'change', listener: (change: { id: string }) => void): unknown;
    cancel(): void;
  };
  replicate: {
    to(target: string, options: { live: true; retry: true }): { cancel(): void };
    from(source: string, options: { live: true; retry: true }): { cancel(): void };
  };
  destroy(): Promise<unknown>;
}
const BaselinePouch = PouchDB.plugin(httpAdapter).plugin(memoryAdapter).plugin(replication) as unknown as new (
  name: string,
  options: { adapter: string },
) => LivePouch;

const say = (line: string) => console.log(line);

interface Running {
  readonly site: TestSite;
  readonly loop: LiveSyncLoop;
  readonly fingerprint: string;
  stop(): Promise<void>;
}

async function installation(databaseUrl: string, siteCode: string, name: string): Promise<Running> {
  const site = await makeSite(siteCode, name);
  const identity = await site.host.invoke('bundles:identity', {});
  if (!identity.ok) throw new Error(identity.error.message);
  const ctx: LiveSyncContext = {
    db: site.db,
    actor: site.actor,
    keys: hostRevisionKeys(site.host, { installationId: site.actor.nodeId, siteCode }),
    client: couchClient({ url: databaseUrl }, fetch),
    databaseUrl,
  };
  const loop = new LiveSyncLoop({ ctx, publish: () => undefined });
  return {
    site,
    loop,
    fingerprint: identity.value.keyFingerprint,
    async stop() {
      await loop.stop();
      await site.dispose();
    },
  };
}

/** Resolves when `present` first holds for the live query `read` (as a screen's live query would see it). */
function whenSeen<T>(read: () => Promise<T>, present: (value: T) => boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(read).subscribe({
      next: (value) => {
        if (!present(value)) return;
        const at = performance.now();
        queueMicrotask(() => subscription.unsubscribe());
        resolve(at);
      },
      error: reject,
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms.`)), ms)),
  ]);
}

const server = await startCouchServer('firebreak-live-bench');
const running: Running[] = [];
const stops: (() => Promise<unknown> | void)[] = [];
let failed = false;
try {
  const a = await installation(server.databaseUrl, 'LON', 'Dana Reyes');
  const b = await installation(server.databaseUrl, 'BER', 'Jonas Weber');
  running.push(a, b);
  for (const [site, other] of [
    [a, b],
    [b, a],
  ] as const)
    await addTrustedSigner(site.site.db, site.site.actor, {
      kind: 'ed25519-sha256',
      fingerprint: other.fingerprint,
      label: `Firebreak at ${other.site.siteCode}`,
      reason: 'Same response team.',
    });
  for (const { loop, site } of running) {
    loop.start();
    const writes = liveQuery(() => readAuditHead(site.db.meta)).subscribe({ next: (head) => loop.nudge(head.seq) });
    stops.push(() => writes.unsubscribe());
  }

  // The baseline: two PouchDBs replicating live to and from the same server.
  const pouchA = new BaselinePouch('live-bench-a', { adapter: 'memory' });
  const pouchB = new BaselinePouch('live-bench-b', { adapter: 'memory' });
  const replications = [
    pouchA.replicate.to(`${server.databaseUrl}`, { live: true, retry: true }),
    pouchA.replicate.from(`${server.databaseUrl}`, { live: true, retry: true }),
    pouchB.replicate.to(`${server.databaseUrl}`, { live: true, retry: true }),
    pouchB.replicate.from(`${server.databaseUrl}`, { live: true, retry: true }),
  ];
  stops.push(() => replications.forEach((replication) => replication.cancel()));
  const seenByB = new Map<string, (at: number) => void>();
  const feed = pouchB.changes({ live: true, since: 'now', include_docs: false });
  feed.on('change', (change) => seenByB.get(change.id)?.(performance.now()));
  stops.push(() => feed.cancel());

  const firebreak: number[] = [];
  const baseline: number[] = [];
  let docBytes = 0;
  // Round 0 warms both paths (the first revision of each installation, the first replication batch) and is not counted.
  for (let round = 0; round <= WRITES; round += 1) {
    const draft = { ...promptInjectionDraft(), title: `Live sync latency ${round}` };
    const started = performance.now();
    const incident = await declareIncident(a.site.db, a.site.actor, draft);
    const seen = await withTimeout(
      whenSeen(
        () => b.site.db.incidents.get(incident.id),
        (found) => found !== undefined,
      ),
      30_000,
      `Firebreak write ${round} reaching B`,
    );
    if (round > 0) firebreak.push(seen - started);
    docBytes = canonicalJson(incident).length;

    const id = `doc-${round}`;
    const pouchSeen = new Promise<number>((resolve) => seenByB.set(id, resolve));
    const pouchStarted = performance.now();
    await pouchA.put({ _id: id, record: { ...incident, id }, padding: '' });
    const pouchAt = await withTimeout(pouchSeen, 30_000, `PouchDB write ${round} reaching B`);
    if (round > 0) baseline.push(pouchAt - pouchStarted);
  }
  await pouchA.destroy();
  await pouchB.destroy();

  say(`${WRITES} writes each, one at a time; each document ~${docBytes} bytes of record`);
  const p50 = percentile(firebreak, 50);
  const p95 = percentile(firebreak, 95);
  const baseP50 = percentile(baseline, 50);
  const baseP95 = percentile(baseline, 95);
  report({ name: 'live-sync-write-to-display-p50', value: p50, unit: 'ms', baseline: baseP50 });
  report({ name: 'live-sync-write-to-display-p95', value: p95, unit: 'ms', baseline: baseP95, budget: 2_000 });
  report({
    name: 'live-sync-p95-vs-pouchdb',
    value: p95 / baseP95,
    unit: '×',
    baseline: 1,
    budget: 2,
  });
  say(
    `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}`,
  );
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const stop of stops) await stop();
  for (const site of running) await site.stop();
  await server.stop();
  finish(failed);
}
