/**
 * Live sync, server → this installation. Reads `_changes` from the checkpoint on, fetches the leaf revisions not seen
 * here (`_bulk_get` with their ancestry), and judges each: a revision that is not Firebreak's shape, unsigned, signed
 * by an installation this site does not trust, or whose signature does not match is quarantined, never applied. The
 * accepted revisions of a document are joined into the local sync state with the bundles' merge (`planRecord`), so
 * concurrent edits become the same conflicts as with bundles, and written in ONE write transaction per batch with an
 * audit entry per received revision. The checkpoint moves only after that commit, here and in the server's `_local`.
 */
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { ENTITIES, type EntityName } from '../../../shared/domain/capabilities';
import type { CouchClient } from '../../../shared/domain/couch/client';
import { REVISIONS_PER_HOST_CALL } from '../../../shared/domain/couch/ipc';
import { isContentDocId } from '../../../shared/domain/couch/content';
import type { CouchContentStore } from '../../../shared/domain/couch/content';
import { isCustodyDocId, type CouchCustodyDoc } from '../../../shared/domain/couch/custodyDoc';
import {
  couchRecordDocSchema,
  parseCouchDocId,
  plainCouchRecordDoc,
  signedContentOfJson,
  type CouchRecordDoc,
  type RevisionSignature,
} from '../../../shared/domain/couch/revision';
import { sha256Hex } from '../../../shared/domain/hash';
import type { RecordMeta } from '../../../shared/domain/record';
import { planRecord } from '../../../shared/domain/sync/importPlan';
import { joinStates } from '../../../shared/domain/sync/merge';
import {
  materialize,
  materializedJson,
  syncStateJson,
  type RecordSyncState,
} from '../../../shared/domain/sync/syncState';
import { parseEntityRecord, rememberRecordOfState } from '../../../shared/domain/validatedRecords';
import type { ZodError } from 'zod';
import { describeZodError } from '../../../shared/errors';
import { withoutKey } from '../bundles/collect';
import { syncStateKey } from '../bundles/storage';
import type { FirebreakDatabase } from '../database';
import { liveTrustedSigners } from '../trust/trustedSigners';
import { writeTransaction, type Actor } from '../write';
import { LIVE_SYNC_TABLES, replicationIdOf, type LiveSyncTable } from './liveSyncTables';
import { applyCustodyRevisions, readCustodyRevision, signedOfCustody } from './custodyRevisions';
import type { CouchDocRow, CouchLeaf, QuarantinedRevision } from './storage';

type StoredRecord = RecordMeta & Record<string, unknown>;

/**
 * The installation key's two services, which live in the host (the features layer reaches them over IPC: the
 * `couch:signRevisions` and `couch:verifyRevisions` channels).
 */
export interface RevisionKeys {
  /** Signs each content with this installation's key. */
  sign(contents: readonly string[]): Promise<readonly RevisionSignature[]>;
  /** Per revision: null when its signature holds, else what is wrong; and this installation's own fingerprint. */
  verify(
    revisions: readonly { content: string; signature: RevisionSignature }[],
  ): Promise<{ problems: readonly (string | null)[]; ownFingerprint: string | null }>;
}

export interface LiveSyncContext {
  readonly db: FirebreakDatabase;
  readonly actor: Actor;
  readonly keys: RevisionKeys;
  readonly client: CouchClient;
  readonly databaseUrl: string;
  /**
   * Changes read per request and applied per write transaction (default `PULL_BATCH_SIZE`), and revisions written
   * per push batch (default 200).
   */
  readonly batchSize?: number;
  /** Where evidence content goes and comes from (`content.ts`); without it no content is uploaded. */
  readonly content?: CouchContentStore;
}

export interface PullResult {
  readonly received: number;
  readonly applied: number;
  readonly conflicts: number;
  readonly quarantined: number;
}

export interface Fetched {
  readonly docId: string;
  readonly rev: string;
  readonly ancestors: readonly string[];
  readonly body: Record<string, unknown>;
}

