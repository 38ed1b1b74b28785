/**
 * Version 31: the regulatory profiles' chart facts (`filingChartFacts`, see `../chartFacts.ts`), filled from the
 * stored profiles so the metrics dashboard charts filings at once. Profiles are not touched; the upgrade is recorded
 * in the audit log, and reports its progress for the splash screen (each profile's clocks are computed).
 */
import Dexie, { type Transaction } from 'dexie';
import { recordUpgrade } from '../../auditTrail';
import { withUpgradeProgress } from '../../upgradeProgress';
import { rebuildFilingChartFacts } from '../chartFacts';
import { loadPublicHolidays } from '../publicHolidays';

export async function upgradeRegulatoryToV31(tx: Transaction): Promise<void> {
  // Deadlines count public holidays; waitFor keeps the upgrade transaction open while the calendar loads.
  const loading = loadPublicHolidays();
  if (loading) await Dexie.waitFor(loading);
  const profiles = await withUpgradeProgress(31, 'Preparing regulatory filing charts', (report) =>
    rebuildFilingChartFacts(tx, report),
  );
  await recordUpgrade(tx, 31, 'chart facts of regulatory profiles', { profiles });
}
