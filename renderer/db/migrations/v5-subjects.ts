/**
 * Version 5: records name a subject, not always an incident. Timeline entries (core) and evidence items (the evidence
 * capability) stored `incidentId`; from version 5 they store `subject: { kind, id, ref }` and are indexed by
 * `subject.id`. Every row of version 4 belongs to an incident, so its subject is that incident with the reference
 * it carries. Unknown fields are kept. Each rewritten record gets a 'migrate' audit entry whose value hash is the
 * hash of its new value, so a later integrity check comparing a record with its last audit entry still agrees; the
 * entries are chained and written in bulk, a page of rows at a time.
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../shared/domain/hash';
import type { AuditEntryContent } from '../../../shared/domain/audit';
import type { Subject } from '../../../shared/domain/subject';
import { nowIso } from '../../../shared/domain/time';
import { appendAuditEntries } from '../auditTrail';

const MIGRATION_ACTOR = 'Firebreak';

/** Incident subjects by id, read from the incidents table as version 4 left it. */
async function incidentSubjects(tx: Transaction): Promise<Map<string, Subject>> {
  const subjects = new Map<string, Subject>();
  await tx
    .table('incidents')
    .toCollection()
    .each((row: { id: string; ref: string }) => {
      subjects.set(row.id, { kind: 'incident', id: row.id, ref: row.ref });
    });
  return subjects;
}

/** Rows are rewritten a page at a time (by primary key), so a large database never sits in memory whole. */
const PAGE_ROWS = 2_000;

/**
 * Replaces `incidentId` with `subject` on every row of `table` and appends one audit entry per row (`entity`, its id,
 * 'migrate', the hash of the new row), chained and written in bulk a page at a time. Returns how many rows changed.
 */
export async function rewriteIncidentIdToSubject(tx: Transaction, table: string, entity: string): Promise<number> {
  const subjects = await incidentSubjects(tx);
  const at = nowIso();
  let changed = 0;
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? tx.table(table).orderBy(':id') : tx.table(table).where(':id').above(after);
    const rows: Record<string, unknown>[] = await range.limit(PAGE_ROWS).toArray();
    if (rows.length === 0) return changed;
    after = String(rows[rows.length - 1]!['id']);
    const rewritten: Record<string, unknown>[] = [];
    for (const row of rows) {
      const { incidentId, ...rest } = row;
      if (typeof incidentId !== 'string') continue;
      // Incidents are tombstoned, never removed, so the lookup always succeeds for data Firebreak wrote; a row
      // pointing nowhere keeps its id as the reference rather than failing the whole upgrade.
      const subject = subjects.get(incidentId) ?? { kind: 'incident', id: incidentId, ref: incidentId };
      rewritten.push({ ...rest, subject });
    }
    if (rewritten.length === 0) continue;
    const entries = rewritten.map(
      (row) =>
        ({
          at,
          actor: MIGRATION_ACTOR,
          entity,
          entityId: String(row['id']),
          op: 'migrate',
          valueHash: hashValue(row),
        }) satisfies AuditEntryContent,
    );
    await tx.table(table).bulkPut(rewritten);
    await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), entries);
    changed += rewritten.length;
  }
}

/** The core's part: timeline entries, and the upgrade's own entry in the audit log. */
export async function upgradeTimelineToV5(tx: Transaction): Promise<void> {
  const entries = await rewriteIncidentIdToSubject(tx, 'timeline', 'timeline');
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: MIGRATION_ACTOR,
      entity: 'database',
      entityId: 'version-5',
      op: 'migrate',
      valueHash: hashValue({ version: 5, change: 'timeline entries and evidence items name a subject', entries }),
    },
  ]);
}
