/**
 * Exercise repository: planning an exercise (a frozen copy of the scenario version, people resolved through the
 * directory), its practice incident (declared through the incidents write path, marked EXERCISE, with a runbook
 * applied), the scenario clock and inject events, and the scribe log on the exercise's timeline. Each write is one
 * transaction with its audit entries; every rule is a pure function in shared/domain/exercises.
 */
import { clockRequestRefusal, scenarioClockAt, type ScenarioClock } from '../../../shared/domain/exercises/clock';
import {
  clockRequestSchema,
  isClockEvent,
  retimeRequestSchema,
  skipRequestSchema,
  type ClockRequest,
  type ExerciseEvent,
} from '../../../shared/domain/exercises/events';
import {
  exercisePlanSchema,
  exerciseRefCounterKey,
  formatExerciseRef,
  type Exercise,
  type ExercisePlanInput,
} from '../../../shared/domain/exercises/exercise';
import { dueInjects, injectChangeRefusal, mselOf, type MselRow } from '../../../shared/domain/exercises/msel';
import { practiceIncidentDraft } from '../../../shared/domain/exercises/practice';
import {
  participantInjectSchema,
  participantModuleSchema,
  type ParticipantModule,
  type ScenarioModule,
} from '../../../shared/domain/exercises/scenario';
import type { Subject } from '../../../shared/domain/subject';
import { writtenEntryKindSchema, type TimelineEntry } from '../../../shared/domain/timeline';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import { z } from 'zod';
import type { FirebreakDatabase } from '../database';
import { declareIncident } from '../incidents/incidents';
import { readSiteCode } from '../installation';
import { applyRunbook } from '../runbooks/checklists';
import { personNamed } from '../team/team';
import { writeTransaction, type Actor, type RecordWriter, type WriteOptions } from '../write';
import { announceToParticipants } from './participantFeed';
import { exerciseEvents, requireLiveExercise, requireScenarioVersion } from './queries';

export function exerciseSubject(exercise: Pick<Exercise, 'id' | 'ref'>): Subject {
  return { kind: 'exercise', id: exercise.id, ref: exercise.ref };
}

/** Plans an exercise of a scenario version: one transaction; the practice incident, if asked for, follows it. */
export async function planExercise(
  db: FirebreakDatabase,
  actor: Actor,
  input: ExercisePlanInput,
  options: WriteOptions = {},
): Promise<Exercise> {
  const plan = parseOrRefuse(exercisePlanSchema, 'exercise', input);
  const scenario = await requireScenarioVersion(db, plan.scenarioLineageId, plan.scenarioVersion);
  const exercise = await writeTransaction(
    db,
    actor,
    async (writer) => {
      const year = new Date(writer.now).getUTCFullYear();
      const siteCode = await readSiteCode(db);
      const counterKey = exerciseRefCounterKey(year, siteCode);
      const counter = await db.meta.get(counterKey);
      const sequence = typeof counter?.value === 'number' ? counter.value : 1;
      const facilitator = await personNamed(db, writer, plan.facilitator);
      const evaluators = await peopleNamed(db, writer, plan.evaluators);
      const participants = await peopleNamed(db, writer, plan.participants);
      await db.meta.put({ key: counterKey, value: sequence + 1 });
      const created = writer.create('exercise', {
        ref: formatExerciseRef(year, sequence, siteCode),
        title: plan.title,
        scenario,
        plannedAt: plan.plannedAt,
        location: plan.location,
        facilitator,
        evaluators,
        participants,
        practiceIncident: null,
        status: 'planned',
        speed: plan.speed,
      });
      writer.create('timeline', {
        subject: exerciseSubject(created),
        kind: 'note',
        occurredAt: writer.now,
        text: `Planned exercise ${created.ref} of “${scenario.body.overview.name}” v${scenario.version}.`,
      });
      return created;
    },
    options,
  );
  if (plan.practiceRunbookId === null) return exercise;
  return createPracticeIncident(db, actor, exercise.id, plan.practiceRunbookId);
}

async function peopleNamed(db: FirebreakDatabase, writer: RecordWriter, names: readonly string[]) {
  const people = [];
  for (const name of names) people.push(await personNamed(db, writer, name));
  return people;
}

