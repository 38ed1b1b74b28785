/**
 * Appending to and checking the audit log inside IndexedDB. Appends happen only inside a write transaction (see
 * `write.ts` and the migrations), together with the anchored head in the meta table, so the log and the records it
 * describes always change together.
 */
import type { Table, Transaction } from 'dexie';
import {
  auditHeadSchema,
  chainAuditEntry,
  EMPTY_AUDIT_HEAD,
  verifyAuditChain,
  type AuditChainReport,
  type AuditEntry,
  type AuditEntryContent,
  type AuditHead,
} from '../../shared/domain/audit';
import { hashValue } from '../../shared/domain/hash';
import { nowIso } from '../../shared/domain/time';
import type { FirebreakDatabase, MetaRow } from './database';
import { bulkAddInSlices } from './slicedWrites';

export const AUDIT_HEAD_KEY = 'audit-head';

export async function readAuditHead(meta: Table<MetaRow, string>): Promise<AuditHead> {
  const row = await meta.get(AUDIT_HEAD_KEY);
  return row ? auditHeadSchema.parse(row.value) : EMPTY_AUDIT_HEAD;
}

/** Chains `contents` after `head`; returns the new entries and the new head without writing. */
export function chainEntries(
  head: AuditHead,
  contents: readonly AuditEntryContent[],
): { entries: AuditEntry[]; head: AuditHead } {
  const entries: AuditEntry[] = [];
  let current = head;
  for (const content of contents) {
    const entry = chainAuditEntry(current, content);
    entries.push(entry);
    current = { seq: entry.seq, hash: entry.hash };
  }
  return { entries, head: current };
}

/**
 * Chains `contents` after `head` (read in the same transaction), writes the entries and moves the anchored head.
 * Call only inside a transaction covering both tables.
 */
export async function writeAuditEntries(
  auditLog: Table<AuditEntry, number>,
  meta: Table<MetaRow, string>,
  head: AuditHead,
  contents: readonly AuditEntryContent[],
): Promise<AuditHead> {
  const chained = chainEntries(head, contents);
  await Promise.all([
    bulkAddInSlices(auditLog, chained.entries),
    meta.put({ key: AUDIT_HEAD_KEY, value: chained.head }),
  ]);
  return chained.head;
}

/** Reads the head, then writes as writeAuditEntries. Call only inside a transaction covering both tables. */
export async function appendAuditEntries(
  auditLog: Table<AuditEntry, number>,
  meta: Table<MetaRow, string>,
  contents: readonly AuditEntryContent[],
): Promise<AuditHead> {
  return writeAuditEntries(auditLog, meta, await readAuditHead(meta), contents);
}

/** The ids of the records of `entity` that entries after `seq` changed: what a follower of the log must re-read. */
export async function entityIdsChangedSince(
  db: Pick<FirebreakDatabase, 'auditLog'>,
  seq: number,
  entity: string,
): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.auditLog
    .where(':id')
    .above(seq)
    .each((entry) => {
      if (entry.entity === entity) ids.add(entry.entityId);
    });
  return ids;
}

/** Reads the whole log in sequence order, in one read transaction, and checks it against the anchored head. */
export async function verifyStoredAuditChain(db: FirebreakDatabase): Promise<AuditChainReport> {
  return db.transaction('r', [db.auditLog, db.meta], async () => {
    const anchor = await readAuditHead(db.meta);
    const entries: unknown[] = [];
    await db.auditLog.orderBy(':id').each((entry) => {
      entries.push(entry);
    });
    return verifyAuditChain(entries, anchor);
  });
}

/**
 * Records a data upgrade in the audit log, inside its version-change transaction: one `migrate` entry by Firebreak on
 * the database, whose value hash names the version, what changed and the counts the upgrade reports.
 */
export async function recordUpgrade(
  tx: Pick<Transaction, 'table'>,
  version: number,
  change: string,
  counts: Readonly<Record<string, number>>,
): Promise<void> {
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: `version-${version}`,
      op: 'migrate',
      valueHash: hashValue({ version, change, ...counts }),
    },
  ]);
}