export type Judged =
  | { readonly kind: 'deleted'; readonly fetched: Fetched }
  | { readonly kind: 'custody'; readonly fetched: Fetched; readonly doc: CouchCustodyDoc }
  | {
      readonly kind: 'accepted';
      readonly fetched: Fetched;
      readonly doc: CouchRecordDoc;
      readonly table: LiveSyncTable;
      /** `canonicalJson(doc.sync)`, made once: the signed content holds it, and the synced digest hashes it. */
      readonly syncJson: string;
      /** What its signature must hold (`signedContentOf`). */
      readonly signedContent: string;
    }
  | { readonly kind: 'quarantined'; readonly fetched: Fetched; readonly row: QuarantinedRevision };

function ancestorsOf(body: Record<string, unknown>): string[] {
  const revisions = body._revisions as { start?: unknown; ids?: unknown } | undefined;
  if (!revisions || typeof revisions.start !== 'number' || !Array.isArray(revisions.ids)) return [];
  const { start, ids } = revisions as { start: number; ids: unknown[] };
  return ids.slice(1).flatMap((id, index) => (typeof id === 'string' ? [`${start - index - 1}-${id}`] : []));
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 200 ? value : null;
}

function labelOf(record: unknown, docId: string): string {
  const value = (record ?? {}) as Record<string, unknown>;
  if (typeof value.ref === 'string') return `${value.ref} ${text(value.title) ?? ''}`.trim().slice(0, 200);
  if (typeof value.name === 'string') return value.name.slice(0, 200);
  if (typeof value.title === 'string') return value.title.slice(0, 200);
  return docId.slice(0, 200);
}

export function quarantine(fetched: Fetched, reason: string, receivedAt: string): Judged {
  const body = fetched.body;
  const signature = (typeof body.signature === 'object' && body.signature !== null ? body.signature : {}) as Record<
    string,
    unknown
  >;
  const sync = (typeof body.sync === 'object' && body.sync !== null ? body.sync : {}) as { last?: { by?: unknown } };
  return {
    kind: 'quarantined',
    fetched,
    row: {
      key: `${fetched.docId}@${fetched.rev}`,
      docId: fetched.docId,
      rev: fetched.rev,
      receivedAt,
      reason,
      claimedInstallation: text(signature.installationId),
      claimedSite: text(signature.siteCode),
      claimedFingerprint: text(signature.fingerprint),
      claimedAuthor: text(sync.last?.by),
      label: labelOf(body.record, fetched.docId),
    },
  };
}

/**
 * Quarantines a body its schema refused: unsigned, or not the shape of `what` Firebreak reads (with the schema's
 * reason in words).
 */
export function misshapen(fetched: Fetched, what: string, error: ZodError, receivedAt: string): Judged {
  const unsigned = typeof fetched.body.signature !== 'object' || fetched.body.signature === null;
  return quarantine(
    fetched,
    unsigned
      ? 'It carries no signature, so nobody vouches for it.'
      : `It is not ${what} Firebreak reads: ${describeZodError(error)}`,
    receivedAt,
  );
}

const TABLE_OF = new Map<string, LiveSyncTable>(LIVE_SYNC_TABLES.map(({ table, entity }) => [entity, table]));

/** The shape checks; the signature and the signer are judged after, in one host call per batch. */
function readRevision(fetched: Fetched, receivedAt: string): Judged {
  if (fetched.body._deleted === true) return { kind: 'deleted', fetched };
  const custody = readCustodyRevision(fetched, receivedAt);
  if (custody) return custody;
  // Nearly every body passes the lean read; the schema reads the rest and words every refusal.
  let doc = plainCouchRecordDoc(fetched.body);
  if (!doc) {
    const parsed = couchRecordDocSchema.safeParse({ ...fetched.body, _revisions: undefined });
    if (!parsed.success) return misshapen(fetched, 'a revision', parsed.error, receivedAt);
    doc = parsed.data;
  }
  const named = parseCouchDocId(doc._id);
  const table = named ? TABLE_OF.get(named.entity) : undefined;
  if (!named || !table)
    return quarantine(fetched, 'It is a kind of record live sync does not carry (yet).', receivedAt);
  if (doc.sync.entity !== named.entity || doc.sync.id !== named.id)
    return quarantine(fetched, 'Its sync state belongs to another record than its document id names.', receivedAt);
  const recordJson = materializedJson(doc.sync);
  if (recordJson !== canonicalJson(doc.record))
    return quarantine(fetched, 'Its record is not the one its sync state makes.', receivedAt);
  const entity = named.entity as EntityName;
  const valid = parseEntityRecord(entity, ENTITIES[entity].schema, materialize(doc.sync));
  if (!valid.success)
    return quarantine(fetched, `Its record is not valid: ${describeZodError(valid.error)}`, receivedAt);
  // A record new here is stored as this very object (`planRecord`), which the writer then need not parse again.
  rememberRecordOfState(doc.sync, valid.data as object);
  const syncJson = syncStateJson(doc.sync);
  return {
    kind: 'accepted',
    fetched,
    doc,
    table,
    syncJson,
    signedContent: signedContentOfJson(doc._id, recordJson, syncJson),
  };
}

