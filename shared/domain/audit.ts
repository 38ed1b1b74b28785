/**
 * The append-only audit log: every mutation of a stored record appends one entry in the same transaction. Entries are
 * hash-chained (each carries the previous entry's hash and its own), and the head (last sequence number and hash) is
 * anchored separately, so editing, deleting, inserting or reordering any entry — the last one included — is detected.
 */
import { z } from 'zod';
import { hashValue } from './hash';
import { sha256HexSchema } from './hashSchema';
import { isoTimestampSchema } from './time';

/**
 * What an entry is about: a record entity a capability declares (`shared/domain/capabilities.ts` holds the list), or
 * a core subject of its own ('profile', 'database'). The chain does not depend on the list, so entries written by a
 * capability this build does not know still verify.
 */
export const auditEntitySchema = z.string().regex(/^[a-z][A-Za-z]{0,39}$/, 'Not an audit entity name.');
export type AuditEntity = z.infer<typeof auditEntitySchema>;

export const AUDIT_OPERATIONS = ['create', 'update', 'delete', 'migrate'] as const;
export const auditOperationSchema = z.enum(AUDIT_OPERATIONS);
export type AuditOperation = z.infer<typeof auditOperationSchema>;

export const GENESIS_HASH = '0'.repeat(64);

export const auditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: isoTimestampSchema,
  actor: z.string().min(1),
  entity: auditEntitySchema,
  entityId: z.string().min(1),
  op: auditOperationSchema,
  valueHash: sha256HexSchema,
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditEntryContent = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

export const auditHeadSchema = z.object({ seq: z.number().int().min(0), hash: sha256HexSchema });
export type AuditHead = z.infer<typeof auditHeadSchema>;
export const EMPTY_AUDIT_HEAD: AuditHead = { seq: 0, hash: GENESIS_HASH };

export function auditEntryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, entity, entityId, op, valueHash, prevHash } = entry;
  return hashValue({ seq, at, actor, entity, entityId, op, valueHash, prevHash });
}

/** The entry that follows `head`. */
export function chainAuditEntry(head: AuditHead, content: AuditEntryContent): AuditEntry {
  const unsigned = { ...content, seq: head.seq + 1, prevHash: head.hash };
  return { ...unsigned, hash: auditEntryHash(unsigned) };
}

export type AuditChainReport =
  | { readonly ok: true; readonly count: number; readonly head: AuditHead }
  | { readonly ok: false; readonly seq: number; readonly problem: string };

/**
 * Checks entries (in storage order) against each other and against the anchored head. Reports the first sequence
 * number at which the chain is broken or missing an entry.
 */
export function verifyAuditChain(entries: Iterable<unknown>, anchor: AuditHead): AuditChainReport {
  let head: AuditHead = EMPTY_AUDIT_HEAD;
  let count = 0;
  for (const raw of entries) {
    const expectedSeq = head.seq + 1;
    const parsed = auditEntrySchema.safeParse(raw);
    if (!parsed.success) return { ok: false, seq: expectedSeq, problem: `Entry ${expectedSeq} is malformed.` };
    const entry = parsed.data;
    if (entry.seq !== expectedSeq) {
      return entry.seq > expectedSeq
        ? { ok: false, seq: expectedSeq, problem: `Entry ${expectedSeq} is missing.` }
        : { ok: false, seq: entry.seq, problem: `Entry ${entry.seq} is out of order.` };
    }
    if (entry.prevHash !== head.hash) {
      return { ok: false, seq: entry.seq, problem: `Entry ${entry.seq} does not link to entry ${head.seq}.` };
    }
    if (auditEntryHash(entry) !== entry.hash) {
      return { ok: false, seq: entry.seq, problem: `Entry ${entry.seq} was altered after it was written.` };
    }
    head = { seq: entry.seq, hash: entry.hash };
    count++;
  }
  if (head.seq < anchor.seq) {
    return { ok: false, seq: head.seq + 1, problem: `Entry ${head.seq + 1} is missing.` };
  }
  if (head.seq > anchor.seq || head.hash !== anchor.hash) {
    return { ok: false, seq: head.seq, problem: `Entry ${head.seq} does not match the recorded head of the log.` };
  }
  return { ok: true, count, head };
}
