/** The exercise data layer: planning, the practice incident, the clock and injects, and the participant read. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { chatbotJailbreak } from '../../../../shared/domain/exercises/builtIn/chatbotJailbreak';
import { isExercise } from '../../../../shared/domain/exercises/practice';
import { scenarioClockAt } from '../../../../shared/domain/exercises/clock';
import { isClockEvent } from '../../../../shared/domain/exercises/events';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import {
  logExerciseEntry,
  planExercise,
  recordClockEvent,
  releaseDueInjects,
  releaseInject,
  retimeInject,
  skipInject,
} from '../../../../renderer/db/exercises/exercises';
import { exerciseEvents, exerciseLog, participantView } from '../../../../renderer/db/exercises/queries';
import { liveIncident } from '../../../../renderer/db/incidents/queries';
import { freshDatabase, testActor } from '../../../fixtures/testDatabase';

const PROMPT_INJECTION_RUNBOOK_V1 = '01900000-0000-7000-8000-00000000b101';
const start = Date.parse('2026-11-30T09:00:00.000Z');
const at = (minutes: number) => ({ now: () => start + minutes * 60_000 });

function plan(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Q4 chatbot tabletop',
    scenarioLineageId: chatbotJailbreak.lineageId,
    scenarioVersion: 1,
    plannedAt: '2026-11-30T09:00:00.000Z',
    facilitator: 'Dana Reyes',
    evaluators: ['Ravi Patel'],
    participants: ['Alex Chen', 'Sam Ortiz'],
    speed: 60,
    ...overrides,
  };
}

describe('exercises', () => {
  it('plans an exercise with a frozen scenario copy, a reference and people from the directory', async () => {
    const db = freshDatabase();
    const exercise = await planExercise(db, testActor, plan(), at(0));
    expect(exercise.ref).toBe('EX-2026-0001');
    expect(exercise.scenario.body.overview.name).toBe(chatbotJailbreak.body.overview.name);
    expect(exercise.participants.map((person) => person.name)).toEqual(['Alex Chen', 'Sam Ortiz']);
    expect((await planExercise(db, testActor, plan(), at(1))).ref).toBe('EX-2026-0002');
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });

  it('refuses a bad plan in words and writes nothing', async () => {
    const db = freshDatabase();
    await expect(planExercise(db, testActor, plan({ title: 'Q4', participants: ['A', 'a'] }))).rejects.toThrow(
      /at least 4 characters[\s\S]*named twice/,
    );
    expect(await db.exercises.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('declares a practice incident marked with the exercise, with the runbook applied', async () => {
    const db = freshDatabase();
    const exercise = await planExercise(db, testActor, plan({ practiceRunbookId: PROMPT_INJECTION_RUNBOOK_V1 }));
    const practice = exercise.practiceIncident;
    expect(practice?.runbookTitle).toBe('Prompt injection or jailbreak containment');
    const incident = await liveIncident(db, practice?.id ?? '');
    expect(incident?.exercise).toEqual({ exerciseId: exercise.id, ref: exercise.ref });
    expect(incident && isExercise(incident)).toBe(true);
    expect(
      await db.checklistSteps
        .where('incidentId')
        .equals(practice?.id ?? '')
        .count(),
    ).toBeGreaterThan(5);
  });

  it('runs the clock from recorded events and releases due injects once, never contingency ones', async () => {
    const db = freshDatabase();
    const exercise = await planExercise(db, testActor, plan(), at(0));
    await expect(releaseInject(db, testActor, exercise.id, 'i1-moderation-alert', at(0))).rejects.toThrow(
      'Start the clock before releasing injects.',
    );
    await recordClockEvent(db, testActor, exercise.id, { kind: 'start', speed: 60 }, at(0));
    // 1 wall minute at 60× is 60 scenario minutes: injects at 0, 15 and 35 are due; the contingency at 45 is not.
    expect(await releaseDueInjects(db, testActor, exercise.id, at(1))).toBe(4);
    expect(await releaseDueInjects(db, testActor, exercise.id, at(1))).toBe(0);
    const view = await participantView(db, exercise.id);
    expect(view.injects.map((entry) => entry.inject.id)).toEqual([
      'i4-order-lookup',
      'i3-strings-traced',
      'i2-viral-thread',
      'i1-moderation-alert',
    ]);
    await releaseInject(db, testActor, exercise.id, 'i5-contingency-wave', at(1));
    await expect(releaseInject(db, testActor, exercise.id, 'i5-contingency-wave', at(1))).rejects.toThrow(
      'Inject 5 has already been released.',
    );
  });

  it('gives the participant read nothing but released injects and the current scenario update', async () => {
    const db = freshDatabase();
    const [module1, module2] = chatbotJailbreak.body.modules;
    const exercise = await planExercise(db, testActor, plan(), at(0));
    await recordClockEvent(db, testActor, exercise.id, { kind: 'start', speed: 1 }, at(0));
    // Before any inject, the first module's update is what is read out.
    expect(await participantView(db, exercise.id)).toEqual({
      started: true,
      exerciseRef: exercise.ref,
      title: 'Q4 chatbot tabletop',
      module: { id: 'm1-detection', title: module1?.title, update: module1?.update },
      injects: [],
    });
    await releaseInject(db, testActor, exercise.id, 'i1-moderation-alert', at(1));
    await skipInject(db, testActor, exercise.id, { injectId: 'i5-contingency-wave', reason: 'Contained in time' });
    await retimeInject(db, testActor, exercise.id, { injectId: 'i6-journalist', offsetMinutes: 200 }, at(2));
    const view = await participantView(db, exercise.id);
    expect(view).toEqual({
      started: true,
      exerciseRef: exercise.ref,
      title: 'Q4 chatbot tabletop',
      module: { id: 'm1-detection', title: module1?.title, update: module1?.update },
      injects: [
        { id: expect.any(String), releasedAt: new Date(start + 60_000).toISOString(), inject: expect.any(Object) },
      ],
    });
    expect(Object.keys(view.injects[0]?.inject ?? {}).sort()).toEqual(
      ['content', 'delivery', 'from', 'id', 'sequence', 'title', 'to', 'type'].sort(),
    );
    // Releasing an inject of module 2 moves the screen to module 2's update.
    await releaseInject(db, testActor, exercise.id, 'i3-strings-traced', at(3));
    const later = await participantView(db, exercise.id);
    expect(later.module).toEqual({ id: 'm2-secrets', title: module2?.title, update: module2?.update });
    expect(later.injects.map((entry) => entry.inject.id)).toEqual(['i3-strings-traced', 'i1-moderation-alert']);
    const text = JSON.stringify(later);
    for (const inject of chatbotJailbreak.body.modules.flatMap((module) => module.injects ?? [])) {
      expect(text).not.toContain(inject.facilitatorNotes);
      expect(text).not.toContain(inject.evaluatorNotes);
    }
    for (const question of [...(module1?.discussionQuestions ?? []), ...(module2?.discussionQuestions ?? [])]) {
      expect(text).not.toContain(question);
    }
    expect(text).not.toContain('expectedActions');
    expect(text).not.toContain('discussionQuestions');
    expect(text).not.toContain('Order lookups for other customers');
    expect(text).not.toContain('A journalist asks for comment');
  });

  it('skips and re-times only unsettled injects, refusing in words and writing nothing otherwise', async () => {
    const db = freshDatabase();
    const exercise = await planExercise(db, testActor, plan(), at(0));
    await recordClockEvent(db, testActor, exercise.id, { kind: 'start', speed: 1 }, at(0));
    await releaseInject(db, testActor, exercise.id, 'i1-moderation-alert', at(1));
    await skipInject(db, testActor, exercise.id, { injectId: 'i5-contingency-wave' }, at(2));
    await retimeInject(db, testActor, exercise.id, { injectId: 'i6-journalist', offsetMinutes: 90 }, at(2));
    const before = await db.exerciseEvents.count();
    await expect(
      retimeInject(db, testActor, exercise.id, { injectId: 'i1-moderation-alert', offsetMinutes: 5 }),
    ).rejects.toThrow('Inject 1 has already been released.');
    await expect(skipInject(db, testActor, exercise.id, { injectId: 'i5-contingency-wave' })).rejects.toThrow(
      'Inject 5 was skipped.',
    );
    await expect(skipInject(db, testActor, exercise.id, { injectId: 'no-such-inject' })).rejects.toThrow(
      'That inject is not in this exercise’s scenario.',
    );
    await expect(
      retimeInject(db, testActor, exercise.id, { injectId: 'i6-journalist', offsetMinutes: -3 }),
    ).rejects.toThrow('Scenario time cannot be before the start.');
    expect(await db.exerciseEvents.count()).toBe(before);
    const changes = (await exerciseEvents(db, exercise.id)).filter((e) => e.kind === 'skip' || e.kind === 'retime');
    expect(changes.map((e) => [e.kind, e.injectId])).toEqual([
      ['skip', 'i5-contingency-wave'],
      ['retime', 'i6-journalist'],
    ]);
  });

  it('keeps the clock across a reload mid-pause and logs decisions with their scenario time', async () => {
    const db = freshDatabase();
    const exercise = await planExercise(db, testActor, plan(), at(0));
    await recordClockEvent(db, testActor, exercise.id, { kind: 'start', speed: 10 }, at(0));
    await recordClockEvent(db, testActor, exercise.id, { kind: 'pause' }, at(3));
    const entry = await logExerciseEntry(
      db,
      testActor,
      exercise.id,
      { kind: 'decision', text: 'Switch HelpBot off' },
      at(5),
    );
    db.close();
    await db.open();
    const events = (await exerciseEvents(db, exercise.id)).filter(isClockEvent);
    expect(scenarioClockAt(events, start + 60 * 60_000)).toMatchObject({ status: 'paused', scenarioMs: 30 * 60_000 });
    expect(scenarioClockAt(events, Date.parse(entry.occurredAt)).scenarioMs).toBe(30 * 60_000);
    expect((await exerciseLog(db, exercise.id)).map((e) => e.kind)).toEqual(['note', 'decision']);
    await expect(recordClockEvent(db, testActor, exercise.id, { kind: 'pause' }, at(6))).rejects.toThrow(
      'The clock is not running.',
    );
  });
});