async function judgeSignatures(ctx: LiveSyncContext, judged: Judged[], receivedAt: string): Promise<Judged[]> {
  const accepted = judged.flatMap((entry, index) =>
    entry.kind === 'accepted' || entry.kind === 'custody' ? [{ entry, index }] : [],
  );
  if (accepted.length === 0) return judged;
  const revisions = accepted.map(({ entry }) =>
    entry.kind === 'custody'
      ? signedOfCustody(entry.doc)
      : { content: entry.signedContent, signature: entry.doc.signature },
  );
  // A batch's changes may carry more leaves than one host call takes (documents in conflict).
  const verdicts = await Promise.all(
    Array.from({ length: Math.ceil(revisions.length / REVISIONS_PER_HOST_CALL) }, (_, call) =>
      ctx.keys.verify(revisions.slice(call * REVISIONS_PER_HOST_CALL, (call + 1) * REVISIONS_PER_HOST_CALL)),
    ),
  );
  const problems = verdicts.flatMap((verdict) => verdict.problems);
  const ownFingerprint = verdicts[0]!.ownFingerprint;
  const trusted = new Set(
    (await liveTrustedSigners(ctx.db))
      .filter((signer) => signer.kind === 'ed25519-sha256')
      .map((signer) => signer.fingerprint),
  );
  const result = [...judged];
  accepted.forEach(({ entry, index }, position) => {
    const problem = problems[position];
    const { fingerprint } = entry.doc.signature;
    if (problem) result[index] = quarantine(entry.fetched, problem, receivedAt);
    else if (fingerprint !== ownFingerprint && !trusted.has(fingerprint))
      result[index] = quarantine(
        entry.fetched,
        `It is signed by an installation this site does not trust (key ${fingerprint.slice(0, 16)}…). ` +
          'Add its key in Settings → Trusted signers if you know it.',
        receivedAt,
      );
  });
  return result;
}

function updatedRow(row: CouchDocRow | undefined, docId: string, entries: readonly Judged[]): CouchDocRow {
  const seen = new Set(row?.seen ?? []);
  let leaves: CouchLeaf[] = [...(row?.leaves ?? [])];
  for (const { kind, fetched } of entries) {
    seen.add(fetched.rev);
    // A quarantined revision does not replace the revision it claims to descend from: this site builds on that one.
    const ancestors = new Set(kind === 'quarantined' ? [] : fetched.ancestors);
    leaves = leaves.filter((leaf) => !ancestors.has(leaf.rev) && leaf.rev !== fetched.rev);
    leaves.push({ rev: fetched.rev, deleted: kind === 'deleted', applied: kind === 'accepted' || kind === 'custody' });
  }
  return { docId, leaves, seen: [...seen], syncedDigest: row?.syncedDigest ?? null };
}

/** The batch's document rows, the records its accepted revisions touch and their sync states, keyed. */
async function readBatch(db: FirebreakDatabase, byDoc: ReadonlyMap<string, readonly Judged[]>) {
  const docIds = [...byDoc.keys()];
  const idsByTable = new Map<LiveSyncTable, { entity: string; id: string }[]>();
  for (const entries of byDoc.values()) {
    const first = entries.find((entry) => entry.kind === 'accepted');
    if (first?.kind !== 'accepted') continue;
    const named = parseCouchDocId(first.fetched.docId)!;
    idsByTable.set(first.table, [...(idsByTable.get(first.table) ?? []), named]);
  }
  const stateKeys = [...idsByTable.values()].flat().map(({ entity, id }) => syncStateKey(entity, id));
  const [rowList, stateList, ...recordLists] = await Promise.all([
    db.couchDocs.bulkGet(docIds),
    db.syncStates.bulkGet(stateKeys),
    ...[...idsByTable].map(
      ([table, named]) => db.table(table).bulkGet(named.map(({ id }) => id)) as Promise<(StoredRecord | undefined)[]>,
    ),
  ]);
  const records = new Map<string, StoredRecord | undefined>();
  [...idsByTable].forEach(([table, named], index) =>
    named.forEach(({ id }, position) => records.set(`${table}/${id}`, recordLists[index]![position])),
  );
  return {
    rows: new Map(docIds.map((docId, index) => [docId, rowList[index]])),
    records,
    states: new Map(stateKeys.map((key, index) => [key, stateList[index]])),
  };
}

