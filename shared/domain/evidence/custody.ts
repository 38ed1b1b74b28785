/**
 * The chain of custody: an append-only log per evidence item of who acquired, viewed, exported, verified,
 * transferred, sealed or held it, when, why, and the item's hash at that moment. Events are hash-chained per item the
 * same way the audit log is (`hashChain.ts`: sequence, previous hash, own hash over the canonical content), and the
 * item's head is anchored in the meta table, so an altered, removed, inserted or reordered event is detected.
 */
import { z } from 'zod';
import { hashValue } from '../hash';
import { chainHeadSchema, EMPTY_CHAIN_HEAD, nextLink, verifyChain, type ChainHead } from '../hashChain';
import { sha256HexSchema } from '../hashSchema';
import { uuidV7Schema } from '../ids';
import { isoTimestampSchema } from '../time';

export const CUSTODY_ACTIONS = [
  'acquired',
  'viewed',
  'exported',
  'verified',
  'transferred',
  'sealed',
  'hold-placed',
  'hold-lifted',
  'deleted',
  'fetched',
] as const;
export const custodyActionSchema = z.enum(CUSTODY_ACTIONS);
export type CustodyAction = z.infer<typeof custodyActionSchema>;

export const CUSTODY_ACTION_LABELS: Readonly<Record<CustodyAction, string>> = {
  acquired: 'Acquired',
  viewed: 'Viewed',
  exported: 'Exported',
  verified: 'Verified',
  transferred: 'Transferred',
  sealed: 'Sealed',
  'hold-placed': 'Legal hold placed',
  'hold-lifted': 'Legal hold lifted',
  deleted: 'Deleted',
  fetched: 'Content fetched',
};

export const custodyEventSchema = z.object({
  itemId: z.string().min(1),
  seq: z.number().int().min(1),
  at: isoTimestampSchema,
  actor: z.string().min(1),
  /** The acting person's id; absent in events written before version 6 (which keep the name only). */
  actorId: uuidV7Schema.optional(),
  action: custodyActionSchema,
  reason: z.string().max(2_000),
  /** What the action found or where it went: "intact", "mismatch: found …", a recipient, a saved path. */
  detail: z.string().max(2_000),
  /** The item's SHA-256 at this moment (the recorded hash; for a failed verification, the hash found). */
  itemHash: sha256HexSchema,
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
});
export type CustodyEvent = z.infer<typeof custodyEventSchema>;
export type CustodyEventContent = Omit<CustodyEvent, 'seq' | 'prevHash' | 'hash' | 'itemId'>;

export const custodyHeadSchema = chainHeadSchema;
export type CustodyHead = ChainHead;
export const EMPTY_CUSTODY_HEAD: CustodyHead = EMPTY_CHAIN_HEAD;

export function custodyEventHash(event: Omit<CustodyEvent, 'hash'>): string {
  const { itemId, seq, at, actor, actorId, action, reason, detail, itemHash, prevHash } = event;
  // An absent actorId drops out of the canonical JSON, so events from before version 6 hash as they always did.
  return hashValue({ itemId, seq, at, actor, actorId, action, reason, detail, itemHash, prevHash });
}

/** The event that follows `head` in item `itemId`'s chain. */
export function chainCustodyEvent(itemId: string, head: CustodyHead, content: CustodyEventContent): CustodyEvent {
  return nextLink(head, { ...content, itemId }, custodyEventHash);
}

export type CustodyChainReport =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly seq: number; readonly problem: string };

/** Checks one item's events (in sequence order) against each other and the anchored head. */
export function verifyCustodyChain(itemId: string, events: Iterable<unknown>, anchor: CustodyHead): CustodyChainReport {
  const report = verifyChain(events, anchor, {
    schema: custodyEventSchema,
    hashOf: custodyEventHash,
    noun: 'Custody event',
    previous: () => 'the one before',
    anchorName: 'the recorded head',
    problemOf: (event) => (event.itemId === itemId ? null : `Custody event ${event.seq} belongs to another item.`),
  });
  return report.ok ? { ok: true, count: report.count } : report;
}
