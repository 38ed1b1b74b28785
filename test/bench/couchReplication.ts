/**
 * `npm run bench:couch`: the first replication of a site's work to a fresh installation through a CouchDB-protocol
 * server (express-pouchdb over PouchDB's memory adapter on loopback), beside PouchDB's own replicator
 * (pouchdb-core + pouchdb-adapter-http + pouchdb-replication, into a fresh in-memory PouchDB) copying the same
 * documents from the same server in the same run — the baseline a site would otherwise reach for.
 *
 * Runs in Node with fake-indexeddb (as the live sync unit tests do), with the real host services for signing and
 * signature checks behind the IPC gate. Site A holds 10,000 records (FIREBREAK_BENCH_COUCH_RECORDS: incidents, their
 * declaration entries and three notes each) and 50 evidence items describing 1 GiB (FIREBREAK_BENCH_COUCH_ITEMS ×
 * 20 MiB), of which 10 (FIREBREAK_BENCH_COUCH_CONTENT_ITEMS) have their 200 MiB of bytes on the server; A pushes
 * everything. Then, timed: the fresh installation B pulls every document (each revision judged, its signature
 * checked by the host, merged and written with audit entries) and fetches the 10 items' content on demand (hashed on
 * arrival, staged, stored); the baseline replicates the same documents, the content slices' attachments included.
 * B pulls with the app's own batch size (`PULL_BATCH_SIZE`, 1,000 changes a request and a write transaction; it
 * was 200 until December 2026); the baseline keeps PouchDB's `batch_size: 200, batches_limit: 10`.
 * Budget (issue 15): B's whole first replication within 2× the baseline.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { fetchContentFromServer } from '../../renderer/db/couch/contentOnDemand';
import { replicateOnce, type LiveSyncContext } from '../../renderer/db/couch/replicate';
import { pullChanges } from '../../renderer/db/couch/pull';
import { seedIncidents, type IncidentSeed } from '../../renderer/db/incidents/incidents';
import { addTrustedSigner } from '../../renderer/db/trust/trustedSigners';
import { writeTransaction } from '../../renderer/db/write';
import { hostRevisionKeys } from '../../renderer/features/couch/revisionKeys';
import { couchClient } from '../../shared/domain/couch/client';
import { couchContentStore } from '../../shared/domain/couch/content';
import { chunkCountFor, EVIDENCE_CHUNK_BYTES } from '../../shared/domain/evidence/evidence';
import { promptInjectionDraft } from '../fixtures/incidentDrafts';
import type { TestSite } from '../renderer/db/bundles/siteFixture';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../renderer/db/database';
import { actorOf, saveProfile } from '../../renderer/db/profile';
import { createServices } from '../../electron/services/createServices';
import { createDirectorySaveDialog } from '../../electron/services/directorySaveDialog';
import type { KeyStore } from '../../electron/services/signing/keyStore';
import { handleRequest, TRUSTED_SENDER } from '../../electron/ipc/handleRequest';
import type { FirebreakHostApi } from '../../shared/ipc/contract';
import { startCouchServer } from '../renderer/db/couch/couchServer';
import { finish, report } from './report';

const RECORDS = Number(process.env['FIREBREAK_BENCH_COUCH_RECORDS'] ?? 10_000);
const ITEMS = Number(process.env['FIREBREAK_BENCH_COUCH_ITEMS'] ?? 50);
const CONTENT_ITEMS = Number(process.env['FIREBREAK_BENCH_COUCH_CONTENT_ITEMS'] ?? 10);
const ITEM_BYTES = 20 * 1024 * 1024;
const MB = 1e6;

interface ReplicatingPouch {
  replicate: {
    from(source: string, options: { batch_size: number; batches_limit: number }): Promise<{ docs_written: number }>;
  };
  info(): Promise<{ doc_count: number }>;
}
const BaselinePouch = PouchDB.plugin(httpAdapter).plugin(memoryAdapter).plugin(replication) as unknown as new (
  name: string,
  options: { adapter: string },
) => ReplicatingPouch;

/**
 * The app's keys rest sealed by the OS keychain, opened in a millisecond; the unit tests' passphrase store runs
 * scrypt on every read (each host call), which would bill the benchmark for a cost the app does not have.
 */
function memoryKeyStore(): KeyStore {
  let secret: string | undefined;
  return {
    location: 'memory',
    protection: () => ({ kind: 'host' }),
    read: async () => secret,
    write: async (value) => {
      secret = value;
    },
  };
}

