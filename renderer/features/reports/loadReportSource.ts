/**
 * Reads what a report is built from in one snapshot: the subject's record (an incident, or a post-incident review
 * with its action items and its incident), the incident's whole timeline, the audit-chain head, its evidence items
 * with their custody events, and its checklist steps, mapped onto the report inputs.
 */
import { incidentSubject, type Subject } from '../../../shared/domain/subject';
import { sortChecklist } from '../../../shared/domain/runbooks/checklist';
import { ExplainedError } from '../../../shared/errors';
import { reportChecklistItem, reportEvidenceItem } from '../../../shared/reports/fromRecords';
import type { AnyReportSource } from '../../../shared/reports/reportTypes';
import type { ReportSource } from '../../../shared/reports/inputs';
import type { ExerciseReportSource } from '../../../shared/reports/afterActionReport';
import { exerciseReportRecords } from '../../db/exercises/queries';
import { readAuditHead } from '../../db/auditTrail';
import type { FirebreakDatabase } from '../../db/database';
import { custodyEventsOf, liveEvidenceOfSubject } from '../../db/evidence/queries';
import { liveIncident } from '../../db/incidents/queries';
import { liveChecklistOfIncident } from '../../db/runbooks/queries';
import { timelineOfSubject } from '../../db/timeline/queries';
import { liveActionItemsOfReview, liveReview } from '../../db/reviews/queries';
import { reviewSubject } from '../../../shared/domain/reviews/review';

async function loadReviewOfSubject(db: FirebreakDatabase, reviewId: string) {
  const record = await liveReview(db, reviewId);
  if (record === undefined) throw new ExplainedError('The review is no longer there.');
  return { record, actionItems: await liveActionItemsOfReview(db, reviewId) };
}

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
  const tables = [
    db.incidents,
    db.timeline,
    db.meta,
    db.evidence,
    db.custody,
    db.checklistSteps,
    db.reviews,
    db.actionItems,
  ];
  return db.transaction('r', tables, async () => {
    // A review's report reads its incident's records too (see loadReviewOfSubject).
    const review = subject.kind === 'review' ? await loadReviewOfSubject(db, subject.id) : undefined;
    if (subject.kind !== 'incident' && review === undefined)
      throw new ExplainedError(`Reports about a ${subject.kind} are not available yet.`);
    const incidentId = review?.record.subject.id ?? subject.id;
    const incident = await liveIncident(db, incidentId);
    if (incident === undefined) throw new ExplainedError('The incident is no longer there.');
    const timeline = await timelineOfSubject(db, incidentId);
    const items = await liveEvidenceOfSubject(db, incidentId);
    const evidence = await Promise.all(
      items.map(async (item) => reportEvidenceItem(item, await custodyEventsOf(db, item.id))),
    );
    const steps = await liveChecklistOfIncident(db, incidentId);
    return {
      subject: review ? reviewSubject(review.record) : incidentSubject(incident),
      ...(review ? { review } : {}),
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

/** The records of any subject's report: an exercise's for the AAR/IP, else the incident's. */
export function loadAnyReportSource(
  db: FirebreakDatabase,
  subject: Subject,
  context: Parameters<typeof loadReportSource>[2],
): Promise<AnyReportSource> {
  return subject.kind === 'exercise'
    ? loadExerciseReportSource(db, subject, context)
    : loadReportSource(db, subject, context);
}

/** An exercise's records for the AAR/IP, in one read transaction. */
function loadExerciseReportSource(
  db: FirebreakDatabase,
  subject: Subject,
  context: { readonly generatedBy: string; readonly signerFingerprint: string },
): Promise<ExerciseReportSource> {
  const tables = [
    db.exercises,
    db.exerciseEvents,
    db.exerciseEvaluations,
    db.exerciseFeedback,
    db.improvementItems,
    db.timeline,
    db.meta,
  ];
  return db.transaction('r', tables, async () => {
    const records = await exerciseReportRecords(db, subject.id);
    if (!records) throw new ExplainedError('The exercise is no longer there.');
    return {
      subject: { kind: 'exercise', id: records.exercise.id, ref: records.exercise.ref },
      ...records,
      auditHead: await readAuditHead(db.meta),
      generatedAt: new Date().toISOString(),
      generatedBy: context.generatedBy,
      signerFingerprint: context.signerFingerprint,
    };
  });
}
