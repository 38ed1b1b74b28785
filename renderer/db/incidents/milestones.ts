/**
 * Recording an incident's milestones (impact started, first response, contained, recovered) as facts: when, by whom,
 * on what evidence. One function, one write transaction: the incident's `milestones`, a timeline entry and the audit
 * log change together. Recording a milestone again corrects it; the timeline keeps the earlier time.
 */
import {
  checkMilestoneOrder,
  MILESTONE_LABELS,
  milestoneRecordSchema,
  type MilestoneRecordInput,
} from '../../../shared/domain/incidents/milestones';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { checkNotInFuture } from '../../../shared/domain/incidents/lifecycle';
import { incidentSubject } from '../../../shared/domain/subject';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { isLiveEvidenceOfSubject } from '../evidence/queries';
import { writeTransaction, type Actor } from '../write';
import { requireLiveIncident } from './queries';

export async function recordMilestone(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: MilestoneRecordInput,
): Promise<Incident> {
  const record = parseOrRefuse(milestoneRecordSchema, 'milestone', input);
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    if (incident.phase === 'closed') {
      throw new WriteRefusedError('This incident is closed. Reopen it to record a milestone.');
    }
    const label = MILESTONE_LABELS[record.milestone];
    refuseIf(checkNotInFuture(label, record.at, writer.now));
    refuseIf(checkMilestoneOrder(incident.milestones, record));
    for (const evidenceId of record.evidenceIds) {
      if (!(await isLiveEvidenceOfSubject(db, evidenceId, incident.id))) {
        throw new WriteRefusedError('Cite only evidence held for this incident.');
      }
    }
    const previous = incident.milestones[record.milestone];
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'milestone',
      occurredAt: record.at,
      milestone: record.milestone,
      evidenceIds: record.evidenceIds,
      note: record.note,
      replacedAt: previous?.at ?? null,
      text: previous ? `${label}: corrected the recorded time.` : `${label}: recorded.`,
    });
    return writer.update('incident', incident, {
      milestones: {
        ...incident.milestones,
        [record.milestone]: {
          at: record.at,
          recordedBy: writer.actor.name,
          recordedById: writer.actor.personId,
          recordedAt: writer.now,
          evidenceIds: record.evidenceIds,
          note: record.note,
        },
      },
    });
  });
}
