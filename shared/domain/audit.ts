/**
 * The append-only audit log: every mutation of a stored record appends one entry in the same transaction. Entries are
 * hash-chained (`hashChain.ts`: each carries the previous entry's hash and its own), and the head (last sequence
 * number and hash) is anchored separately, so editing, deleting, inserting or reordering any entry — the last one
 * included — is detected.
 */
import { z } from 'zod';
import { hashValue } from './hash';
import { uuidV7Schema } from './ids';
import {
  chainHeadSchema,
  EMPTY_CHAIN_HEAD,
  nextLink,
  verifyChain,
  type ChainHead,
  type ChainReport,
} from './hashChain';
import { sha256HexSchema } from './hashSchema';
import { isoTimestampSchema } from './time';

/**
 * What an entry is about: a record entity a capability declares (`shared/domain/capabilities.ts` holds the list), or
 * a core subject of its own ('profile', 'installation', 'database'). The chain does not depend on the list, so entries written by a
 * capability this build does not know still verify.
 */
export const auditEntitySchema = z.string().regex(/^[a-z][A-Za-z]{0,39}$/, 'Not an audit entity name.');
export type AuditEntity = z.infer<typeof auditEntitySchema>;

export const AUDIT_OPERATIONS = ['create', 'update', 'delete', 'migrate'] as const;
export const auditOperationSchema = z.enum(AUDIT_OPERATIONS);
export type AuditOperation = z.infer<typeof auditOperationSchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: isoTimestampSchema,
  actor: z.string().min(1),
  /** The acting person's id; absent in entries written before version 6 and in migration entries. */
  actorId: uuidV7Schema.optional(),
  entity: auditEntitySchema,
  entityId: z.string().min(1),
  op: auditOperationSchema,
  valueHash: sha256HexSchema,
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditEntryContent = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

export const auditHeadSchema = chainHeadSchema;
export type AuditHead = ChainHead;
export const EMPTY_AUDIT_HEAD: AuditHead = EMPTY_CHAIN_HEAD;

export function auditEntryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, actorId, entity, entityId, op, valueHash, prevHash } = entry;
  // An absent actorId drops out of the canonical JSON, so entries from before version 6 hash as they always did.
  return hashValue({ seq, at, actor, actorId, entity, entityId, op, valueHash, prevHash });
}

/** The entry that follows `head`. */
export function chainAuditEntry(head: AuditHead, content: AuditEntryContent): AuditEntry {
  return nextLink(head, content, auditEntryHash);
}

export type AuditChainReport = ChainReport;

/**
 * Checks entries (in storage order) against each other and against the anchored head. Reports the first sequence
 * number at which the chain is broken or missing an entry.
 */
export function verifyAuditChain(entries: Iterable<unknown>, anchor: AuditHead): AuditChainReport {
  return verifyChain(entries, anchor, {
    schema: auditEntrySchema,
    hashOf: auditEntryHash,
    noun: 'Entry',
    previous: (seq) => `entry ${seq}`,
    anchorName: 'the recorded head of the log',
  });
}
