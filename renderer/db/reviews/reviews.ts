/**
 * Post-incident review repository: starting a review (impact times default from the incident's recorded milestones),
 * saving the draft, completing it, recording a waiver (reason and approver) instead, and the review's action items.
 * Each function validates with the shared schemas and runs in one write transaction; a refused rule changes nothing.
 */
import {
  actionItemDraftSchema,
  type ActionItem,
  type ActionItemDraftInput,
  type ActionLink,
} from '../../../shared/domain/reviews/actionItem';
import {
  reviewCompletionProblems,
  reviewFormSchema,
  reviewRefOf,
  reviewSubject,
  waiverRequestSchema,
  type Review,
  type ReviewForm,
  type ReviewFormInput,
  type WaiverRequest,
} from '../../../shared/domain/reviews/review';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { incidentSubject } from '../../../shared/domain/subject';
import { parseOrRefuse, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { isLiveEvidenceOfSubject } from '../evidence/queries';
import { requireLiveIncident } from '../incidents/queries';
import { liveRunbook } from '../runbooks/queries';
import { livePerson } from '../team/queries';
import { liveTimelineOfSubject } from '../timeline/queries';
import { writeTransaction, type Actor, type RecordWriter } from '../write';
import { liveActionItem, liveReview, liveReviewOfIncident } from './queries';

async function requireLiveReview(db: FirebreakDatabase, id: string): Promise<Review> {
  const review = await liveReview(db, id);
  if (!review) throw new WriteRefusedError('That review no longer exists.');
  return review;
}

function noteOnIncident(writer: RecordWriter, incident: Incident, text: string): void {
  if (incident.phase === 'closed') return;
  writer.create('timeline', { subject: incidentSubject(incident), kind: 'action', occurredAt: writer.now, text });
}

function createDraft(writer: RecordWriter, incident: Incident): Review {
  const { impactStarted, recovered } = incident.milestones;
  const review = writer.create('review', {
    subject: incidentSubject(incident),
    ref: reviewRefOf(incident.ref),
    status: 'draft',
    summary: '',
    impact: {
      who: '',
      what: '',
      customerImpactStart: impactStarted?.at ?? null,
      customerImpactEnd: recovered?.at ?? null,
    },
  });
  noteOnIncident(writer, incident, `Started the post-incident review ${review.ref}.`);
  return review;
}

/** The incident's review, started now as a draft when there is none yet. */
export async function startReview(db: FirebreakDatabase, actor: Actor, incidentId: string): Promise<Review> {
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    if (incident.exercise !== null) {
      throw new WriteRefusedError('This is a practice incident: its exercise has an after-action report instead.');
    }
    return (await liveReviewOfIncident(db, incident.id)) ?? createDraft(writer, incident);
  });
}

/** Picked entries must be the incident's own, each once. */
async function checkPickedEntries(db: FirebreakDatabase, incidentId: string, form: ReviewForm): Promise<void> {
  const ids = new Set((await liveTimelineOfSubject(db, incidentId)).map((entry) => entry.id));
  const seen = new Set<string>();
  for (const picked of form.timeline) {
    if (!ids.has(picked.entryId)) {
      throw new WriteRefusedError('A picked timeline entry is not on this incident’s timeline any more. Remove it.');
    }
    if (seen.has(picked.entryId)) throw new WriteRefusedError('A timeline entry is picked twice. Remove one.');
    seen.add(picked.entryId);
  }
}

async function writeForm(
  db: FirebreakDatabase,
  writer: RecordWriter,
  reviewId: string,
  form: ReviewForm,
  complete: boolean,
): Promise<Review> {
  const review = await requireLiveReview(db, reviewId);
  const incident = await requireLiveIncident(db, review.subject.id);
  await checkPickedEntries(db, incident.id, form);
  const completing = complete || review.status === 'complete';
  const problems = completing ? reviewCompletionProblems(form) : [];
  if (problems.length > 0) {
    throw new WriteRefusedError(
      `${review.status === 'complete' ? 'A completed review still needs' : 'To complete the review'}: ${problems.join(' ')}`,
    );
  }
  if (complete && review.status !== 'complete') {
    noteOnIncident(writer, incident, `Completed the post-incident review ${review.ref}.`);
    return writer.update('review', review, {
      ...form,
      status: 'complete',
      completedAt: writer.now,
      completedBy: writer.actor.name,
    });
  }
  return writer.update('review', review, form);
}

