/**
 * Import's data side. The host has decrypted and verified the bundle (`renderer/features/bundles/receiveBundle.ts`
 * uploads it and asks); here: read and validate every line against the shared schemas (`readBundlePayload`); judge the signer against the trusted
 * signers; compute the preview with the same per-record plan the apply uses; then apply. Evidence not stored here is
 * staged first as chunks under an intake id (removed at next start if the page dies) and hashed; the records, sync
 * states, custody events, content rows and audit entries are then written in ONE write transaction, which is also
 * what turns the staged chunks into content. A failure or a kill at any moment before that commit leaves every
 * table as it was.
 */
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import type { BundleOpenResult } from '../../../shared/domain/bundles/ipc';
import { bundleManifestSchema } from '../../../shared/domain/bundles/manifest';
import {
  BUNDLE_RECORD_TABLES,
  BundleContentError,
  checkBundleCoherence,
  CUSTODY_TABLE,
  readCustodyEvents,
  readRecordStatesInSlices,
  type BundleTable,
} from '../../../shared/domain/bundles/payload';
import type { EntityName } from '../../../shared/domain/capabilities';
import type { CustodyEvent } from '../../../shared/domain/evidence/custody';
import { EVIDENCE_CHUNK_BYTES, chunkCountFor } from '../../../shared/domain/evidence/evidence';
import { uuidv7 } from '../../../shared/domain/ids';
import type { RecordMeta } from '../../../shared/domain/record';
import { planRecord, type RecordPlan } from '../../../shared/domain/sync/importPlan';
import type { RecordSyncState } from '../../../shared/domain/sync/syncState';
import { materialize } from '../../../shared/domain/sync/syncState';
import { nowIso } from '../../../shared/domain/time';
import {
  bundleStorageFit,
  bundleStorageRefusal,
  type BundleStorageFit,
  type StorageEstimateLike,
} from '../../../shared/domain/bundles/storageFit';
import { trustedSignerDraftSchema } from '../../../shared/domain/trust/trustedSigner';
import { ExplainedError, parseOrRefuse } from '../../../shared/errors';
import { formatFingerprint } from '../../../shared/reports/trust';
import type { Table } from 'dexie';
import { readAuditHead } from '../auditTrail';
import type { FirebreakDatabase } from '../database';
import {
  CHUNKS_IN_FLIGHT,
  CHUNKS_READ_AHEAD,
  discardIntake,
  forEachChunkInOrder,
  sha256InThisThread,
  WorkWindow,
  type ChunkHasher,
} from '../evidence/evidenceContent';
import { liveTrustedSigners } from '../trust/trustedSigners';
import { writeTransaction, type Actor } from '../write';
import { bulkPutInSlices, yieldToPage } from '../slicedWrites';
import { getByKeys } from './readMany';
import { syncStateKey } from './storage';

type StoredRecord = RecordMeta & Record<string, unknown>;

export interface BundlePayload {
  readonly importId: string;
  readonly opened: BundleOpenResult;
  readonly states: ReadonlyMap<BundleTable, readonly RecordSyncState[]>;
  readonly custody: readonly CustodyEvent[];
}

/**
 * Every line of every records file, validated, with pauses for the page between slices of lines; evidence items must
 * have their content in the bundle.
 */
export async function readBundlePayload(opened: BundleOpenResult): Promise<Pick<BundlePayload, 'states' | 'custody'>> {
  const manifest = bundleManifestSchema.safeParse(opened.manifest);
  if (!manifest.success) throw new BundleContentError('The host returned a manifest Firebreak does not read.');
  const states = new Map<BundleTable, RecordSyncState[]>();
  let custody: CustodyEvent[] = [];
  for (const file of opened.records) {
    if (file.table === CUSTODY_TABLE) custody = readCustodyEvents(file.text, file.count);
    else
      states.set(
        file.table as BundleTable,
        await readRecordStatesInSlices(file.table, file.text, file.count, yieldToPage),
      );
  }
  checkBundleCoherence(states.get('evidence') ?? [], custody, manifest.data.entries);
  return { states, custody };
}

export type TrustVerdict = 'own' | 'trusted' | 'unknown';

export async function signerVerdict(
  db: FirebreakDatabase,
  opened: BundleOpenResult,
  ownFingerprint: string | undefined,
): Promise<TrustVerdict> {
  if (opened.signer.fingerprint === ownFingerprint) return 'own';
  const signers = await liveTrustedSigners(db);
  return signers.some((signer) => signer.kind === 'ed25519-sha256' && signer.fingerprint === opened.signer.fingerprint)
    ? 'trusted'
    : 'unknown';
}