async function applyBatch(ctx: LiveSyncContext, judged: readonly Judged[]): Promise<Omit<PullResult, 'received'>> {
  const { db } = ctx;
  const byDoc = new Map<string, Judged[]>();
  for (const entry of judged) byDoc.set(entry.fetched.docId, [...(byDoc.get(entry.fetched.docId) ?? []), entry]);
  return writeTransaction(db, ctx.actor, async (writer) => {
    let applied = 0;
    let conflicts = 0;
    let quarantined = 0;
    // Everything the batch reads, read up front in one request per table (a request each per document was most of
    // a first replication's time).
    const { rows, records, states } = await readBatch(db, byDoc);
    const rowsOut: CouchDocRow[] = [];
    const statesOut: (RecordSyncState & { key: string })[] = [];
    const quarantineOut: QuarantinedRevision[] = [];
    const released: string[] = [];
    for (const [docId, entries] of byDoc) {
      const row = rows.get(docId);
      const next = updatedRow(row, docId, entries);
      let syncedDigest = next.syncedDigest;
      const accepted = entries.flatMap((entry) => (entry.kind === 'accepted' ? [entry] : []));
      const [first, ...rest] = accepted;
      if (first) {
        const remote = rest.reduce<RecordSyncState>(
          (state, entry) => joinStates(state, entry.doc.sync),
          first.doc.sync,
        );
        const { entity, id } = parseCouchDocId(docId)!;
        const table = first.table;
        const before = records.get(`${table}/${id}`);
        const storedState = states.get(syncStateKey(entity, id));
        const plan = planRecord(entity, before, storedState ? withoutKey(storedState) : undefined, remote);
        if (plan.record) writer.putMerged(entity as EntityName, plan.record, before ? 'update' : 'create');
        if (plan.stateChanged) statesOut.push({ ...plan.state, key: syncStateKey(entity, id) });
        conflicts += plan.newConflicts.length;
        const liveLeaves = next.leaves.filter((leaf) => !leaf.deleted && leaf.applied);
        // The server holds exactly this state as the only live leaf: nothing to send back. (`hashValue` of a state,
        // from the text its reader made when the state is the one revision received.)
        const hashOf = (state: RecordSyncState) =>
          sha256Hex(rest.length === 0 && state === first.doc.sync ? first.syncJson : syncStateJson(state));
        const digest = liveLeaves.length === 1 ? hashOf(plan.state) : null;
        syncedDigest = digest !== null && (plan.state === remote || digest === hashOf(remote)) ? digest : null;
        for (const entry of accepted) {
          applied += 1;
          // A quarantined revision judged again and accepted (its signer trusted since) leaves the list.
          released.push(`${docId}@${entry.fetched.rev}`);
          writer.note('couchRevision', docId, 'update', {
            rev: entry.fetched.rev,
            installationId: entry.doc.signature.installationId,
            siteCode: entry.doc.signature.siteCode,
            fingerprint: entry.doc.signature.fingerprint,
            outcome: plan.outcome,
            conflicts: plan.newConflicts.length,
          });
        }
      }
      for (const entry of entries) {
        if (entry.kind !== 'quarantined') continue;
        quarantined += 1;
        quarantineOut.push(entry.row);
        writer.note('couchQuarantine', entry.row.key, 'create', {
          reason: entry.row.reason,
          claimedInstallation: entry.row.claimedInstallation,
          claimedFingerprint: entry.row.claimedFingerprint,
        });
      }
      // A custody document is immutable: once seen here there is nothing to send back.
      if (isCustodyDocId(docId)) syncedDigest = next.leaves[0]?.rev ?? null;
      rowsOut.push({ ...next, syncedDigest });
    }
    // One request for the batch (a delete per accepted revision was a request each, nearly always for nothing).
    const held = released.length > 0 && (await db.couchQuarantine.count()) > 0;
    if (held) await db.couchQuarantine.bulkDelete(released);
    await Promise.all([
      db.couchDocs.bulkPut(rowsOut),
      statesOut.length > 0 ? db.syncStates.bulkPut(statesOut) : undefined,
      quarantineOut.length > 0 ? db.couchQuarantine.bulkPut(quarantineOut) : undefined,
    ]);
    applied += await applyCustodyRevisions(db, writer, judged);
    return { applied, conflicts, quarantined };
  });
}

