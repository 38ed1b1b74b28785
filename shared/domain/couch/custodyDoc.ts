/**
 * Custody events over CouchDB. A custody chain is append-only and local (each installation chains the events it
 * holds, as bundles do): what travels is each event as its author recorded it, one immutable document per event,
 * `custody:<item id>:<digest>`, the digest naming the event's content (time, actor, action, reason, detail, hash —
 * the same fields the bundles' importer compares), so the same event reaching a site twice, by bundle or by server,
 * is the same event, and a union by id is the merge. The body is the event (`custody`) and its sender's Ed25519
 * signature over the canonical JSON of `{_id, custody}` (`signature`), judged like a record revision's.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonicalJson';
import { custodyEventSchema, type CustodyEvent } from '../evidence/custody';
import { sha256Hex } from '../hash';
import { couchRevSchema, revisionSignatureSchema } from './revision';

export const CUSTODY_DOC_PREFIX = 'custody:';

/** The event as it travels: its chain links (previous hash, own hash) are the receiver's to make. */
export const travellingCustodySchema = custodyEventSchema.omit({ prevHash: true, hash: true });
export type TravellingCustody = z.infer<typeof travellingCustodySchema>;

export const couchCustodyDocSchema = z
  .object({
    _id: z.string().min(10).max(140),
    _rev: couchRevSchema,
    _revisions: z.object({ start: z.number().int().min(1), ids: z.array(z.string()).min(1) }).optional(),
    custody: travellingCustodySchema,
    signature: revisionSignatureSchema,
  })
  .strict();
export type CouchCustodyDoc = z.infer<typeof couchCustodyDocSchema>;

/** What makes two custody events the same event (the bundles' importer compares the same fields). */
export function custodyIdentity(
  event: Pick<CustodyEvent, 'at' | 'actor' | 'action' | 'detail' | 'itemHash' | 'reason'>,
): string {
  const { at, actor, action, detail, itemHash, reason } = event;
  return canonicalJson({ at, actor, action, detail, itemHash, reason });
}

export function isCustodyDocId(docId: string): boolean {
  return docId.startsWith(CUSTODY_DOC_PREFIX);
}

export function custodyDocId(
  event: Pick<CustodyEvent, 'itemId' | 'at' | 'actor' | 'action' | 'detail' | 'itemHash' | 'reason'>,
): string {
  return `${CUSTODY_DOC_PREFIX}${event.itemId}:${sha256Hex(custodyIdentity(event)).slice(0, 32)}`;
}

export function travellingCustody(event: CustodyEvent): TravellingCustody {
  const { prevHash: _prev, hash: _hash, ...travelling } = event;
  return travelling;
}

/** The exact text an installation signs for a custody event. */
export function signedCustodyContent(docId: string, custody: TravellingCustody): string {
  return canonicalJson({ _id: docId, custody });
}
