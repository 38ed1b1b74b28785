/**
 * The participant feed: a release is announced, once committed, with nothing but what a participant may see; a
 * screen applies announcements for its exercise only and ignores anything else on the channel; missed releases are
 * read by key, and keys it holds are never read again.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { chatbotJailbreak } from '../../../../shared/domain/exercises/builtIn/chatbotJailbreak';
import {
  planExercise,
  recordClockEvent,
  releaseDueInjects,
  releaseInject,
} from '../../../../renderer/db/exercises/exercises';
import {
  listenToParticipantFeed,
  participantEventIds,
  participantEventsByIds,
  participantViewOf,
  type ParticipantEvent,
} from '../../../../renderer/db/exercises/participantFeed';
import { participantView } from '../../../../renderer/db/exercises/queries';
import { freshDatabase, testActor } from '../../../fixtures/testDatabase';

const start = Date.parse('2026-11-30T09:00:00.000Z');
const at = (minutes: number) => ({ now: () => start + minutes * 60_000 });
const plan = {
  title: 'Feed exercise',
  scenarioLineageId: chatbotJailbreak.lineageId,
  scenarioVersion: 1,
  plannedAt: '2026-11-30T09:00:00.000Z',
  facilitator: 'Dana Reyes',
  evaluators: [],
  participants: [],
  speed: 60,
};

const unsubscribes: (() => void)[] = [];
afterEach(() => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
});

/** Collects what the feed announces for `exerciseId`, and resolves once `count` events have arrived. */
function collect(exerciseId: string, count: number) {
  const received: ParticipantEvent[] = [];
  const arrived = new Promise<ParticipantEvent[]>((resolve) => {
    unsubscribes.push(
      listenToParticipantFeed(exerciseId, (events) => {
        received.push(...events);
        if (received.length >= count) resolve(received);
      }),
    );
  });
  return { received, arrived };
}

describe('participant feed', () => {
  it('announces the start and each committed release with participant fields only, to its own exercise', async () => {
    const db = freshDatabase();
    const exercise = await planExercise(db, testActor, plan, at(0));
    const other = await planExercise(db, testActor, { ...plan, title: 'Another exercise' }, at(0));
    const mine = collect(exercise.id, 5);
    const theirs = collect(other.id, 1);
    await recordClockEvent(db, testActor, exercise.id, { kind: 'start', speed: 60 }, at(0));
    await releaseInject(db, testActor, exercise.id, 'i1-moderation-alert', at(0));
    expect(await releaseDueInjects(db, testActor, exercise.id, at(1))).toBe(3);
    const events = await mine.arrived;
    expect(events.map((event) => event.kind)).toEqual(['start', 'release', 'release', 'release', 'release']);
    expect(theirs.received).toEqual([]);
    // What was announced is exactly what a fresh read gives the screen.
    expect(participantViewOf(events)).toEqual(await participantView(db, exercise.id));
    const text = JSON.stringify(events);
    for (const inject of chatbotJailbreak.body.modules.flatMap((module) => module.injects ?? [])) {
      expect(text).not.toContain(inject.facilitatorNotes);
      expect(text).not.toContain(inject.evaluatorNotes);
    }
    expect(text).not.toContain('expectedActions');
    expect(text).not.toContain('discussionQuestions');
  });

  it('announces nothing when a release is refused, and ignores what is not a feed message', async () => {
    const db = freshDatabase();
    const exercise = await planExercise(db, testActor, plan, at(0));
    const feed = collect(exercise.id, 1);
    await expect(releaseInject(db, testActor, exercise.id, 'i1-moderation-alert', at(0))).rejects.toThrow(
      'Start the clock before releasing injects.',
    );
    const stray = new BroadcastChannel('firebreak-participant-feed');
    stray.postMessage({ exerciseId: exercise.id, events: [{ kind: 'release', id: 'x', facilitatorNotes: 'secret' }] });
    stray.close();
    await recordClockEvent(db, testActor, exercise.id, { kind: 'start', speed: 60 }, at(0));
    const [first] = await feed.arrived;
    expect(first?.kind).toBe('start');
    expect(feed.received).toHaveLength(1);
  });

  it('reads missed releases by key, only those asked for and only of this exercise', async () => {
    const db = freshDatabase();
    const exercise = await planExercise(db, testActor, plan, at(0));
    const other = await planExercise(db, testActor, { ...plan, title: 'Another exercise' }, at(0));
    await recordClockEvent(db, testActor, exercise.id, { kind: 'start', speed: 60 }, at(0));
    const first = await releaseInject(db, testActor, exercise.id, 'i1-moderation-alert', at(0));
    const second = await releaseInject(db, testActor, exercise.id, 'i2-viral-thread', at(1));
    const ids = await participantEventIds(db, exercise.id);
    expect(ids).toHaveLength(3);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    const missed = await participantEventsByIds(db, exercise.id, [second.id]);
    expect(missed.map((event) => event.id)).toEqual([second.id]);
    expect(await participantEventsByIds(db, other.id, [second.id])).toEqual([]);
    expect(await participantEventsByIds(db, exercise.id, [])).toEqual([]);
  });
});
