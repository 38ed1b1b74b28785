/**
 * Reads what a report is built from in one snapshot: the subject's record (an incident: the only kind with reports
 * today), its whole timeline, the audit-chain head, its evidence items with their custody events, and its checklist
 * steps, mapped onto the report inputs.
 */
import Dexie from 'dexie';
import { incidentSubject, type Subject } from '../../../shared/domain/subject';
import { sortChecklist } from '../../../shared/domain/runbooks/checklist';
import { ExplainedError } from '../../../shared/errors';
import { reportChecklistItem, reportEvidenceItem } from '../../../shared/reports/fromRecords';
import type { ReportSource } from '../../../shared/reports/inputs';
import { readAuditHead } from '../../db/auditTrail';
import type { FirebreakDatabase } from '../../db/database';
import { custodyEventsOf } from '../../db/evidence/evidence';

export async function loadReportSource(
  db: FirebreakDatabase,
  subject: Subject,
  context: {
    readonly generatedBy: string;
    readonly signerFingerprint: string;
    /** For the chain-of-custody report: the chosen items. */
    readonly evidenceIds?: readonly string[];
  },
): Promise<ReportSource> {
  const tables = [db.incidents, db.timeline, db.meta, db.evidence, db.custody, db.checklistSteps];
  return db.transaction('r', tables, async () => {
    if (subject.kind !== 'incident') throw new Error(`Reports about a ${subject.kind} are not available yet.`);
    const incidentId = subject.id;
    const incident = await db.incidents.get(incidentId);
    if (incident === undefined) throw new ExplainedError('The incident is no longer there.');
    const timeline = await db.timeline
      .where('[subject.id+occurredAt]')
      .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
      .toArray();
    const items = (await db.evidence.where('subject.id').equals(incidentId).toArray())
      .filter((item) => item.deletedAt === null)
      .sort((a, b) => a.acquiredAt.localeCompare(b.acquiredAt) || a.id.localeCompare(b.id));
    const evidence = await Promise.all(
      items.map(async (item) => reportEvidenceItem(item, await custodyEventsOf(db, item.id))),
    );
    const steps = (await db.checklistSteps.where('incidentId').equals(incidentId).toArray()).filter(
      (step) => step.deletedAt === null,
    );
    return {
      subject: incidentSubject(incident),
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
