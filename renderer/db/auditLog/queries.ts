/**
 * Reading the audit log for the viewer: entries after a sequence number, a page at a time (a follower catches up
 * with new writes without reading the log again), and the whole chain checked against its anchored head with
 * progress, in one read transaction, for the verification worker.
 */
import { verifyAuditChain, type AuditChainReport, type AuditEntry } from '../../../shared/domain/audit';
import { readAuditHead } from '../auditTrail';
import type { FirebreakDatabase } from '../database';

/** Up to `limit` entries after `seq`, in log order. */
export function readAuditEntriesAfter(db: FirebreakDatabase, seq: number, limit: number): Promise<AuditEntry[]> {
  return db.auditLog.where(':id').above(seq).limit(limit).toArray();
}

export interface ChainCheckProgress {
  readonly phase: 'reading' | 'checking';
  readonly done: number;
  readonly total: number;
}

/** Reports progress every this many entries. */
const PROGRESS_STEP = 2_000;

/**
 * Reads the whole log and its anchored head in one read transaction, then checks every link; `onProgress` hears
 * how far reading and checking have come. The same check as `verifyStoredAuditChain`, made to show progress.
 */
export async function checkStoredAuditChain(
  db: FirebreakDatabase,
  onProgress: (progress: ChainCheckProgress) => void = () => {},
): Promise<AuditChainReport> {
  const { anchor, entries } = await db.transaction('r', [db.auditLog, db.meta], async () => {
    const head = await readAuditHead(db.meta);
    const read: unknown[] = [];
    await db.auditLog.orderBy(':id').each((entry) => {
      read.push(entry);
      if (read.length % PROGRESS_STEP === 0) onProgress({ phase: 'reading', done: read.length, total: head.seq });
    });
    return { anchor: head, entries: read };
  });
  onProgress({ phase: 'checking', done: 0, total: entries.length });
  function* counted(): Generator<unknown> {
    for (let i = 0; i < entries.length; i++) {
      if (i > 0 && i % PROGRESS_STEP === 0) onProgress({ phase: 'checking', done: i, total: entries.length });
      yield entries[i];
    }
  }
  const report = verifyAuditChain(counted(), anchor);
  onProgress({ phase: 'checking', done: entries.length, total: entries.length });
  return report;
}
