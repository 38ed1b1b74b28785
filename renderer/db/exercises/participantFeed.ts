/**
 * How a participant screen learns of a release, event-driven and reading nothing but released injects.
 *
 * - Announced: the write that releases an inject (or starts the clock) posts, once its transaction has committed,
 *   the participant-safe form of each new event (`participantEventOf`: the inject through `participantInjectSchema`,
 *   the module through `participantModuleSchema`) on a same-origin BroadcastChannel. A participant screen in another
 *   tab or Electron window applies it at once, with no database read.
 * - Caught up: the screen also watches the keys (never the values) of the exercise's start and release events, so a
 *   release it was not told of (another installation's merge, a message posted before it was listening) is read by
 *   its key alone. Keys it already holds are never read again.
 *
 * Messages are parsed with the participant schemas at the boundary; anything else on the channel is ignored.
 */
import { z } from 'zod';
import type { ExerciseEvent } from '../../../shared/domain/exercises/events';
import {
  participantInjectSchema,
  participantModuleSchema,
  type ParticipantInject,
  type ParticipantModule,
} from '../../../shared/domain/exercises/scenario';
import type { FirebreakDatabase } from '../database';

const participantEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('start'),
    id: z.string(),
    seq: z.number().int(),
    exerciseRef: z.string(),
    title: z.string(),
    module: participantModuleSchema.strict().optional(),
  }),
  z.object({
    kind: z.literal('release'),
    id: z.string(),
    seq: z.number().int(),
    releasedAt: z.string(),
    inject: participantInjectSchema.strict(),
    module: participantModuleSchema.strict().optional(),
  }),
]);
/** A start or release event as a participant screen may hold it. */
export type ParticipantEvent = z.infer<typeof participantEventSchema>;

const feedMessageSchema = z.object({ exerciseId: z.string(), events: z.array(participantEventSchema) });

const FEED_CHANNEL = 'firebreak-participant-feed';

/** What a participant screen may hold: the exercise's reference and title once started, and released injects. */
export interface ParticipantView {
  readonly started: boolean;
  readonly exerciseRef: string;
  readonly title: string;
  /** The module being played (of the latest release, else the first), when the events carry it. */
  readonly module: ParticipantModule | undefined;
  /** Newest first. */
  readonly injects: readonly ParticipantRelease[];
}

export interface ParticipantRelease {
  /** The release event's id: stable, so a screen renders each release once. */
  readonly id: string;
  readonly releasedAt: string;
  readonly inject: ParticipantInject;
}

/** The participant-safe form of a start or release event; undefined for any other event or a deleted one. */
export function participantEventOf(event: ExerciseEvent): ParticipantEvent | undefined {
  if (event.deletedAt !== null) return undefined;
  const module = event.kind === 'start' || event.kind === 'release' ? event.module : undefined;
  const shown = module === undefined ? {} : { module: participantModuleSchema.parse(module) };
  if (event.kind === 'start') {
    return {
      kind: 'start',
      id: event.id,
      seq: event.seq,
      exerciseRef: event.exerciseRef,
      title: event.title,
      ...shown,
    };
  }
  if (event.kind === 'release') {
    const inject = participantInjectSchema.parse(event.inject);
    return { kind: 'release', id: event.id, seq: event.seq, releasedAt: event.at, inject, ...shown };
  }
  return undefined;
}

/** The screen's view of the participant events it holds (in any order). */
export function participantViewOf(events: Iterable<ParticipantEvent>): ParticipantView {
  let start: Extract<ParticipantEvent, { kind: 'start' }> | undefined;
  const releases: Extract<ParticipantEvent, { kind: 'release' }>[] = [];
  for (const event of events) {
    if (event.kind === 'release') releases.push(event);
    else if (start === undefined || event.seq < start.seq) start = event;
  }
  releases.sort((a, b) => b.seq - a.seq);
  const seen = new Set<string>();
  const injects: ParticipantRelease[] = [];
  for (const release of releases) {
    if (seen.has(release.inject.id)) continue;
    seen.add(release.inject.id);
    injects.push({ id: release.id, releasedAt: release.releasedAt, inject: release.inject });
  }
  if (start === undefined) return { started: false, exerciseRef: '', title: '', module: undefined, injects };
  const module = releases.find((release) => release.module !== undefined)?.module ?? start.module;
  return { started: true, exerciseRef: start.exerciseRef, title: start.title, module, injects };
}

/** The ids (keys only, no values) of the exercise's start and release events. */
export async function participantEventIds(db: FirebreakDatabase, exerciseId: string): Promise<string[]> {
  const [starts, releases] = await Promise.all([
    db.exerciseEvents.where('[exerciseId+kind]').equals([exerciseId, 'start']).primaryKeys(),
    db.exerciseEvents.where('[exerciseId+kind]').equals([exerciseId, 'release']).primaryKeys(),
  ]);
  return [...starts, ...releases];
}

/** Reads the events with these ids and maps them to what a participant may see (others are left out). */
export async function participantEventsByIds(
  db: FirebreakDatabase,
  exerciseId: string,
  ids: readonly string[],
): Promise<ParticipantEvent[]> {
  if (ids.length === 0) return [];
  const events = await db.exerciseEvents.bulkGet([...ids]);
  return events.flatMap((event) => {
    const shown = event?.exerciseId === exerciseId ? participantEventOf(event) : undefined;
    return shown ? [shown] : [];
  });
}

/** Tells participant screens of new events once they are committed (a no-op where BroadcastChannel is missing). */
export function announceToParticipants(exerciseId: string, events: readonly ExerciseEvent[]): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const shown = events.flatMap((event) => participantEventOf(event) ?? []);
  if (shown.length === 0) return;
  const channel = new BroadcastChannel(FEED_CHANNEL);
  channel.postMessage({ exerciseId, events: shown });
  channel.close();
}

/** Calls `onEvents` with the participant events announced for this exercise; returns the unsubscribe. */
export function listenToParticipantFeed(
  exerciseId: string,
  onEvents: (events: readonly ParticipantEvent[]) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(FEED_CHANNEL);
  channel.onmessage = (message: MessageEvent<unknown>) => {
    const parsed = feedMessageSchema.safeParse(message.data);
    if (parsed.success && parsed.data.exerciseId === exerciseId) onEvents(parsed.data.events);
  };
  return () => channel.close();
}
