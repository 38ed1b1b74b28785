/**
 * Version 31: the reviews' chart facts (`reviewChartFacts`, `actionItemChartFacts`, see `../chartFacts.ts`), filled
 * from the stored reviews and action items so the metrics dashboard charts them at once. Records are not touched; the
 * upgrade is recorded in the audit log, and reports its progress for the splash screen (20,000 reviews and 60,000
 * action items take seconds).
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';
import { reportUpgradeProgress } from '../../upgradeProgress';
import { rebuildReviewChartFacts } from '../chartFacts';

export async function upgradeReviewsToV31(tx: Transaction): Promise<void> {
  const tasks = { reviews: 'Preparing review charts', actionItems: 'Preparing action item charts' } as const;
  let written: Awaited<ReturnType<typeof rebuildReviewChartFacts>>;
  try {
    written = await rebuildReviewChartFacts(tx, (table, done, total) =>
      reportUpgradeProgress({ version: 31, task: tasks[table], done, total }),
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
      valueHash: hashValue({ version: 31, change: 'chart facts of reviews and action items', ...written }),
    },
  ]);
}
