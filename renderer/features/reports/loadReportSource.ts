/**
 * Reads what a report is built from in one snapshot: the incident, its whole timeline, the audit-chain head, its
 * evidence items with their custody events, and its checklist steps, mapped onto the report inputs.
 */
import { sortChecklist } from '../../../shared/domain/runbooks/checklist';
import { reportChecklistItem, reportEvidenceItem } from '../../../shared/reports/fromRecords';
import type { ReportSource } from '../../../shared/reports/inputs';
import { readAuditHead } from '../../db/auditTrail';
import type { FirebreakDatabase } from '../../db/database';
import { custodyEventsOf, liveEvidenceOfIncident } from '../../db/evidence/queries';
import { liveIncident } from '../../db/incidents/queries';
import { liveChecklistOfIncident } from '../../db/runbooks/queries';
import { timelineOfIncident } from '../../db/timeline/queries';

export async function loadReportSource(
  db: FirebreakDatabase,
  incidentId: string,
  context: {
    readonly generatedBy: string;
    readonly signerFingerprint: string;
    /** For the chain-of-custody report: the chosen items. */
    readonly evidenceIds?: readonly string[];
  },
): Promise<ReportSource> {
  const tables = [db.incidents, db.timeline, db.meta, db.evidence, db.custody, db.checklistSteps];
  return db.transaction('r', tables, async () => {
    const incident = await liveIncident(db, incidentId);
    if (incident === undefined) throw new Error('The incident is no longer there.');
    const timeline = await timelineOfIncident(db, incidentId);
    const items = await liveEvidenceOfIncident(db, incidentId);
    const evidence = await Promise.all(
      items.map(async (item) => reportEvidenceItem(item, await custodyEventsOf(db, item.id))),
    );
    const steps = await liveChecklistOfIncident(db, incidentId);
    return {
      incident,
      timeline,
      auditHead: await readAuditHead(db.meta),
      evidence,
      checklist: sortChecklist(steps).map((step) => reportChecklistItem(step, incident.roles)),
      generatedAt: new Date().toISOString(),
      generatedBy: context.generatedBy,
      signerFingerprint: context.signerFingerprint,
      ...(context.evidenceIds === undefined ? {} : { evidenceIds: context.evidenceIds }),
    };
  });
}
