/**
 * Version 13: the metrics projection (`metricsFacts`, `metricsStepFacts`, see `../metricsFacts.ts`), filled from the
 * stored incidents and checklist steps so the dashboard counts them at once. Records are not touched; the upgrade is
 * recorded in the audit log.
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';
import { rebuildMetricsFacts } from '../metricsFacts';

export async function upgradeToV13(tx: Transaction): Promise<void> {
  const written = await rebuildMetricsFacts(tx);
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-13',
      op: 'migrate',
      valueHash: hashValue({ version: 13, change: 'metrics projection of incidents and checklist steps', ...written }),
    },
  ]);
}
