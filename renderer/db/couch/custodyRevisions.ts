/**
 * Custody events over live sync (`shared/domain/couch/custodyDoc.ts`): every event an installation holds is sent
 * once as an immutable, signed document; a received one that is signed by this site or a trusted signer is appended
 * to the item's chain here as its author recorded it (time and actor kept), unless the chain holds that event
 * already — the union by id bundles make. Pull judges them with the records (`pull.ts` calls `readCustodyRevision`,
 * then the one host call for the signatures, then `applyCustodyRevisions` inside its one write transaction).
 */
import { childRev, revisionsOf, type RevisionSignature } from '../../../shared/domain/couch/revision';
import {
  couchCustodyDocSchema,
  custodyDocId,
  custodyIdentity,
  isCustodyDocId,
  signedCustodyContent,
  travellingCustody,
  type CouchCustodyDoc,
} from '../../../shared/domain/couch/custodyDoc';
import type { CustodyEvent } from '../../../shared/domain/evidence/custody';
import { readAuditHead } from '../auditTrail';
import type { FirebreakDatabase } from '../database';
import { custodyEventsOf } from '../evidence/queries';
import type { RecordWriter } from '../write';
import { replicationIdOf } from './liveSyncTables';
import { misshapen, quarantine, type Fetched, type Judged, type LiveSyncContext } from './pull';

/** A custody document's shape checks, or undefined when the document is not a custody event's. */
export function readCustodyRevision(fetched: Fetched, receivedAt: string): Judged | undefined {
  if (!isCustodyDocId(fetched.docId)) return undefined;
  const parsed = couchCustodyDocSchema.safeParse({ ...fetched.body, _revisions: undefined });
  if (!parsed.success) return misshapen(fetched, 'a custody event', parsed.error, receivedAt);
  if (custodyDocId(parsed.data.custody) !== fetched.docId)
    return quarantine(fetched, 'Its document id does not name the custody event it holds.', receivedAt);
  return { kind: 'custody', fetched, doc: parsed.data };
}

export function signedOfCustody(doc: CouchCustodyDoc): { content: string; signature: RevisionSignature } {
  return { content: signedCustodyContent(doc._id, doc.custody), signature: doc.signature };
}

/**
 * Appends the accepted custody events of a batch to their items' chains, oldest first per item, skipping any the
 * chain already holds; each received event is audited. Returns how many were received.
 */
export async function applyCustodyRevisions(
  db: FirebreakDatabase,
  writer: RecordWriter,
  judged: readonly Judged[],
): Promise<number> {
  const byItem = new Map<string, CouchCustodyDoc[]>();
  for (const entry of judged)
    if (entry.kind === 'custody')
      byItem.set(entry.doc.custody.itemId, [...(byItem.get(entry.doc.custody.itemId) ?? []), entry.doc]);
  let received = 0;
  for (const [itemId, docs] of byItem) {
    const known = new Set((await custodyEventsOf(db, itemId)).map(custodyIdentity));
    for (const doc of [...docs].sort((a, b) => a.custody.seq - b.custody.seq || (a._id < b._id ? -1 : 1))) {
      received += 1;
      const { itemId: _item, seq: _seq, ...content } = doc.custody;
      const identity = custodyIdentity(content);
      writer.note('couchRevision', doc._id, 'update', {
        rev: doc._rev,
        installationId: doc.signature.installationId,
        siteCode: doc.signature.siteCode,
        fingerprint: doc.signature.fingerprint,
        outcome: known.has(identity) ? 'unchanged' : 'added',
      });
      if (known.has(identity)) continue;
      known.add(identity);
      writer.custodyAsRecorded(itemId, content);
    }
  }
  return received;
}

/**
 * The custody events to offer the server: on the first push to a server every event held here; after that only the
 * events the audit log names since the last custody push (a round among 10,000 items' chains reads the few new
 * ones, not the whole custody table).
 */
async function custodyEventsSince(db: FirebreakDatabase, auditSince: number | undefined): Promise<CustodyEvent[]> {
  if (auditSince === undefined) return db.custody.toArray();
  const keys: [string, number][] = [];
  await db.auditLog
    .where(':id')
    .above(auditSince)
    .each((entry) => {
      if (entry.entity !== 'custody') return;
      const at = entry.entityId.lastIndexOf('#');
      const seq = Number(entry.entityId.slice(at + 1));
      if (at > 0 && Number.isInteger(seq)) keys.push([entry.entityId.slice(0, at), seq]);
    });
  if (keys.length === 0) return [];
  return (await db.custody.bulkGet(keys)).filter((event): event is CustodyEvent => event !== undefined);
}

/**
 * Sends every custody event held here that the server has not had from or through this site (no document of that
 * id known here), signed by this installation; returns how many the server took. The custody push keeps its own
 * mark in the checkpoint (the audit head when it began), moved only once every batch is on the server.
 */
export async function pushCustodyEvents(ctx: LiveSyncContext): Promise<number> {
  const { db, client } = ctx;
  const replicationId = replicationIdOf(ctx.actor.nodeId);
  const checkpoint = await db.couchCheckpoints.get(replicationId);
  const mark = checkpoint?.databaseUrl === ctx.databaseUrl ? checkpoint.pushedCustodyAuditSeq : undefined;
  // Read before collecting: an event recorded while this push runs is after the mark, so the next push offers it.
  const auditHead = (await readAuditHead(db.meta)).seq;
  const events = await custodyEventsSince(db, mark);
  const ids = events.map(custodyDocId);
  const known = await db.couchDocs.bulkGet(ids);
  const outgoing = events.flatMap((event, index) =>
    known[index] === undefined ? [{ docId: ids[index]!, custody: travellingCustody(event) }] : [],
  );
  const batchSize = ctx.batchSize ?? 200;
  let sent = 0;
  for (let start = 0; start < outgoing.length; start += batchSize) {
    const batch = outgoing.slice(start, start + batchSize);
    const contents = batch.map(({ docId, custody }) => signedCustodyContent(docId, custody));
    const signatures = await ctx.keys.sign(contents);
    const docs = batch.map(({ docId, custody }, index) => {
      const rev = childRev(undefined, contents[index]!);
      return {
        _id: docId,
        _rev: rev,
        _revisions: revisionsOf(rev, undefined),
        custody,
        signature: signatures[index]!,
      } satisfies CouchCustodyDoc;
    });
    const missing = await client.revsDiff(Object.fromEntries(docs.map((doc) => [doc._id, [doc._rev]])));
    const toSend = docs.filter((doc) => (missing[doc._id] ?? []).includes(doc._rev));
    await client.bulkDocsAsIs(toSend);
    sent += toSend.length;
    await db.couchDocs.bulkPut(
      docs.map((doc) => ({
        docId: doc._id,
        leaves: [{ rev: doc._rev, deleted: false, applied: true }],
        seen: [doc._rev],
        syncedDigest: doc._rev,
      })),
    );
  }
  const current = await db.couchCheckpoints.get(replicationId);
  if (current?.databaseUrl === ctx.databaseUrl)
    await db.couchCheckpoints.put({ ...current, pushedCustodyAuditSeq: auditHead });
  return sent;
}