export interface TablePreview {
  added: number;
  updated: number;
  unchanged: number;
  inConflict: number;
}

export interface ImportPreview {
  readonly tables: Readonly<Record<string, TablePreview>>;
  /** Per incident (reference and title as the bundle has them): what happens to it and its records. */
  readonly incidents: readonly {
    readonly id: string;
    readonly ref: string;
    readonly title: string;
    readonly outcome: string;
    readonly conflicts: number;
  }[];
  readonly evidenceToStore: { readonly count: number; readonly bytes: number };
  readonly custodyEventsNew: number;
  /** What the import will take against what the browser says is free. */
  readonly storage: BundleStorageFit;
}

/** The browser's storage estimate (`navigator.storage.estimate()`); empty when it does not say. */
export type StorageEstimator = () => Promise<StorageEstimateLike>;

export const browserStorageEstimate: StorageEstimator = async () => {
  try {
    return (await globalThis.navigator?.storage?.estimate?.()) ?? {};
  } catch {
    return {};
  }
};

function recordBytesOf(payload: Pick<BundlePayload, 'opened'>): number {
  return payload.opened.manifest.entries
    .filter((entry) => entry.name.startsWith('records/'))
    .reduce((sum, entry) => sum + entry.size, 0);
}

/** Refuses in words (with how much to free) when the bundle does not fit; otherwise says what it takes. */
async function checkStorage(
  db: FirebreakDatabase,
  payload: Pick<BundlePayload, 'opened'>,
  estimate: StorageEstimator,
): Promise<BundleStorageFit> {
  const needed = await contentsToStore(db, payload);
  const need = {
    evidenceBytes: [...needed.values()].reduce((sum, size) => sum + size, 0),
    recordBytes: recordBytesOf(payload),
  };
  const estimated = await estimate();
  const refusal = bundleStorageRefusal(need, estimated);
  if (refusal) throw new ExplainedError(refusal);
  return bundleStorageFit(need, estimated);
}

const ENTITY_OF = new Map<string, EntityName>(BUNDLE_RECORD_TABLES.map(({ table, entity }) => [table, entity]));

interface PlannedRecord {
  readonly table: BundleTable;
  readonly entity: EntityName;
  readonly plan: RecordPlan;
  readonly before: StoredRecord | undefined;
}

async function plansOf(db: FirebreakDatabase, payload: Pick<BundlePayload, 'states'>): Promise<PlannedRecord[]> {
  const plans: PlannedRecord[] = [];
  for (const [table, states] of payload.states) {
    const entity = ENTITY_OF.get(table)!;
    const ids = states.map((state) => state.id);
    const [records, stored] = await Promise.all([
      getByKeys(db.table(table) as Table<StoredRecord, string>, ids, (row) => row.id),
      getByKeys(
        db.syncStates,
        ids.map((id) => syncStateKey(entity, id)),
        (state) => state.key,
      ),
    ]);
    states.forEach((remote, index) => {
      const before = records[index];
      const stateBefore = stored[index];
      const plan = planRecord(entity, before, stateBefore ? stripKey(stateBefore) : undefined, remote);
      plans.push({ table, entity, plan, before });
    });
  }
  return plans;
}

/**
 * What a plan rests on: the audit log's head. Every write that can change what a plan read moves it — records go
 * through the one audited writer, and sync states are written beside them (imports, conflict resolutions, exports,
 * live-sync pulls), all in audited write transactions; the one unaudited sync-state write (live sync's push storing
 * caught-up states) stores exactly the state `planRecord` computes from the record anyway.
 */
async function planBasis(db: FirebreakDatabase): Promise<string> {
  const head = await readAuditHead(db.meta);
  return `${head.seq}:${head.hash}`;
}

interface PlannedImport {
  readonly db: FirebreakDatabase;
  readonly basis: string;
  readonly plans: readonly PlannedRecord[];
}

/** The preview's plans, kept for the apply of the same payload while the database has not changed since. */
const plannedImports = new WeakMap<BundlePayload, PlannedImport>();

/** Plans every record in one read transaction, with the audit head they rest on. */
async function planImport(db: FirebreakDatabase, payload: BundlePayload): Promise<PlannedImport> {
  const tables = [...payload.states.keys()].map((table) => db.table(table));
  return db.transaction('r', [...tables, db.syncStates, db.meta], async () => {
    const basis = await planBasis(db);
    return { db, basis, plans: await plansOf(db, payload) };
  });
}

