/**
 * Version 20: the register's rows carry the EXERCISE marker of practice incidents (`IncidentListItem.exercise`), so
 * the projection is made again from the stored incidents. Incident records are not touched; the saved packed copy
 * was written by an older version and is ignored until the register saves a new one. The upgrade is audited.
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';
import { rebuildIncidentList } from '../incidentList';

export async function upgradeToV20(tx: Transaction): Promise<void> {
  const listed = await rebuildIncidentList(tx);
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-20',
      op: 'migrate',
      valueHash: hashValue({ version: 20, change: 'register rows mark practice incidents', listed }),
    },
  ]);
}
