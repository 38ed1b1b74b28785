/** Evaluation, feedback, the improvement plan (with a runbook draft) and the exercise programme, through the write path. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { chatbotJailbreak } from '../../../../shared/domain/exercises/builtIn/chatbotJailbreak';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import {
  addImprovementItem,
  openRunbookDraft,
  saveEvaluation,
  setExerciseCadence,
  setImprovementStatus,
  submitFeedback,
} from '../../../../renderer/db/exercises/evaluation';
import { planExercise } from '../../../../renderer/db/exercises/exercises';
import {
  exerciseSchedule,
  liveEvaluation,
  liveFeedback,
  openImprovementItems,
} from '../../../../renderer/db/exercises/queries';
import { liveRunbook } from '../../../../renderer/db/runbooks/queries';
import { freshDatabase, testActor } from '../../../fixtures/testDatabase';

const JAILBREAK_RUNBOOK_V1 = '01900000-0000-7000-8000-00000000b101';

async function planned() {
  const db = freshDatabase();
  const exercise = await planExercise(db, testActor, {
    title: 'Q4 chatbot tabletop',
    scenarioLineageId: chatbotJailbreak.lineageId,
    scenarioVersion: 1,
    plannedAt: '2026-09-15T09:00:00.000Z',
    facilitator: 'Dana Reyes',
  });
  return { db, exercise };
}

const item = {
  capability: 'containment' as const,
  issue: 'Nobody knew who could switch the assistant off.',
  correctiveAction: 'Name the kill-switch owner in the runbook',
  element: 'planning' as const,
  responsibleOrganisation: 'AI platform team',
  pointOfContact: 'Dana Reyes',
  owner: 'Ravi Patel',
  startDate: '2026-12-01',
  completionDate: '2027-01-15',
};

describe('exercise evaluation', () => {
  it('records ratings and findings, and refuses what the scenario does not have', async () => {
    const { db, exercise } = await planned();
    await saveEvaluation(db, testActor, exercise.id, {
      kind: 'target',
      targetId: 't-contain',
      assessment: { rating: 'S', note: 'Safe mode took 40 minutes.' },
    });
    await saveEvaluation(db, testActor, exercise.id, {
      kind: 'action',
      injectId: 'i2-viral-thread',
      actionId: 'a-kill-switch',
      assessment: { result: 'met' },
    });
    await expect(
      saveEvaluation(db, testActor, exercise.id, {
        kind: 'target',
        targetId: 't-nothing',
        assessment: { rating: 'P' },
      }),
    ).rejects.toThrow('That is not part of this exercise’s scenario.');
    const evaluation = await liveEvaluation(db, exercise.id);
    expect(evaluation?.targets).toEqual({ 't-contain': { rating: 'S', note: 'Safe mode took 40 minutes.' } });
    expect(evaluation?.actions).toEqual({ 'i2-viral-thread/a-kill-switch': { result: 'met', note: '' } });
    expect(evaluation?.rev).toBe(2);
  });

  it('takes feedback forms only with every statement rated', async () => {
    const { db, exercise } = await planned();
    await expect(
      submitFeedback(db, testActor, exercise.id, { role: 'player', agreement: [4, 4, 4, 0, 4, 4, 4, 4] }),
    ).rejects.toThrow('Rate the statement from 1 to 5.');
    await submitFeedback(db, testActor, exercise.id, { role: 'player', agreement: [4, 4, 4, 3, 4, 4, 4, 5] });
    expect((await liveFeedback(db, exercise.id)).map((form) => form.agreement)).toEqual([[4, 4, 4, 3, 4, 4, 4, 5]]);
  });

  it('tracks improvement items to done and opens one runbook draft for a corrective action', async () => {
    const { db, exercise } = await planned();
    await expect(
      addImprovementItem(db, testActor, exercise.id, { ...item, completionDate: '2026-11-01' }),
    ).rejects.toThrow('The completion date cannot be before the start date.');
    const added = await addImprovementItem(db, testActor, exercise.id, item);
    expect(added).toMatchObject({ status: 'open', exerciseRef: exercise.ref, owner: { name: 'Ravi Patel' } });
    expect((await openImprovementItems(db)).map((open) => open.id)).toEqual([added.id]);

    const drafted = await openRunbookDraft(db, testActor, added.id, JAILBREAK_RUNBOOK_V1);
    expect(drafted.status).toBe('in-progress');
    expect(drafted.runbookDraft).toMatchObject({ version: 2, title: 'Prompt injection or jailbreak containment' });
    const draft = await liveRunbook(db, drafted.runbookDraft?.id ?? '');
    expect(draft?.status).toBe('draft');
    expect(draft?.purpose).toContain(`Change requested by exercise ${exercise.ref}`);
    expect(draft?.purpose).toContain(item.correctiveAction);
    await expect(openRunbookDraft(db, testActor, added.id, JAILBREAK_RUNBOOK_V1)).rejects.toThrow(
      'This item already has a draft',
    );

    const done = await setImprovementStatus(db, testActor, added.id, 'done');
    expect(done.doneAt).not.toBeNull();
    expect(await openImprovementItems(db)).toEqual([]);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });

  it('says when the next exercise is due, quarterly unless configured', async () => {
    const { db, exercise } = await planned();
    const now = Date.parse('2026-11-30T08:00:00.000Z');
    expect(await exerciseSchedule(db, now)).toMatchObject({ cadenceMonths: 3, lastHeld: null, overdue: true });
    await db.exercises.update(exercise.id, { status: 'ended' });
    expect(await exerciseSchedule(db, now)).toMatchObject({ dueAt: '2026-12-15T09:00:00.000Z', overdue: false });
    await setExerciseCadence(db, testActor, 2);
    expect(await exerciseSchedule(db, now)).toMatchObject({ cadenceMonths: 2, overdue: true });
    await expect(setExerciseCadence(db, testActor, 0)).rejects.toThrow('at most monthly');
  });
});
