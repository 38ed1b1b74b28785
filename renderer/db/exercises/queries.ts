/**
 * Reads of the exercises capability. The participant screen has its own read, `participantView` (and the feed of
 * participantFeed.ts): it reads release events (and the start event, for the reference and title) by key, never the
 * exercise record whose scenario copy holds the notes, and maps each inject through `participantInjectSchema` and the
 * module being played through `participantModuleSchema` (title and scenario update), so nothing else can reach it.
 */
import Dexie from 'dexie';
import type { ExerciseEvaluation } from '../../../shared/domain/exercises/evaluation';
import {
  CLOCK_EVENT_KINDS,
  isClockEvent,
  type ClockEvent,
  type ExerciseEvent,
} from '../../../shared/domain/exercises/events';
import type { Exercise, ScenarioSnapshot } from '../../../shared/domain/exercises/exercise';
import type { ExerciseFeedback } from '../../../shared/domain/exercises/feedback';
import {
  DEFAULT_CADENCE_MONTHS,
  EXERCISE_PROGRAMME_ID,
  type ImprovementItem,
} from '../../../shared/domain/exercises/improvement';
import { nextExerciseDue } from '../../../shared/domain/exercises/rollups';
import { scenarioBodySchema } from '../../../shared/domain/exercises/scenario';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import { WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { liveTimelineOfSubject } from '../timeline/queries';
import { publishedScenarios } from '../scenarios/queries';
import {
  participantEventIds,
  participantEventsByIds,
  participantViewOf,
  type ParticipantView,
} from './participantFeed';

/** A scenario version a planner can choose. */
export type ScenarioChoice = ScenarioSnapshot & { readonly name: string };

/** The scenario versions an exercise can run: the library's published ones (built-ins included). */
export async function scenarioChoices(db: FirebreakDatabase): Promise<ScenarioChoice[]> {
  return (await publishedScenarios(db)).map((scenario) => {
    const body = scenarioBodySchema.parse(scenario);
    return {
      lineageId: scenario.lineageId,
      version: scenario.version,
      builtIn: scenario.builtIn,
      body,
      name: body.overview.name,
    };
  });
}

/** The scenario version to snapshot onto a new exercise, or a refusal in words. */
export async function requireScenarioVersion(
  db: FirebreakDatabase,
  lineageId: string,
  version: number,
): Promise<ScenarioSnapshot> {
  const found = (await scenarioChoices(db)).find(
    (choice) => choice.lineageId === lineageId && choice.version === version,
  );
  if (!found) throw new WriteRefusedError('That scenario version is not available. Choose another scenario.');
  const { name: _name, ...snapshot } = found;
  return snapshot;
}

/** Every exercise not deleted, the most recently planned first. */
export async function liveExercises(db: FirebreakDatabase): Promise<Exercise[]> {
  const all = await db.exercises.orderBy('plannedAt').reverse().toArray();
  return all.filter((exercise) => exercise.deletedAt === null);
}

export async function liveExercise(db: FirebreakDatabase, id: string): Promise<Exercise | undefined> {
  const exercise = await db.exercises.get(id);
  return exercise?.deletedAt === null ? exercise : undefined;
}

export async function requireLiveExercise(db: FirebreakDatabase, id: string): Promise<Exercise> {
  const exercise = await liveExercise(db, id);
  if (!exercise) throw new WriteRefusedError('That exercise no longer exists.');
  return exercise;
}

/** The exercise's clock and inject events in the order they were recorded. */
export function exerciseEvents(db: FirebreakDatabase, exerciseId: string): Promise<ExerciseEvent[]> {
  return db.exerciseEvents
    .where('[exerciseId+seq]')
    .between([exerciseId, Dexie.minKey], [exerciseId, Dexie.maxKey])
    .toArray();
}

/**
 * The exercise's clock events (start, pause, resume, jump, end) in order, read by kind: a live query over them is
 * not re-run by a release, skip or re-timing.
 */
export async function exerciseClockEvents(db: FirebreakDatabase, exerciseId: string): Promise<ClockEvent[]> {
  const events = await db.exerciseEvents
    .where('[exerciseId+kind]')
    .anyOf(CLOCK_EVENT_KINDS.map((kind) => [exerciseId, kind]))
    .toArray();
  return events.filter(isClockEvent).toSorted((a, b) => a.seq - b.seq);
}

/**
 * Everything a participant screen shows, read whole (its first read; later releases reach it through the feed, see
 * participantFeed.ts): start and release events by index, mapped through the participant schemas.
 */
export async function participantView(db: FirebreakDatabase, exerciseId: string): Promise<ParticipantView> {
  return participantViewOf(await participantEventsByIds(db, exerciseId, await participantEventIds(db, exerciseId)));
}

export async function liveEvaluation(
  db: FirebreakDatabase,
  exerciseId: string,
): Promise<ExerciseEvaluation | undefined> {
  const evaluation = await db.exerciseEvaluations.where('exerciseId').equals(exerciseId).first();
  return evaluation?.deletedAt === null ? evaluation : undefined;
}

export async function liveFeedback(db: FirebreakDatabase, exerciseId: string): Promise<ExerciseFeedback[]> {
  const forms = await db.exerciseFeedback.where('exerciseId').equals(exerciseId).toArray();
  return forms.filter((form) => form.deletedAt === null).toSorted((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Improvement items of one exercise, or of all exercises, by completion date. */
export async function liveImprovementItems(db: FirebreakDatabase, exerciseId?: string): Promise<ImprovementItem[]> {
  const items =
    exerciseId === undefined
      ? await db.improvementItems.toArray()
      : await db.improvementItems.where('exerciseId').equals(exerciseId).toArray();
  return items
    .filter((item) => item.deletedAt === null)
    .toSorted((a, b) => a.completionDate.localeCompare(b.completionDate) || a.createdAt.localeCompare(b.createdAt));
}

/** Improvement items not done yet, across every exercise: what the next exercise's planner must see. */
export async function openImprovementItems(db: FirebreakDatabase): Promise<ImprovementItem[]> {
  return (await liveImprovementItems(db)).filter((item) => item.status !== 'done');
}

/** The exercise scribe log: the exercise's timeline. */
export function exerciseLog(db: FirebreakDatabase, exerciseId: string): Promise<TimelineEntry[]> {
  return liveTimelineOfSubject(db, exerciseId);
}

export async function exerciseCadenceMonths(db: FirebreakDatabase): Promise<number> {
  const programme = await db.exerciseProgramme.get(EXERCISE_PROGRAMME_ID);
  return programme?.deletedAt === null ? programme.cadenceMonths : DEFAULT_CADENCE_MONTHS;
}

export interface ExerciseSchedule {
  readonly cadenceMonths: number;
  /** The next exercise already planned in the future, if any. */
  readonly nextPlanned: Pick<Exercise, 'id' | 'ref' | 'title' | 'plannedAt'> | null;
  /** When the programme says the next exercise is due (cadence after the last one held). */
  readonly dueAt: string;
  readonly overdue: boolean;
  readonly lastHeld: Pick<Exercise, 'id' | 'ref' | 'plannedAt'> | null;
}

/** When the next exercise is due: the home screen's line. */
export async function exerciseSchedule(db: FirebreakDatabase, now: number = Date.now()): Promise<ExerciseSchedule> {
  const [cadenceMonths, exercises] = await Promise.all([exerciseCadenceMonths(db), liveExercises(db)]);
  const held = exercises.filter((exercise) => exercise.status !== 'planned');
  const lastHeld = held.toSorted((a, b) => b.plannedAt.localeCompare(a.plannedAt))[0] ?? null;
  const upcoming = exercises
    .filter((exercise) => exercise.status === 'planned' && Date.parse(exercise.plannedAt) >= now)
    .toSorted((a, b) => a.plannedAt.localeCompare(b.plannedAt))[0];
  const due = nextExerciseDue(lastHeld?.plannedAt ?? null, cadenceMonths, now);
  return {
    cadenceMonths,
    nextPlanned: upcoming ?? null,
    dueAt: due.dueAt,
    overdue: due.overdue && upcoming === undefined,
    lastHeld,
  };
}

/** Everything the AAR/IP is built from, read in the caller's transaction. */
export async function exerciseReportRecords(db: FirebreakDatabase, exerciseId: string) {
  const exercise = await liveExercise(db, exerciseId);
  if (!exercise) return undefined;
  const [events, log, evaluation, feedback, improvements] = await Promise.all([
    exerciseEvents(db, exerciseId),
    exerciseLog(db, exerciseId),
    liveEvaluation(db, exerciseId),
    liveFeedback(db, exerciseId),
    liveImprovementItems(db, exerciseId),
  ]);
  const { actions, targets, capabilities, objectives } = evaluation ?? {
    actions: {},
    targets: {},
    capabilities: {},
    objectives: {},
  };
  return { exercise, events, log, evaluation: { actions, targets, capabilities, objectives }, feedback, improvements };
}
