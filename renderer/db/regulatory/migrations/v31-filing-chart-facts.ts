/**
 * Version 31: the regulatory profiles' chart facts (`filingChartFacts`, see `../chartFacts.ts`), filled from the
 * stored profiles so the metrics dashboard charts filings at once. Profiles are not touched; the upgrade is recorded
 * in the audit log, and reports its progress for the splash screen (each profile's clocks are computed).
 */
import Dexie, { type Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';
import { reportUpgradeProgress } from '../../upgradeProgress';
import { rebuildFilingChartFacts } from '../chartFacts';
import { loadPublicHolidays } from '../publicHolidays';

export async function upgradeRegulatoryToV31(tx: Transaction): Promise<void> {
  // Deadlines count public holidays; waitFor keeps the upgrade transaction open while the calendar loads.
  const loading = loadPublicHolidays();
  if (loading) await Dexie.waitFor(loading);
  const task = 'Preparing regulatory filing charts';
  let profiles: number;
  try {
    profiles = await rebuildFilingChartFacts(tx, (done, total) =>
      reportUpgradeProgress({ version: 31, task, done, total }),
    );
  } finally {
    reportUpgradeProgress(undefined);
  }
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-31',
      op: 'migrate',
      valueHash: hashValue({ version: 31, change: 'chart facts of regulatory profiles', profiles }),
    },
  ]);
}