/**
 * Declares the exercise's practice incident through the incidents write path (marked with the exercise, so it is
 * EXERCISE everywhere and never counted), applies the chosen runbook, and links the incident to the exercise.
 */
export async function createPracticeIncident(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  runbookId: string,
): Promise<Exercise> {
  const exercise = await requireLiveExercise(db, exerciseId);
  refuseIf(exercise.practiceIncident ? `Exercise ${exercise.ref} already has a practice incident.` : undefined);
  const incident = await declareIncident(db, actor, practiceIncidentDraft(exercise, new Date().toISOString()), {
    exercise: { exerciseId: exercise.id, ref: exercise.ref },
  });
  const steps = await applyRunbook(db, actor, incident.id, runbookId);
  return writeTransaction(db, actor, async (writer) => {
    const current = await requireLiveExercise(db, exerciseId);
    writer.create('timeline', {
      subject: exerciseSubject(current),
      kind: 'note',
      occurredAt: writer.now,
      text: `Practice incident ${incident.ref} declared with runbook “${steps[0]?.runbookTitle ?? ''}”.`,
    });
    return writer.update('exercise', current, {
      practiceIncident: { id: incident.id, ref: incident.ref, runbookTitle: steps[0]?.runbookTitle ?? '' },
    });
  });
}

/** A run as one write sees it: the exercise, its recorded events, the clock and the MSEL at the write's moment. */
interface Run {
  readonly exercise: Exercise;
  readonly events: ExerciseEvent[];
  readonly nextSeq: number;
  readonly clock: ScenarioClock;
  readonly rows: MselRow[];
}

/**
 * One write to a running exercise: one transaction in which the exercise and its events are read, the clock and the
 * MSEL derived at the write's moment, and `body` decides (and refuses in words) what to record.
 */
function withRun<T>(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  body: (writer: RecordWriter, run: Run) => T | Promise<T>,
  options: WriteOptions,
): Promise<T> {
  return writeTransaction(
    db,
    actor,
    async (writer) => {
      const [exercise, events] = await Promise.all([
        requireLiveExercise(db, exerciseId),
        exerciseEvents(db, exerciseId),
      ]);
      const clock = scenarioClockAt(events.filter(isClockEvent), Date.parse(writer.now));
      const rows = mselOf(exercise.scenario.body, events, clock);
      return body(writer, { exercise, events, nextSeq: (events.at(-1)?.seq ?? 0) + 1, clock, rows });
    },
    options,
  );
}

/** Starts, pauses, resumes, jumps or ends the scenario clock: one recorded event. */
export async function recordClockEvent(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  input: ClockRequest,
  options: WriteOptions = {},
): Promise<ExerciseEvent> {
  const request = parseOrRefuse(clockRequestSchema, 'clock', input);
  const recorded = await withRun(
    db,
    actor,
    exerciseId,
    (writer, state) => {
      refuseIf(clockRequestRefusal(state.clock, request));
      const base = { exerciseId, seq: state.nextSeq, at: writer.now };
      const event =
        request.kind === 'start'
          ? writer.create('exerciseEvent', {
              ...base,
              ...request,
              exerciseRef: state.exercise.ref,
              title: state.exercise.title,
              ...participantModuleOf(state.exercise.scenario.body.modules[0]),
            })
          : writer.create('exerciseEvent', { ...base, ...request });
      if (request.kind === 'start') writer.update('exercise', state.exercise, { status: 'running' });
      if (request.kind === 'end') writer.update('exercise', state.exercise, { status: 'ended' });
      return event;
    },
    options,
  );
  announceToParticipants(exerciseId, [recorded]);
  return recorded;
}

/** A module as a participant may see it (title and scenario update), spread onto a start or release event. */
function participantModuleOf(module: ScenarioModule | undefined): { module?: ParticipantModule } {
  return module === undefined ? {} : { module: participantModuleSchema.parse(module) };
}

function releaseEvent(writer: RecordWriter, state: Run, seq: number, injectId: string, by: 'schedule' | 'hand') {
  const module = state.exercise.scenario.body.modules.find((candidate) =>
    candidate.injects.some((inject) => inject.id === injectId),
  );
  const inject = module?.injects.find((candidate) => candidate.id === injectId);
  if (!inject) throw new WriteRefusedError('That inject is not in this exercise’s scenario.');
  return writer.create('exerciseEvent', {
    exerciseId: state.exercise.id,
    seq,
    at: writer.now,
    kind: 'release',
    injectId,
    // Only what a participant may see goes onto the release; the notes stay in the exercise's scenario copy.
    inject: participantInjectSchema.parse(inject),
    ...participantModuleOf(module),
    by,
  });
}