function stripKey(state: RecordSyncState & { key?: string }): RecordSyncState {
  const { key: _key, ...rest } = state;
  return rest;
}

function custodyKey(event: Pick<CustodyEvent, 'at' | 'actor' | 'action' | 'detail' | 'itemHash' | 'reason'>): string {
  const { at, actor, action, detail, itemHash, reason } = event;
  return canonicalJson({ at, actor, action, detail, itemHash, reason });
}

async function newCustodyEvents(db: FirebreakDatabase, custody: readonly CustodyEvent[]): Promise<CustodyEvent[]> {
  const byItem = new Map<string, CustodyEvent[]>();
  for (const event of custody) byItem.set(event.itemId, [...(byItem.get(event.itemId) ?? []), event]);
  const fresh: CustodyEvent[] = [];
  for (const [itemId, events] of byItem) {
    const local = await db.custody.where('[itemId+seq]').between([itemId, 0], [itemId, Infinity]).toArray();
    const known = new Set(local.map(custodyKey));
    for (const event of [...events].sort((a, b) => a.seq - b.seq)) if (!known.has(custodyKey(event))) fresh.push(event);
  }
  return fresh;
}

async function contentsToStore(db: FirebreakDatabase, payload: Pick<BundlePayload, 'opened'>) {
  const needed = new Map<string, number>();
  for (const entry of payload.opened.manifest.entries) {
    if (!entry.name.startsWith('evidence/')) continue;
    if (!(await db.evidenceContent.get(entry.sha256))) needed.set(entry.sha256, entry.size);
  }
  return needed;
}

/** What importing would do; refuses in words when the bundle does not fit in this device's storage. */
export async function previewImport(
  db: FirebreakDatabase,
  payload: BundlePayload,
  estimate: StorageEstimator = browserStorageEstimate,
): Promise<ImportPreview> {
  const storage = await checkStorage(db, payload, estimate);
  const planned = await planImport(db, payload);
  plannedImports.set(payload, planned);
  const { plans } = planned;
  const tables: Record<string, TablePreview> = {};
  const incidents: ImportPreview['incidents'][number][] = [];
  for (const { table, plan } of plans) {
    const row = (tables[table] ??= { added: 0, updated: 0, unchanged: 0, inConflict: 0 });
    row[plan.outcome === 'added' ? 'added' : plan.outcome === 'updated' ? 'updated' : 'unchanged'] += 1;
    if (plan.newConflicts.length > 0) row.inConflict += 1;
    if (table === 'incidents') {
      const incident = materialize(plan.state) as StoredRecord & { ref: string; title: string };
      incidents.push({
        id: incident.id,
        ref: incident.ref,
        title: incident.title,
        outcome: plan.outcome === 'unchanged' ? 'already present' : plan.outcome,
        conflicts: plan.newConflicts.length,
      });
    }
  }
  const needed = await contentsToStore(db, payload);
  return {
    tables,
    incidents,
    evidenceToStore: { count: needed.size, bytes: [...needed.values()].reduce((sum, size) => sum + size, 0) },
    custodyEventsNew: (await newCustodyEvents(db, payload.custody)).length,
    storage,
  };
}

interface StagedImportContent {
  readonly sha256: string;
  readonly chunksId: string;
  readonly size: number;
  readonly chunkCount: number;
}

/** `bytes` as an ArrayBuffer of its own (what a chunk row and a transferring hasher take), copied only if it shares one. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : (bytes.slice().buffer as ArrayBuffer);
}

/**
 * Copies evidence the database lacks into chunks under one intake id, hashing as it goes — the intake's pipeline
 * (`evidenceContent.ts`): the next chunks are read from the host (`CHUNKS_READ_AHEAD`) while earlier ones are hashed,
 * in order, and written (at most `CHUNKS_IN_FLIGHT`), so about five 8 MiB chunks are held at once whatever the size.
 */