/**
 * Fetches the named revisions, judges them and applies what passes in one write transaction (quarantining the rest):
 * the pull's step per batch, and the way a quarantined revision is judged again once its signer is trusted.
 */
export async function receiveRevisions(
  ctx: LiveSyncContext,
  wanted: readonly { id: string; rev: string }[],
): Promise<PullResult> {
  const receivedAt = new Date().toISOString();
  const fetched: Fetched[] = [];
  for (const result of await ctx.client.bulkGet(wanted))
    for (const entry of result.docs)
      if ('ok' in entry && typeof entry.ok._rev === 'string')
        fetched.push({ docId: result.id, rev: entry.ok._rev, ancestors: ancestorsOf(entry.ok), body: entry.ok });
  if (fetched.length === 0) return { received: 0, applied: 0, conflicts: 0, quarantined: 0 };
  const judged = await judgeSignatures(
    ctx,
    fetched.map((entry) => readRevision(entry, receivedAt)),
    receivedAt,
  );
  return { received: fetched.length, ...(await applyBatch(ctx, judged)) };
}

/**
 * Changes a pull reads per request, and applies per write transaction. A first replication of 10,000 records took
 * about 7 % less time at 500 than at 200 and about as much less again at 1,000 (`npm run bench:couch`, ARCHITECTURE);
 * the server's `_changes` and `_bulk_get` take this many in one request (CouchDB's own replicator reads 500).
 */
export const PULL_BATCH_SIZE = 1000;

/** Pulls every change since the checkpoint; returns what was received, applied and quarantined. */
export async function pullChanges(ctx: LiveSyncContext): Promise<PullResult> {
  const { db, client } = ctx;
  const limit = ctx.batchSize ?? PULL_BATCH_SIZE;
  const replicationId = replicationIdOf(ctx.actor.nodeId);
  const local = await db.couchCheckpoints.get(replicationId);
  const remote = await client.readCheckpoint(replicationId);
  // As CouchDB's replicator does: resume only when both sides hold the same checkpoint; otherwise start over (safe,
  // since applying a revision twice changes nothing).
  let since: unknown =
    local && local.databaseUrl === ctx.databaseUrl && canonicalJson(remote ?? null) === canonicalJson(local.pullSeq)
      ? local.pullSeq
      : 0;
  const totals = { received: 0, applied: 0, conflicts: 0, quarantined: 0 };
  for (;;) {
    const changes = await client.changes(since, limit);
    const wanted: { id: string; rev: string }[] = [];
    const known = await db.couchDocs.bulkGet(changes.results.map((change) => change.id));
    for (const [index, change] of changes.results.entries()) {
      // Evidence content is fetched on demand by its hash (`content.ts`), never pulled with the records.
      if (isContentDocId(change.id)) continue;
      const row = known[index];
      const seen = new Set(row?.seen ?? []);
      for (const { rev } of change.changes) if (!seen.has(rev)) wanted.push({ id: change.id, rev });
    }
    const outcome = await receiveRevisions(ctx, wanted);
    totals.received += outcome.received;
    totals.applied += outcome.applied;
    totals.conflicts += outcome.conflicts;
    totals.quarantined += outcome.quarantined;
    const moved = canonicalJson(changes.last_seq ?? null) !== canonicalJson(since ?? null);
    since = changes.last_seq;
    const current = await db.couchCheckpoints.get(replicationId);
    await db.couchCheckpoints.put({
      ...(current?.databaseUrl === ctx.databaseUrl ? current : { pushedHlc: '' }),
      replicationId,
      databaseUrl: ctx.databaseUrl,
      pullSeq: since,
      lastReplicatedAt: new Date().toISOString(),
    });
    // Nothing new since the checkpoint: the server's copy already says so.
    if (moved || remote === undefined) await client.writeCheckpoint(replicationId, since);
    if (changes.results.length < limit) break;
  }
  return totals;
}
