/**
 * Version 8: the register's projection (`incidentList`, see `../incidentList.ts`), filled from the stored incidents
 * in pages so the first start after the upgrade lists them at once. Incident records are not touched; the upgrade is
 * recorded in the audit log.
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';
import { rebuildIncidentList } from '../incidentList';

export async function upgradeToV8(tx: Transaction): Promise<void> {
  const listed = await rebuildIncidentList(tx);
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-8',
      op: 'migrate',
      valueHash: hashValue({ version: 8, change: 'register projection of incidents', listed }),
    },
  ]);
}
