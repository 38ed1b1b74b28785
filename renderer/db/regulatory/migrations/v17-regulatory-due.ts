/**
 * Version 17: the due-soon projection of regulatory profiles (`regulatoryDue`, see `../regulatoryDue.ts`), filled
 * from the stored profiles. Profiles are not touched; the upgrade is recorded in the audit log.
 */
import Dexie, { type Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';
import { loadPublicHolidays } from '../publicHolidays';
import { rebuildRegulatoryDue } from '../regulatoryDue';

export async function upgradeToV17(tx: Transaction): Promise<void> {
  // Deadlines count public holidays; waitFor keeps the upgrade transaction open while the calendar loads.
  const loading = loadPublicHolidays();
  if (loading) await Dexie.waitFor(loading);
  const rows = await rebuildRegulatoryDue(tx);
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-17',
      op: 'migrate',
      valueHash: hashValue({ version: 17, change: 'due-soon projection of regulatory profiles', rows }),
    },
  ]);
}
