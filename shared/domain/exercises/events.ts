/**
 * What happens while an exercise runs, as append-only records: the scenario clock's start, pause, resume, jump and
 * end, and each inject's release, skip or re-timing. Every event is numbered within its exercise (`seq`, unique with
 * the exercise id, so two facilitator windows cannot both append event 7) and stamped with its wall time (`at`).
 *
 * A release carries the inject as a participant may see it (`participantInjectSchema`, nothing more): the participant
 * screen reads release events only and never the exercise record with its scenario copy and notes. The start event
 * carries the first module and each release its inject's module (`participantModuleSchema`: title and scenario update
 * only), so the participant screen shows the scenario update being played from the same reads. Events recorded before
 * modules were carried have none; the screen then shows the injects alone.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { recordMetaSchema } from '../record';
import { isoTimestampSchema } from '../time';
import { clockSpeedSchema } from './exercise';
import {
  MAX_SCENARIO_MINUTES,
  participantInjectSchema,
  participantModuleSchema,
  scenarioItemIdSchema,
} from './scenario';

export const CLOCK_EVENT_KINDS = ['start', 'pause', 'resume', 'jump', 'end'] as const;
export type ClockEventKind = (typeof CLOCK_EVENT_KINDS)[number];
export const INJECT_EVENT_KINDS = ['release', 'skip', 'retime'] as const;
export type InjectEventKind = (typeof INJECT_EVENT_KINDS)[number];

const scenarioMinutes = z
  .number({ error: 'Give the scenario time in minutes.' })
  .int('Use whole minutes.')
  .min(0, 'Scenario time cannot be before the start.')
  .max(MAX_SCENARIO_MINUTES, 'Scenario time must be within 14 days.');

const eventBase = recordMetaSchema.extend({
  exerciseId: uuidV7Schema,
  seq: z.number().int().min(1),
  /** The wall time of the event. */
  at: isoTimestampSchema,
});

export const exerciseEventSchema = z.discriminatedUnion('kind', [
  eventBase.extend({
    kind: z.literal('start'),
    speed: clockSpeedSchema,
    /** What the participant screen names: the exercise's reference and title (nothing from the scenario's notes). */
    exerciseRef: z.string().max(80),
    title: z.string().max(200),
    /** The scenario's first module as a participant may see it: what is read out before the first inject. */
    module: participantModuleSchema.strict().optional(),
  }),
  eventBase.extend({ kind: z.literal('pause') }),
  eventBase.extend({ kind: z.literal('resume') }),
  eventBase.extend({ kind: z.literal('jump'), toMinutes: scenarioMinutes }),
  eventBase.extend({ kind: z.literal('end') }),
  eventBase.extend({
    kind: z.literal('release'),
    injectId: scenarioItemIdSchema,
    inject: participantInjectSchema.strict(),
    /** The module the inject belongs to, as a participant may see it. */
    module: participantModuleSchema.strict().optional(),
    /** Released by the schedule (the facilitator page's ticker) or by hand. */
    by: z.enum(['schedule', 'hand']),
  }),
  eventBase.extend({
    kind: z.literal('skip'),
    injectId: scenarioItemIdSchema,
    reason: z.string().trim().max(1_000).default(''),
  }),
  eventBase.extend({ kind: z.literal('retime'), injectId: scenarioItemIdSchema, offsetMinutes: scenarioMinutes }),
]);
export type ExerciseEvent = z.infer<typeof exerciseEventSchema>;
export type ExerciseEventKind = ExerciseEvent['kind'];
export type ClockEvent = Extract<ExerciseEvent, { kind: ClockEventKind }>;
export type InjectEvent = Extract<ExerciseEvent, { kind: InjectEventKind }>;
export type ReleaseEvent = Extract<ExerciseEvent, { kind: 'release' }>;

export function isClockEvent(event: ExerciseEvent): event is ClockEvent {
  return (CLOCK_EVENT_KINDS as readonly string[]).includes(event.kind);
}

/** The inject requests the facilitator screen sends (validated before anything is written). */
export const clockRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), speed: clockSpeedSchema }),
  z.object({ kind: z.literal('pause') }),
  z.object({ kind: z.literal('resume') }),
  z.object({ kind: z.literal('jump'), toMinutes: scenarioMinutes }),
  z.object({ kind: z.literal('end') }),
]);
export type ClockRequest = z.infer<typeof clockRequestSchema>;

export const retimeRequestSchema = z.object({ injectId: scenarioItemIdSchema, offsetMinutes: scenarioMinutes });
export const skipRequestSchema = z.object({
  injectId: scenarioItemIdSchema,
  reason: z.string().trim().max(1_000, 'Use at most 1,000 characters.').default(''),
});
