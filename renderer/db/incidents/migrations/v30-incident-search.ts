/**
 * Version 30: the register's persisted search index (`incidentSearch`, the words of each live incident's search
 * text) is made from the stored incidents; the projection's new indexes (severity, phase, types) are built by
 * IndexedDB itself from the rows it holds. Incident records and the projection's rows are not touched. Audited.
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';
import { rebuildIncidentSearch } from '../incidentSearch';

export async function upgradeToV30(tx: Transaction): Promise<void> {
  const indexed = await rebuildIncidentSearch(tx);
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-30',
      op: 'migrate',
      valueHash: hashValue({ version: 30, change: 'register search words persisted', indexed }),
    },
  ]);
}