async function stageEvidence(
  db: FirebreakDatabase,
  readEvidence: EvidenceReader,
  payload: BundlePayload,
  intakeId: string,
  hasherOf: () => Promise<ChunkHasher>,
  onProgress: (done: number, total: number) => void,
): Promise<StagedImportContent[]> {
  const needed = await contentsToStore(db, payload);
  const total = [...needed.values()].reduce((sum, size) => sum + size, 0);
  await db.evidenceIntakes.add({
    intakeId,
    startedAt: nowIso(),
    fileName: `bundle ${payload.opened.manifest.bundleId}`,
  });
  const staged: StagedImportContent[] = [];
  let done = 0;
  let contentIndex = 0;
  for (const [sha256, size] of needed) {
    const chunksId = `${intakeId}-${contentIndex}`;
    contentIndex += 1;
    const hasher = await hasherOf();
    const work = new WorkWindow(CHUNKS_IN_FLIGHT);
    try {
      const chunkCount = chunkCountFor(size);
      const lengthOf = (index: number) => Math.min(EVIDENCE_CHUNK_BYTES, size - index * EVIDENCE_CHUNK_BYTES);
      await forEachChunkInOrder(
        chunkCount,
        (index) => readEvidence(sha256, index * EVIDENCE_CHUNK_BYTES, lengthOf(index)),
        async (bytes, index) => {
          if (bytes.byteLength !== lengthOf(index))
            throw new BundleContentError('An evidence file in the bundle is shorter than its record says; nothing was imported.');
          // Counted before the hasher takes the buffer: a worker-backed hasher transfers (detaches) it.
          const length = bytes.byteLength;
          // The hasher is fed here, in index order; the row is written once its bytes are hashed.
          const hashed = hasher.update(ownBuffer(bytes));
          await work.add(hashed.then((data) => db.evidenceChunks.put({ chunksId, index, data })));
          done += length;
          onProgress(done, total);
        },
        { ahead: CHUNKS_READ_AHEAD },
      );
      await work.drain();
      if ((await hasher.digest()) !== sha256)
        throw new BundleContentError(
          'An evidence file in the bundle does not match its SHA-256; nothing was imported.',
        );
      staged.push({ sha256, chunksId, size, chunkCount });
    } catch (error) {
      await work.settle();
      throw error;
    } finally {
      hasher.close();
    }
  }
  return staged;
}

/** Reads `length` bytes at `offset` of an evidence file in the verified bundle (the host's staged copy). */
export type EvidenceReader = (sha256: string, offset: number, length: number) => Promise<Uint8Array>;

export interface ImportOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly hasher?: () => Promise<ChunkHasher>;
  /** This installation's own bundle key fingerprint (`bundles:identity`): its own bundles need no trusted signer. */
  readonly ownFingerprint?: string;
  /**
   * Trust the bundle's signer in the same audited write as the import (the person said "Trust and continue" after
   * comparing the fingerprint): the trusted-signer record exists only if the import commits.
   */
  readonly trustSigner?: { readonly reason: string };
  readonly storageEstimate?: StorageEstimator;
}

export interface ImportResult {
  readonly added: number;
  readonly updated: number;
  readonly conflicts: number;
  /** Whether the apply used the preview's plans (nothing was written between them) instead of planning again. */
  readonly planReused: boolean;
}

/** Applies a verified, previewed bundle: evidence staged, then everything in one write transaction. */
export async function applyImport(
  db: FirebreakDatabase,
  actor: Actor,
  readEvidence: EvidenceReader,
  payload: BundlePayload,
  options: ImportOptions = {},
): Promise<ImportResult> {
  // Refusals that need no write come first: an untrusted signer, a bundle that does not fit.
  await signerAllowed(db, payload, options);
  await checkStorage(db, payload, options.storageEstimate ?? browserStorageEstimate);
  const intakeId = uuidv7();
  let staged: StagedImportContent[] = [];
  try {
    staged = await stageEvidence(
      db,
      readEvidence,
      payload,
      intakeId,
      options.hasher ?? sha256InThisThread,
      options.onProgress ?? (() => undefined),
    );
    const result = await writeTransaction(db, actor, async (writer) => {
      // Again inside the transaction: a signer removed while the evidence was staged stops the import here.
      if (!(await signerAllowed(db, payload, options))) {
        const { signer } = payload.opened;
        const draft = parseOrRefuse(trustedSignerDraftSchema, 'trusted signer', {
          kind: 'ed25519-sha256',
          fingerprint: signer.fingerprint,
          label: `Site ${signer.siteCode} (installation ${signer.installationId})`,
          reason: options.trustSigner!.reason,
        });
        writer.create('trustedSigner', { ...draft, removedReason: null });
      }
      return writeImport(db, writer, payload, staged, intakeId);
    });
    return result;
  } catch (error) {
    await discardStaged(db, intakeId, staged);
    throw error;
  }
}

/**
 * True when the signer is this installation or a live trusted signer; false when it is not but the caller asked to
 * trust it in this import; otherwise refuses in words, before anything is written.
 */