/** Saves the review as it stands (a draft stays a draft; a completed review must stay complete). */
export async function saveReview(
  db: FirebreakDatabase,
  actor: Actor,
  reviewId: string,
  input: ReviewFormInput,
): Promise<Review> {
  const form = parseOrRefuse(reviewFormSchema, 'review', input);
  return writeTransaction(db, actor, (writer) => writeForm(db, writer, reviewId, form, false));
}

/** Saves and completes the review; refused, in words, while something a review needs is missing. */
export async function completeReview(
  db: FirebreakDatabase,
  actor: Actor,
  reviewId: string,
  input: ReviewFormInput,
): Promise<Review> {
  const form = parseOrRefuse(reviewFormSchema, 'review', input);
  return writeTransaction(db, actor, (writer) => writeForm(db, writer, reviewId, form, true));
}

/** Records that the incident may close without a completed review: why, and which person approved it. */
export async function recordReviewWaiver(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: WaiverRequest,
): Promise<Review> {
  const request = parseOrRefuse(waiverRequestSchema, 'waiver', input);
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    const approver = await livePerson(db, request.approverId);
    if (!approver) throw new WriteRefusedError('The approver is not in the people directory. Choose someone who is.');
    const review = (await liveReviewOfIncident(db, incident.id)) ?? createDraft(writer, incident);
    noteOnIncident(
      writer,
      incident,
      `Post-incident review waived, approved by ${approver.name}. Reason: ${request.reason}`,
    );
    return writer.update('review', review, {
      waiver: {
        reason: request.reason,
        approver: approver.name,
        approverId: approver.id,
        recordedBy: writer.actor.name,
        recordedById: writer.actor.personId,
        recordedAt: writer.now,
      },
    });
  });
}

async function checkLink(db: FirebreakDatabase, incidentId: string, link: ActionLink | null): Promise<void> {
  if (link === null) return;
  if (link.kind === 'runbook') {
    if (!(await liveRunbook(db, link.id))) throw new WriteRefusedError('The linked runbook no longer exists.');
  } else if (!(await isLiveEvidenceOfSubject(db, link.id, incidentId))) {
    throw new WriteRefusedError('The linked evidence item is not held for this incident.');
  }
}

async function actionFields(db: FirebreakDatabase, incidentId: string, input: ActionItemDraftInput) {
  const draft = parseOrRefuse(actionItemDraftSchema, 'action item', input);
  const owner = await livePerson(db, draft.ownerId);
  if (!owner) throw new WriteRefusedError('The owner is not in the people directory. Choose someone who is.');
  await checkLink(db, incidentId, draft.link);
  return { ...draft, owner: owner.name };
}

export async function addActionItem(
  db: FirebreakDatabase,
  actor: Actor,
  reviewId: string,
  input: ActionItemDraftInput,
): Promise<ActionItem> {
  return writeTransaction(db, actor, async (writer) => {
    const review = await requireLiveReview(db, reviewId);
    const fields = await actionFields(db, review.subject.id, input);
    return writer.create('actionItem', {
      subject: reviewSubject(review),
      incidentId: review.subject.id,
      incidentRef: review.subject.ref,
      ...fields,
      doneAt: fields.status === 'done' ? writer.now : null,
    });
  });
}

export async function updateActionItem(
  db: FirebreakDatabase,
  actor: Actor,
  itemId: string,
  input: ActionItemDraftInput,
): Promise<ActionItem> {
  return writeTransaction(db, actor, async (writer) => {
    const item = await liveActionItem(db, itemId);
    if (!item) throw new WriteRefusedError('That action item no longer exists.');
    const fields = await actionFields(db, item.incidentId, input);
    const doneAt = fields.status === 'done' ? (item.doneAt ?? writer.now) : null;
    return writer.update('actionItem', item, { ...fields, doneAt });
  });
}
