/**
 * Version 30: the register's persisted search index (`incidentSearch`, the words of each live incident's search
 * text) is made from the register's projection, which holds that text (`fillIncidentSearchFromProjection`: the same
 * rows as from the records, a fraction of the bytes read); the projection's new indexes (severity, phase, types) are built by
 * IndexedDB itself from the rows it holds. Incident records and the projection's rows are not touched. Audited. At
 * 100,000 incidents it takes seconds, so it reports its progress page by page for the splash screen.
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';
import { reportUpgradeProgress } from '../../upgradeProgress';
import { fillIncidentSearchFromProjection } from '../incidentSearch';

export async function upgradeToV30(tx: Transaction): Promise<void> {
  const task = 'Indexing incident search words';
  let indexed: number;
  try {
    indexed = await fillIncidentSearchFromProjection(tx, (done, total) =>
      reportUpgradeProgress({ version: 30, task, done, total }),
    );
  } finally {
    reportUpgradeProgress(undefined);
  }
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
