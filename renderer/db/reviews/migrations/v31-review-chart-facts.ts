/**
 * Version 31: the reviews' chart facts (`reviewChartFacts`, `actionItemChartFacts`, see `../chartFacts.ts`), filled
 * from the stored reviews and action items so the metrics dashboard charts them at once. Records are not touched; the
 * upgrade is recorded in the audit log, and reports its progress for the splash screen (20,000 reviews and 60,000
 * action items take seconds).
 */
import type { Transaction } from 'dexie';
import { recordUpgrade } from '../../auditTrail';
import { reportUpgradeProgress } from '../../upgradeProgress';
import { rebuildReviewChartFacts } from '../chartFacts';

const TASKS = { reviews: 'Preparing review charts', actionItems: 'Preparing action item charts' } as const;

export async function upgradeReviewsToV31(tx: Transaction): Promise<void> {
  let written: Awaited<ReturnType<typeof rebuildReviewChartFacts>>;
  try {
    written = await rebuildReviewChartFacts(tx, (table, done, total) =>
      reportUpgradeProgress({ version: 31, task: TASKS[table], done, total }),
    );
  } finally {
    reportUpgradeProgress(undefined);
  }
  await recordUpgrade(tx, 31, 'chart facts of reviews and action items', written);
}
