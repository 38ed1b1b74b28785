/**
 * An exercise: one run of a scenario version. It keeps a frozen copy of the version it runs (so later edits of the
 * scenario never change what was played or scored), who runs it and who plays, and optionally the practice incident
 * the players work with a runbook applied. Its references look like EX-2026-0001 (EX-2026-LON-0001 with a site code),
 * from a per-site, per-year counter like incidents'.
 *
 * What happens while it runs (clock and inject events) is a separate append-only record, `exerciseEvent`
 * (`events.ts`), so the clock's state is derived from what was recorded and a participant screen can read released
 * injects without ever loading this record, whose scenario copy holds the facilitator's and evaluators' notes.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { personNameSchema, personRefSchema, recordMetaSchema } from '../record';
import { isoTimestampSchema } from '../time';
import { scenarioBodySchema } from './scenario';

const EXERCISE_REF_PATTERN = /^EX-(\d{4})-(?:([A-Z][A-Z0-9]{1,5})-)?(\d{4,})$/;
export const exerciseRefSchema = z
  .string()
  .regex(EXERCISE_REF_PATTERN, 'An exercise reference looks like EX-2026-0001 (or EX-2026-LON-0001).');

export function formatExerciseRef(year: number, sequence: number, siteCode?: string | null): string {
  return `EX-${year}-${siteCode ? `${siteCode}-` : ''}${String(sequence).padStart(4, '0')}`;
}

/** The meta key of the counter exercise references are drawn from. */
export function exerciseRefCounterKey(year: number, siteCode?: string | null): string {
  return siteCode ? `exercise-ref:${siteCode}:${year}` : `exercise-ref:${year}`;
}

export const EXERCISE_STATUSES = ['planned', 'running', 'ended'] as const;
export const exerciseStatusSchema = z.enum(EXERCISE_STATUSES);
export type ExerciseStatus = z.infer<typeof exerciseStatusSchema>;
export const EXERCISE_STATUS_LABELS: Readonly<Record<ExerciseStatus, string>> = {
  planned: 'Planned',
  running: 'Running',
  ended: 'Ended',
};

/** How fast scenario time runs against wall time: 1 is real time; faster clocks are for rehearsals and demos. */
export const CLOCK_SPEEDS = [1, 2, 5, 10, 30, 60, 600] as const;
export const clockSpeedSchema = z
  .number({ error: 'Choose a clock speed.' })
  .min(1, 'The clock cannot run slower than real time.')
  .max(3_600, 'The clock can run at most 3,600 times real time.');

/** The scenario version the exercise runs, copied whole when the exercise is planned. */
export const scenarioSnapshotSchema = z.object({
  lineageId: uuidV7Schema,
  version: z.number().int().min(1),
  builtIn: z.boolean(),
  body: scenarioBodySchema,
});
export type ScenarioSnapshot = z.infer<typeof scenarioSnapshotSchema>;

export const practiceIncidentLinkSchema = z.object({
  id: uuidV7Schema,
  ref: z.string().trim().min(1).max(80),
  /** The runbook version applied to it, if any. */
  runbookTitle: z.string().max(200).default(''),
});

export const exerciseSchema = recordMetaSchema.extend({
  ref: exerciseRefSchema,
  title: z.string().trim().min(4, 'Give the exercise a title of at least 4 characters.').max(200),
  scenario: scenarioSnapshotSchema,
  plannedAt: isoTimestampSchema,
  location: z.string().trim().max(200).default(''),
  facilitator: personRefSchema,
  evaluators: z.array(personRefSchema).max(30).default([]),
  participants: z.array(personRefSchema).max(200).default([]),
  practiceIncident: practiceIncidentLinkSchema.nullable().default(null),
  status: exerciseStatusSchema,
  /** The clock speed chosen when planning; the start event records the speed actually used. */
  speed: clockSpeedSchema.default(1),
});
export type Exercise = z.infer<typeof exerciseSchema>;

const names = (max: number) =>
  z
    .array(personNameSchema)
    .max(max, `Name at most ${max} people.`)
    .default([])
    .refine((list) => new Set(list.map((name) => name.toLowerCase())).size === list.length, {
      message: 'A person is named twice.',
    });

/** What the planner form supplies. People are names (picked from the directory or typed). */
export const exercisePlanSchema = z.object({
  title: z.string().trim().min(4, 'Give the exercise a title of at least 4 characters.').max(200),
  scenarioLineageId: uuidV7Schema,
  scenarioVersion: z.number().int().min(1),
  plannedAt: isoTimestampSchema,
  location: z.string().trim().max(200, 'Use at most 200 characters.').default(''),
  facilitator: personNameSchema,
  evaluators: names(30),
  participants: names(200),
  speed: clockSpeedSchema.default(1),
  /** A published runbook version to apply to a practice incident, or null for no practice incident. */
  practiceRunbookId: uuidV7Schema.nullable().default(null),
});
export type ExercisePlan = z.infer<typeof exercisePlanSchema>;
export type ExercisePlanInput = z.input<typeof exercisePlanSchema>;

/** "Alex Chen, Sam Ortiz" from a comma- or line-separated list, without blanks. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}