/** Releases one inject by hand (any inject, contingency ones included). */
export async function releaseInject(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  injectId: string,
  options: WriteOptions = {},
): Promise<ExerciseEvent> {
  const released = await withRun(
    db,
    actor,
    exerciseId,
    (writer, run) => {
      refuseIf(injectChangeRefusal(run.rows, injectId, 'release', run.clock));
      return releaseEvent(writer, run, run.nextSeq, injectId, 'hand');
    },
    options,
  );
  announceToParticipants(exerciseId, [released]);
  return released;
}

/**
 * Releases every inject due by the scenario clock (never contingency ones). Safe to call from several windows at
 * once: what is due is decided inside the transaction, and an inject already released is not due.
 */
export async function releaseDueInjects(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  options: WriteOptions = {},
): Promise<number> {
  const released = await withRun(
    db,
    actor,
    exerciseId,
    (writer, run) => {
      if (run.clock.status !== 'running') return [];
      return dueInjects(run.rows).map((inject, index) =>
        releaseEvent(writer, run, run.nextSeq + index, inject.id, 'schedule'),
      );
    },
    options,
  );
  announceToParticipants(exerciseId, released);
  return released.length;
}

/** A change to one unreleased inject: skipped (with an optional reason) or moved to another scenario time. */
type InjectChange =
  | { readonly kind: 'skip'; readonly request: z.output<typeof skipRequestSchema> }
  | { readonly kind: 'retime'; readonly request: z.output<typeof retimeRequestSchema> };

/** Records a skip or re-timing: refused in words when the inject is released, skipped or the exercise has ended. */
async function recordInjectChange(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  change: InjectChange,
  options: WriteOptions,
): Promise<ExerciseEvent> {
  return withRun(
    db,
    actor,
    exerciseId,
    (writer, run) => {
      refuseIf(injectChangeRefusal(run.rows, change.request.injectId, change.kind, run.clock));
      const base = { exerciseId, seq: run.nextSeq, at: writer.now };
      return writer.create(
        'exerciseEvent',
        change.kind === 'skip'
          ? { ...base, kind: 'skip', ...change.request }
          : { ...base, kind: 'retime', ...change.request },
      );
    },
    options,
  );
}

export async function skipInject(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  input: z.input<typeof skipRequestSchema>,
  options: WriteOptions = {},
): Promise<ExerciseEvent> {
  const request = parseOrRefuse(skipRequestSchema, 'skip', input);
  return recordInjectChange(db, actor, exerciseId, { kind: 'skip', request }, options);
}

export async function retimeInject(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  input: z.input<typeof retimeRequestSchema>,
  options: WriteOptions = {},
): Promise<ExerciseEvent> {
  const request = parseOrRefuse(retimeRequestSchema, 'inject time', input);
  return recordInjectChange(db, actor, exerciseId, { kind: 'retime', request }, options);
}

export const scribeEntrySchema = z.object({
  kind: writtenEntryKindSchema,
  text: z
    .string()
    .trim()
    .min(1, 'Write what was decided or done.')
    .max(10_000, 'Keep an entry under 10,000 characters.'),
});

/**
 * The scribe's log: a decision, action, note or communication on the exercise's timeline at the wall time it was
 * written. Its scenario time is the clock at that moment, computed from the recorded events, never stored twice.
 */
export async function logExerciseEntry(
  db: FirebreakDatabase,
  actor: Actor,
  exerciseId: string,
  input: z.input<typeof scribeEntrySchema>,
  options: WriteOptions = {},
): Promise<TimelineEntry> {
  const entry = parseOrRefuse(scribeEntrySchema, 'log entry', input);
  return writeTransaction(
    db,
    actor,
    async (writer) => {
      const exercise = await requireLiveExercise(db, exerciseId);
      return writer.create('timeline', { subject: exerciseSubject(exercise), occurredAt: writer.now, ...entry });
    },
    options,
  );
}
