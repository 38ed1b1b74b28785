/**
 * Correcting a timeline entry: a correction is appended beside the entry it supersedes (same event time), with the
 * corrected text and why; the original is never changed, so the record shows both. Audited like every write.
 */
import {
  correctionDraftSchema,
  isCorrectable,
  type CorrectionDraft,
  type TimelineEntry,
} from '../../../shared/domain/timeline';
import { incidentSubject } from '../../../shared/domain/subject';
import { ExplainedError, parseOrRefuse, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { requireLiveIncident } from '../incidents/queries';
import { writeTransaction, type Actor } from '../write';

export async function correctTimelineEntry(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: CorrectionDraft,
): Promise<TimelineEntry> {
  const draft = parseOrRefuse(correctionDraftSchema, 'correction', input);
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    if (incident.phase === 'closed') {
      throw new WriteRefusedError('This incident is closed. Reopen it to correct its timeline.');
    }
    const original = await db.timeline.get(draft.correctsId);
    if (!original || original.deletedAt !== null || original.subject.id !== incident.id) {
      throw new ExplainedError('That timeline entry is not on this incident any more, so it cannot be corrected.');
    }
    if (!isCorrectable(original.kind)) {
      throw new WriteRefusedError('Only notes, decisions, actions and communications can be corrected.');
    }
    if (original.text.trim() === draft.text) {
      throw new WriteRefusedError('The corrected text is the same as the entry. Change the text, or cancel.');
    }
    const entry = writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'correction',
      occurredAt: original.occurredAt,
      correctsId: original.id,
      text: draft.text,
      reason: draft.reason,
    });
    writer.update('incident', incident, {});
    return entry;
  });
}
