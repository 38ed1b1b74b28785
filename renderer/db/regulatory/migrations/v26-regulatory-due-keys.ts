/**
 * Version 26: the due-soon projection indexes one key per open clock (`*dueKeys`, `<dueAt>|<regime>:<stage>`)
 * instead of the bare instants (`*dueTimes`), so a range's count is the number of deadlines and a limited read gives
 * the earliest ones. Every row is made again from the stored profiles; profiles are not touched; the upgrade is
 * recorded in the audit log.
 */
import Dexie, { type Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';
import { loadPublicHolidays } from '../publicHolidays';
import { rebuildRegulatoryDue } from '../regulatoryDue';

export async function upgradeToV26(tx: Transaction): Promise<void> {
  // Deadlines count public holidays; waitFor keeps the upgrade transaction open while the calendar loads.
  const loading = loadPublicHolidays();
  if (loading) await Dexie.waitFor(loading);
  const rows = await rebuildRegulatoryDue(tx);
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-26',
      op: 'migrate',
      valueHash: hashValue({ version: 26, change: 'due-soon projection keyed by clock', rows }),
    },
  ]);
}