/** A site as `siteFixture.makeSite` makes one, with keys held as the app holds them (see `memoryKeyStore`). */
async function makeSite(siteCode: string, name: string): Promise<TestSite> {
  const root = await mkdtemp(join(tmpdir(), `firebreak-bench-couch-${siteCode}-`));
  const services = createServices({
    identity: { name: 'Firebreak', version: '0.0.0', platform: 'linux', host: 'test-host' },
    saveDialog: createDirectorySaveDialog(join(root, 'out')),
    trust: { keyStore: memoryKeyStore(), journalPath: join(root, 'journal.ndjson') },
    bundles: { ageKeyStore: memoryKeyStore(), stagingFolder: join(root, 'staging') },
  });
  const host: FirebreakHostApi = {
    invoke: (channel, request) => handleRequest(channel, request, TRUSTED_SENDER, services) as never,
  };
  const db = openDatabase(`firebreak-bench-couch-${siteCode}-${process.pid}`);
  const profile = await saveProfile(db, { name, role: 'Incident commander', siteCode });
  const dispose = async () => {
    await db.delete();
    await rm(root, { recursive: true, force: true });
  };
  return { db, actor: actorOf(profile), host, outputDir: join(root, 'out'), siteCode, dispose };
}

function say(text: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${text}`);
}

/** Deterministic bytes for content item `n` (so its SHA-256 is known before anything is stored). */
function contentOf(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(ITEM_BYTES);
  let state = (n + 1) * 2_654_435_761;
  for (let index = 0; index < bytes.length; index += 4) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[index] = state & 255;
    bytes[index + 1] = (state >> 8) & 255;
    bytes[index + 2] = (state >> 16) & 255;
    bytes[index + 3] = state >>> 24;
  }
  return bytes;
}

async function fingerprintOf(site: TestSite): Promise<string> {
  const identity = await site.host.invoke('bundles:identity', {});
  if (!identity.ok) throw new Error(identity.error.message);
  return identity.value.keyFingerprint;
}

function syncOf(site: TestSite, databaseUrl: string): LiveSyncContext {
  return {
    db: site.db,
    actor: site.actor,
    keys: hostRevisionKeys(site.host, { installationId: site.actor.nodeId, siteCode: site.siteCode }),
    client: couchClient({ url: databaseUrl }, fetch),
    databaseUrl,
    content: couchContentStore({ url: databaseUrl }, fetch),
  };
}

let failed = false;
const server = await startCouchServer('bench');
const sites: TestSite[] = [];
try {
  say(
    `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}; Node with fake-indexeddb (not Chromium)`,
  );
  const a = await makeSite('LON', 'Dana Reyes');
  const b = await makeSite('BER', 'Jonas Weber');
  sites.push(a, b);
  const [fa, fb] = [await fingerprintOf(a), await fingerprintOf(b)];
  for (const [site, fingerprint, code] of [
    [a, fb, 'BER'],
    [b, fa, 'LON'],
  ] as const)
    await addTrustedSigner(site.db, site.actor, {
      kind: 'ed25519-sha256',
      fingerprint,
      label: `Firebreak at ${code}`,
      reason: 'Benchmark sites.',
    });

  // Site A's work: incidents with their declaration entry and three notes (five records each), and evidence items.
  const incidents = Math.ceil(RECORDS / 5);
  const seeds: IncidentSeed[] = Array.from({ length: incidents }, (_, index) => ({
    draft: promptInjectionDraft({ title: `Benchmark incident ${index + 1}` }),
    declaredAt: '2026-11-20T09:00:00.000Z',
    entries: [1, 2, 3].map((minute) => ({
      kind: 'note' as const,
      text: `Benchmark note ${minute} on incident ${index + 1}: the gateway logged an injected instruction.`,
      occurredAt: `2026-11-20T09:0${minute}:00.000Z`,
    })),
  }));
  await seedIncidents(a.db, a.actor, seeds, { batchSize: 500 });
  const firstIncident = (await a.db.incidents.limit(1).first())!;
  const contents = Array.from({ length: CONTENT_ITEMS }, (_, n) => contentOf(n));
  const shas = Array.from({ length: ITEMS }, (_, n) =>
    n < CONTENT_ITEMS
      ? createHash('sha256').update(contents[n]!).digest('hex')
      : createHash('sha256').update(`described only ${n}`).digest('hex'),
  );
  const itemIds = await writeTransaction(a.db, a.actor, async (writer) =>
    shas.map((sha256, n) => {
      const item = writer.create('evidence', {
        subject: { kind: 'incident', id: firstIncident.id, ref: firstIncident.ref },
        kind: 'file',
        name: `capture-${n + 1}.pcap`,
        mediaType: 'application/vnd.tcpdump.pcap',
        size: ITEM_BYTES,
        sha256,
        acquiredAt: '2026-11-20T09:30:00.000Z',
        acquiredBy: 'Dana Reyes',
        source: { system: 'gateway', location: `gw-${n}`, method: 'tcpdump' },
        description: 'Traffic around the injection.',
        tags: ['pcap'],
        aiSystem: 'support-bot',
      });
      writer.custody(item.id, { action: 'acquired', reason: '', detail: 'gateway', itemHash: sha256 });
      return item.id;
    }),
  );
  const records = (await a.db.incidents.count()) + (await a.db.timeline.count()) + (await a.db.evidence.count());
  say(`site A holds ${records} records and ${ITEMS} items describing ${((ITEMS * ITEM_BYTES) / MB).toFixed(0)} MB`);

  const aSync = { ...syncOf(a, server.databaseUrl), content: undefined };
  let started = performance.now();
  const pushed = await replicateOnce(aSync);
  const pushMs = performance.now() - started;
  report({ name: 'couch-push-records-per-s', value: pushed.sent / (pushMs / 1000), unit: 'records/s' });
  // A's upload of the bytes it holds (from memory here; in the app `uploadHeldContent` reads them from IndexedDB).
  const store = couchContentStore({ url: server.databaseUrl }, fetch);
  started = performance.now();
  for (const [n, bytes] of contents.entries())
    for (let index = 0; index < chunkCountFor(bytes.byteLength); index += 1)
      await store.putChunk(
        shas[n]!,
        index,
        bytes.subarray(index * EVIDENCE_CHUNK_BYTES, (index + 1) * EVIDENCE_CHUNK_BYTES),
      );
  const uploadMs = performance.now() - started;
  const contentBytes = CONTENT_ITEMS * ITEM_BYTES;
  report({ name: 'couch-content-upload', value: contentBytes / MB / (uploadMs / 1000), unit: 'MB/s' });

  // Baseline: PouchDB's replicator copies the same documents (content attachments included) into a fresh PouchDB.
  const baseline = new BaselinePouch(`baseline-${process.pid}`, { adapter: 'memory' });
  started = performance.now();
  const copied = await baseline.replicate.from(server.databaseUrl, { batch_size: 200, batches_limit: 10 });
  const baselineMs = performance.now() - started;
  say(`baseline: PouchDB replicated ${copied.docs_written} documents in ${(baselineMs / 1000).toFixed(1)} s`);

  // Firebreak: the fresh installation B pulls everything, then fetches the content of the items that have it.
  const bSync = syncOf(b, server.databaseUrl);
  started = performance.now();
  const pulled = await pullChanges(bSync);
  const pullMs = performance.now() - started;
  const fetchStarted = performance.now();
  for (const itemId of itemIds.slice(0, CONTENT_ITEMS))
    await fetchContentFromServer(b.db, b.actor, bSync.content!, itemId, { serverName: 'bench' });
  const fetchMs = performance.now() - fetchStarted;
  const totalMs = performance.now() - started;
  if (pulled.quarantined > 0 || pulled.applied !== pulled.received)
    throw new Error(`B quarantined ${pulled.quarantined} of ${pulled.received} revisions.`);
  if ((await b.db.evidenceContent.count()) !== CONTENT_ITEMS) throw new Error('B did not store every content.');
  say(
    `Firebreak: B applied ${pulled.applied} revisions in ${(pullMs / 1000).toFixed(1)} s, fetched ` +
      `${(contentBytes / MB).toFixed(0)} MB in ${(fetchMs / 1000).toFixed(1)} s`,
  );
  report({ name: 'couch-first-replication-pull', value: pulled.applied / (pullMs / 1000), unit: 'records/s' });
  report({ name: 'couch-first-replication-content', value: contentBytes / MB / (fetchMs / 1000), unit: 'MB/s' });
  report({
    name: 'couch-first-replication-docs-per-s',
    value: (pulled.received + contentBytes / EVIDENCE_CHUNK_BYTES) / (totalMs / 1000),
    unit: 'docs/s',
    baseline: copied.docs_written / (baselineMs / 1000),
  });
  report({
    name: 'couch-first-replication-total',
    value: totalMs / 1000,
    unit: 's',
    baseline: baselineMs / 1000,
    budget: (2 * baselineMs) / 1000,
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
  for (const site of sites) await site.dispose();
  await server.stop();
  finish(failed);
}
