/**
 * Live sync, this installation → server. Every record written since the last push (HLC above the mark) becomes a
 * signed revision: its caught-up sync state and the record it makes, signed by the host with the installation key,
 * as a child of the winning leaf this site has applied. Other live leaves whose states were joined here are closed
 * with a deleted child, so a CouchDB conflict ends as one merged revision (quarantined leaves are never built upon or
 * closed). `_revs_diff` leaves out what the server already has (another site may have written the same merged
 * revision: revision ids are content-derived), then `_bulk_docs` with `new_edits: false` stores them as they are.
 */
import type { CouchRecordDoc } from '../../../shared/domain/couch/revision';
import {
  childRev,
  couchDocId,
  parseCouchDocId,
  revisionsOf,
  signedContentOf,
  winningLeaf,
} from '../../../shared/domain/couch/revision';
import { hashValue } from '../../../shared/domain/hash';
import type { RecordMeta } from '../../../shared/domain/record';
import { localStateOf } from '../../../shared/domain/sync/importPlan';
import { materialize, type RecordSyncState } from '../../../shared/domain/sync/syncState';
import { withoutKey } from '../bundles/collect';
import { syncStateKey } from '../bundles/storage';
import { sendsRecord } from '../../../shared/domain/couch/preferences';
import { readAuditHead } from '../auditTrail';
import { LIVE_SYNC_ENTITIES, LIVE_SYNC_TABLES, replicationIdOf } from './liveSyncTables';
import { readLiveSyncPreferences } from './preferences';
import type { LiveSyncContext } from './pull';
import type { CouchDocRow, CouchLeaf } from './storage';

type StoredRecord = RecordMeta & Record<string, unknown>;

interface Outgoing {
  readonly docId: string;
  readonly state: RecordSyncState;
  readonly record: StoredRecord;
  readonly content: string;
  readonly rev: string;
  readonly parent: string | undefined;
  readonly closing: readonly CouchLeaf[];
  readonly row: CouchDocRow | undefined;
  readonly digest: string;
}

/** Records whose server copy is not this site's state (a pull joined something or found several leaves). */
async function unsettledDocs(ctx: LiveSyncContext, docIds?: ReadonlySet<string>) {
  if (docIds === undefined) return ctx.db.couchDocs.filter((row) => row.syncedDigest === null).toArray();
  const rows = await ctx.db.couchDocs.bulkGet([...docIds]);
  return rows.filter((row): row is CouchDocRow => row !== undefined && row.syncedDigest === null);
}

/**
 * Records written here since the mark, and records whose server copy is not this site's state (after a pull). The
 * first push reads every table (HLC above the mark); later pushes read only what the audit log names since the last
 * push, so a write among 100,000 incidents reads that one record.
 */
async function changedRecords(ctx: LiveSyncContext, since: string, auditSince: number | undefined) {
  const changed = new Map<string, { entity: string; record: StoredRecord }>();
  let named: Set<string> | undefined;
  if (auditSince === undefined) {
    for (const { table, entity } of LIVE_SYNC_TABLES) {
      const rows = (await ctx.db.table(table).toArray()) as StoredRecord[];
      for (const record of rows) if (record.hlc > since) changed.set(couchDocId(entity, record.id), { entity, record });
    }
  } else {
    named = new Set<string>();
    await ctx.db.auditLog
      .where(':id')
      .above(auditSince)
      .each((entry) => {
        if (entry.entity === 'couchRevision') named!.add(entry.entityId);
        else if (LIVE_SYNC_ENTITIES.has(entry.entity)) named!.add(couchDocId(entry.entity, entry.entityId));
      });
  }
  const candidates = named ?? new Set<string>();
  for (const { docId } of await unsettledDocs(ctx, named)) candidates.add(docId);
  for (const docId of candidates) {
    const parsed = parseCouchDocId(docId);
    const declared = LIVE_SYNC_TABLES.find(({ entity }) => entity === parsed?.entity);
    if (!parsed || !declared || changed.has(docId)) continue;
    const record = (await ctx.db.table(declared.table).get(parsed.id)) as StoredRecord | undefined;
    if (record) changed.set(docId, { entity: parsed.entity, record });
  }
  const preferences = await readLiveSyncPreferences(ctx.db);
  const incidentOf = (id: string) => ctx.db.incidents.get(id);
  const sent: { entity: string; record: StoredRecord }[] = [];
  for (const entry of changed.values())
    if (await sendsRecord(preferences, entry.entity, entry.record, incidentOf)) sent.push(entry);
  return sent;
}

