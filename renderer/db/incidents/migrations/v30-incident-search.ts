/**
 * Version 30: the register's persisted search index (`incidentSearch`, the words of each live incident's search
 * text) is made from the register's projection, which holds that text (`fillIncidentSearchFromProjection`: the same
 * rows as from the records, a fraction of the bytes read); the projection's new indexes (severity, phase, types) are built by
 * IndexedDB itself from the rows it holds. Incident records and the projection's rows are not touched. Audited. At
 * 100,000 incidents it takes seconds, so it reports its progress page by page for the splash screen.
 */
import type { Transaction } from 'dexie';
import { recordUpgrade } from '../../auditTrail';
import { withUpgradeProgress } from '../../upgradeProgress';
import { fillIncidentSearchFromProjection } from '../incidentSearch';

export async function upgradeToV30(tx: Transaction): Promise<void> {
  const indexed = await withUpgradeProgress(30, 'Indexing incident search words', (report) =>
    fillIncidentSearchFromProjection(tx, report),
  );
  await recordUpgrade(tx, 30, 'register search words persisted', { indexed });
}