async function signerAllowed(
  db: FirebreakDatabase,
  payload: Pick<BundlePayload, 'opened'>,
  options: Pick<ImportOptions, 'ownFingerprint' | 'trustSigner'>,
): Promise<boolean> {
  const verdict = await signerVerdict(db, payload.opened, options.ownFingerprint);
  if (verdict !== 'unknown') return true;
  if (options.trustSigner) return false;
  const { signer } = payload.opened;
  throw new ExplainedError(
    `This bundle is signed by a key this site does not trust (${formatFingerprint(signer.fingerprint)}, site ` +
      `${signer.siteCode}). Compare its fingerprint with the sender and trust it first; nothing was imported.`,
  );
}

async function discardStaged(db: FirebreakDatabase, intakeId: string, staged: readonly StagedImportContent[]) {
  for (const content of staged) await discardIntake(db, content.chunksId);
  await discardIntake(db, intakeId);
  // Chunks of a content that failed mid-way carry the next index's chunks id.
  await discardIntake(db, `${intakeId}-${staged.length}`);
}

async function writeImport(
  db: FirebreakDatabase,
  writer: Parameters<Parameters<typeof writeTransaction>[2]>[0],
  payload: BundlePayload,
  staged: readonly StagedImportContent[],
  intakeId: string,
): Promise<ImportResult> {
  const { manifest } = payload.opened;
  // The preview's plans stand when nothing was written since they were made (same database, same audit head, read
  // in this transaction); otherwise every record is planned again here, against what the transaction sees.
  const remembered = plannedImports.get(payload);
  const planReused = remembered?.db === db && remembered.basis === (await planBasis(db));
  const plans = planReused ? remembered.plans : await plansOf(db, payload);
  let added = 0;
  let updated = 0;
  let conflicts = 0;
  const syncRows = [];
  for (const { entity, plan, before } of plans) {
    if (plan.record) {
      writer.putMerged(entity, plan.record, before ? 'update' : 'create');
      if (before) updated += 1;
      else added += 1;
    }
    conflicts += plan.newConflicts.length;
    if (plan.stateChanged) syncRows.push({ ...plan.state, key: syncStateKey(entity, plan.state.id) });
  }
  if (syncRows.length > 0) await bulkPutInSlices(db.syncStates, syncRows);
  for (const content of staged)
    writer.content({
      sha256: content.sha256,
      chunksId: content.chunksId,
      size: content.size,
      chunkBytes: EVIDENCE_CHUNK_BYTES,
      chunkCount: content.chunkCount,
      storedAt: writer.now,
    });
  await db.evidenceIntakes.delete(intakeId);
  const freshCustody = await newCustodyEvents(db, payload.custody);
  // A bundle that brings nothing new (a re-import) writes nothing at all: every table stays byte-identical.
  if (added + updated + syncRows.length + staged.length + freshCustody.length === 0)
    return { added, updated, conflicts, planReused };
  const touchedItems = new Set(freshCustody.map((event) => event.itemId));
  for (const { entity, plan } of plans) if (entity === 'evidence' && plan.record) touchedItems.add(plan.state.id);
  for (const event of freshCustody) {
    const { seq: _seq, prevHash: _prev, hash: _hash, itemId, ...content } = event;
    writer.custodyAsRecorded(itemId, content);
  }
  for (const state of payload.states.get('evidence') ?? []) {
    const item = materialize(state) as StoredRecord & { sha256: string };
    if (!touchedItems.has(item.id)) continue;
    writer.custody(item.id, {
      action: 'transferred',
      reason: '',
      detail: `Imported from bundle ${manifest.bundleId}, site ${manifest.sender.siteCode}`,
      itemHash: item.sha256,
    });
  }
  const counts = manifest.counts;
  const entry = {
    bundleId: manifest.bundleId,
    direction: 'imported' as const,
    at: writer.now,
    siteCode: manifest.sender.siteCode,
    counts,
    evidenceBytes: staged.reduce((sum, content) => sum + content.size, 0),
    keyFingerprint: payload.opened.signer.fingerprint,
  };
  writer.note('bundle', manifest.bundleId, 'update', { ...entry, added, updated, conflicts });
  writer.note('bundleCheckpoint', manifest.bundleId, 'create', {
    manifestSha256: payload.opened.manifestSha256,
    sender: manifest.sender,
    hlcRange: manifest.hlcRange,
  });
  await db.bundleLog.put(entry);
  return { added, updated, conflicts, planReused };
}