async function outgoingOf(ctx: LiveSyncContext, entity: string, record: StoredRecord): Promise<Outgoing | undefined> {
  const docId = couchDocId(entity, record.id);
  const [stored, row] = await Promise.all([
    ctx.db.syncStates.get(syncStateKey(entity, record.id)),
    ctx.db.couchDocs.get(docId),
  ]);
  const state = localStateOf(entity, record, stored ? withoutKey(stored) : undefined)!;
  const digest = hashValue(state);
  const applied = (row?.leaves ?? []).filter((leaf) => leaf.applied);
  const live = applied.filter((leaf) => !leaf.deleted);
  if (row?.syncedDigest === digest && live.length <= 1) return undefined;
  const parent = winningLeaf(applied)?.rev;
  const materialized = materialize(state) as StoredRecord;
  const content = signedContentOf(docId, materialized, state);
  const closing = live.filter((leaf) => leaf.rev !== parent);
  return { docId, state, record: materialized, content, rev: childRev(parent, content), parent, closing, row, digest };
}

export interface PushResult {
  readonly sent: number;
  readonly closed: number;
}

/** Sends every record changed here since the last push; returns how many revisions the server took. */
export async function pushChanges(ctx: LiveSyncContext): Promise<PushResult> {
  const { db, client } = ctx;
  const replicationId = replicationIdOf(ctx.actor.nodeId);
  const checkpoint = await db.couchCheckpoints.get(replicationId);
  const sameServer = checkpoint?.databaseUrl === ctx.databaseUrl;
  const mark = sameServer ? checkpoint.pushedHlc : '';
  // Read before collecting: a write made while this push runs is after the mark, so the next push sends it.
  const auditHead = (await readAuditHead(ctx.db.meta)).seq;
  const changed = await changedRecords(ctx, mark, sameServer ? checkpoint.pushedAuditSeq : undefined);
  const newestHlc = changed.reduce((newest, { record }) => (record.hlc > newest ? record.hlc : newest), mark);
  const batchSize = ctx.batchSize ?? 200;
  let sent = 0;
  let closed = 0;
  for (let start = 0; start < changed.length; start += batchSize) {
    const outgoing: Outgoing[] = [];
    for (const { entity, record } of changed.slice(start, start + batchSize)) {
      const entry = await outgoingOf(ctx, entity, record);
      if (entry) outgoing.push(entry);
    }
    if (outgoing.length === 0) continue;
    const signatures = await ctx.keys.sign(outgoing.map((entry) => entry.content));
    const docs: Record<string, unknown>[] = [];
    const wanted: Record<string, string[]> = {};
    outgoing.forEach((entry, index) => {
      const body: CouchRecordDoc = {
        _id: entry.docId,
        _rev: entry.rev,
        _revisions: revisionsOf(entry.rev, entry.parent),
        record: entry.record,
        sync: entry.state,
        signature: signatures[index]!,
      };
      docs.push(body);
      wanted[entry.docId] = [entry.rev];
      for (const leaf of entry.closing) {
        const rev = childRev(leaf.rev, null);
        docs.push({ _id: entry.docId, _rev: rev, _deleted: true, _revisions: revisionsOf(rev, leaf.rev) });
        wanted[entry.docId]!.push(rev);
      }
    });
    const missing = await client.revsDiff(wanted);
    const toSend = docs.filter((doc) => (missing[doc._id as string] ?? []).includes(doc._rev as string));
    await client.bulkDocsAsIs(toSend);
    sent += toSend.filter((doc) => doc._deleted !== true).length;
    closed += toSend.filter((doc) => doc._deleted === true).length;
    // The caught-up sync states are stored as sent: they are the merge base of this site's next writes.
    await db.transaction('rw', db.couchDocs, db.syncStates, async () => {
      await db.syncStates.bulkPut(
        outgoing.map((entry) => ({ ...entry.state, key: syncStateKey(entry.state.entity, entry.state.id) })),
      );
      for (const entry of outgoing) {
        const closedRevs = new Set(entry.closing.map((leaf) => leaf.rev));
        const kept = (entry.row?.leaves ?? []).filter((leaf) => leaf.rev !== entry.parent && !closedRevs.has(leaf.rev));
        const closings = entry.closing.map((leaf) => ({ rev: childRev(leaf.rev, null), deleted: true, applied: true }));
        await db.couchDocs.put({
          docId: entry.docId,
          leaves: [...kept, { rev: entry.rev, deleted: false, applied: true }, ...closings],
          seen: [...new Set([...(entry.row?.seen ?? []), entry.rev, ...closings.map((leaf) => leaf.rev)])],
          syncedDigest: entry.digest,
        });
      }
    });
  }
  const current = await db.couchCheckpoints.get(replicationId);
  await db.couchCheckpoints.put({
    ...(current?.databaseUrl === ctx.databaseUrl ? current : {}),
    replicationId,
    databaseUrl: ctx.databaseUrl,
    pullSeq: current?.databaseUrl === ctx.databaseUrl ? current.pullSeq : 0,
    pushedHlc: newestHlc,
    pushedAuditSeq: auditHead,
    lastReplicatedAt: new Date().toISOString(),
  });
  return { sent, closed };
}
