/**
 * Evaluation repository: evaluator ratings and findings (one record per exercise, each change one transaction),
 * participant feedback forms, improvement items tracked to done, a corrective action opened as a draft of a runbook
 * (through the runbooks write path), and the exercise programme's cadence.
 */
import {
  applyEvaluationChange,
  EMPTY_EVALUATION,
  evaluationChangeSchema,
  type EvaluationChangeInput,
  type ExerciseEvaluation,
} from '../../../shared/domain/exercises/evaluation';
import {
  feedbackFormSchema,
  type ExerciseFeedback,
  type FeedbackFormInput,
} from '../../../shared/domain/exercises/feedback';
import {
  cadenceMonthsSchema,
  EXERCISE_PROGRAMME_ID,
  IMPROVEMENT_STATUS_LABELS,
  improvementDraftSchema,
  improvementStatusSchema,
  type ImprovementDraftInput,
  type ImprovementItem,
  type ImprovementStatus,
} from '../../../shared/domain/exercises/improvement';
import { runbookContent } from '../../../shared/domain/runbooks/runbook';
import { parseOrRefuse, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { liveRunbook } from '../runbooks/queries';
import { requireRunbook, saveRunbookEdit } from '../runbooks/runbooks';
import { personNamed } from '../team/team';
import { writeTransaction, type Actor } from '../write';
import { exerciseSubject } from './exercises';
import { liveEvaluation, requireLiveExercise } from './queries';

/** Records one evaluator change (an action assessed, a target or capability rated, an objective's findings). */
export async function saveEvaluation(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  input: EvaluationChangeInput,
): Promise<ExerciseEvaluation> {
  const change = parseOrRefuse(evaluationChangeSchema, 'evaluation', input);
  return writeTransaction(db, actor, async (writer) => {
    const exercise = await requireLiveExercise(db, exerciseId);
    const body = exercise.scenario.body;
    const known =
      change.kind === 'target'
        ? body.capabilityTargets.some((target) => target.id === change.targetId)
        : change.kind === 'objective'
          ? body.objectives.some((objective) => objective.id === change.objectiveId)
          : change.kind === 'action'
            ? body.modules.some((module) =>
                module.injects.some(
                  (inject) =>
                    inject.id === change.injectId && inject.expectedActions.some((a) => a.id === change.actionId),
                ),
              )
            : true;
    if (!known) throw new WriteRefusedError('That is not part of this exercise’s scenario.');
    const current = await liveEvaluation(db, exerciseId);
    const next = applyEvaluationChange(current ?? EMPTY_EVALUATION, change);
    return current
      ? writer.update('exerciseEvaluation', current, next)
      : writer.create('exerciseEvaluation', { exerciseId, ...next });
  });
}

export async function submitFeedback(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  input: FeedbackFormInput,
): Promise<ExerciseFeedback> {
  const form = parseOrRefuse(feedbackFormSchema, 'feedback', input);
  return writeTransaction(db, actor, async (writer) => {
    await requireLiveExercise(db, exerciseId);
    return writer.create('exerciseFeedback', { exerciseId, ...form });
  });
}

export async function addImprovementItem(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  input: ImprovementDraftInput,
): Promise<ImprovementItem> {
  const draft = parseOrRefuse(improvementDraftSchema, 'improvement item', input);
  return writeTransaction(db, actor, async (writer) => {
    const exercise = await requireLiveExercise(db, exerciseId);
    const owner = await personNamed(db, writer, draft.owner);
    const item = writer.create('improvementItem', {
      ...draft,
      owner,
      exerciseId,
      exerciseRef: exercise.ref,
      status: 'open',
      doneAt: null,
      runbookDraft: null,
    });
    writer.create('timeline', {
      subject: exerciseSubject(exercise),
      kind: 'action',
      occurredAt: writer.now,
      text: `Improvement item: ${draft.correctiveAction} (owner ${owner.name}, due ${draft.completionDate}).`,
    });
    return item;
  });
}

async function requireItem(db: FirebreakDatabase, id: string): Promise<ImprovementItem> {
  const item = await db.improvementItems.get(id);
  if (!item || item.deletedAt !== null) throw new WriteRefusedError('That improvement item no longer exists.');
  return item;
}

export async function setImprovementStatus(
  db: FirebreakDatabase,
  actor: Actor,
  itemId: string,
  status: ImprovementStatus,
): Promise<ImprovementItem> {
  const to = parseOrRefuse(improvementStatusSchema, 'status', status);
  return writeTransaction(db, actor, async (writer) => {
    const item = await requireItem(db, itemId);
    if (item.status === to) return item;
    writer.create('timeline', {
      subject: { kind: 'exercise', id: item.exerciseId, ref: item.exerciseRef },
      kind: 'action',
      occurredAt: writer.now,
      text: `Improvement item “${item.correctiveAction}” is now ${IMPROVEMENT_STATUS_LABELS[to].toLowerCase()}.`,
    });
    return writer.update('improvementItem', item, { status: to, doneAt: to === 'done' ? writer.now : null });
  });
}

/**
 * Opens a draft change of a runbook for an improvement item: a new draft version of the runbook (through the
 * runbooks write path) whose purpose records the exercise, the area for improvement and the corrective action, and
 * the item linked to that draft.
 */
export async function openRunbookDraft(
  db: FirebreakDatabase,
  actor: Actor,
  itemId: string,
  runbookId: string,
): Promise<ImprovementItem> {
  const item = await requireItem(db, itemId);
  if (item.runbookDraft) {
    throw new WriteRefusedError(`This item already has a draft of “${item.runbookDraft.title}”.`);
  }
  const base =
    (await liveRunbook(db, runbookId)) ??
    (await writeTransaction(db, actor, (writer) => requireRunbook(db, writer, runbookId)));
  const content = runbookContent(base);
  const note =
    `\n\nChange requested by exercise ${item.exerciseRef} (area for improvement: ${item.issue}). ` +
    `Corrective action: ${item.correctiveAction}`;
  const draft = await saveRunbookEdit(db, actor, base.id, {
    ...content,
    purpose: `${content.purpose}${note}`.slice(0, 5_000),
  });
  return writeTransaction(db, actor, async (writer) => {
    const current = await requireItem(db, itemId);
    writer.create('timeline', {
      subject: { kind: 'exercise', id: current.exerciseId, ref: current.exerciseRef },
      kind: 'action',
      occurredAt: writer.now,
      text: `Opened draft v${draft.version} of runbook “${draft.title}” for “${current.correctiveAction}”.`,
    });
    return writer.update('improvementItem', current, {
      status: current.status === 'open' ? 'in-progress' : current.status,
      runbookDraft: { id: draft.id, lineageId: draft.lineageId, version: draft.version, title: draft.title },
    });
  });
}

/** How many months between exercises (Settings). */
export async function setExerciseCadence(db: FirebreakDatabase, actor: Actor, months: number): Promise<void> {
  const cadenceMonths = parseOrRefuse(cadenceMonthsSchema, 'exercise programme', months);
  await writeTransaction(db, actor, async (writer) => {
    const current = await db.exerciseProgramme.get(EXERCISE_PROGRAMME_ID);
    if (current) writer.update('exerciseProgramme', current, { cadenceMonths });
    else writer.create('exerciseProgramme', { cadenceMonths }, EXERCISE_PROGRAMME_ID);
  });
}
