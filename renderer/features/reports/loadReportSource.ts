/** Reads what a report is built from: the incident, its whole timeline and the audit-chain head, in one snapshot. */
import Dexie from 'dexie';
import type { ReportSource } from '../../../shared/reports/inputs';
import { readAuditHead } from '../../db/auditTrail';
import type { FirebreakDatabase } from '../../db/database';

export async function loadReportSource(
  db: FirebreakDatabase,
  incidentId: string,
  context: { readonly generatedBy: string; readonly signerFingerprint: string },
): Promise<ReportSource> {
  return db.transaction('r', db.incidents, db.timeline, db.meta, async () => {
    const incident = await db.incidents.get(incidentId);
    if (incident === undefined) throw new Error('The incident is no longer there.');
    const timeline = await db.timeline
      .where('[incidentId+occurredAt]')
      .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
      .toArray();
    return {
      incident,
      timeline,
      auditHead: await readAuditHead(db.meta),
      generatedAt: new Date().toISOString(),
      generatedBy: context.generatedBy,
      signerFingerprint: context.signerFingerprint,
    };
  });
}
