/**
 * The facilitator side of a running exercise: the record, its recorded events, the clock derived from them (re-read
 * as wall time passes), the MSEL with each inject's status (re-derived only when the clock reaches an inject's
 * time), and the evaluation. Only the facilitator and evaluation
 * pages use this; the participant screen has its own read.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { scenarioClockAt, type ScenarioClock } from '../../../shared/domain/exercises/clock';
import type { ClockEvent, ExerciseEvent } from '../../../shared/domain/exercises/events';
import type { Exercise } from '../../../shared/domain/exercises/exercise';
import type { ScenarioBody } from '../../../shared/domain/exercises/scenario';
import { mselOf, type MselRow } from '../../../shared/domain/exercises/msel';
import { useDatabase } from '../../app/DatabaseContext';
import { exerciseClockEvents, exerciseEvents, liveEvaluation, liveExercise } from '../../db/exercises/queries';

const NO_CLOCK_EVENTS: readonly ClockEvent[] = [];

/** The clock now, recomputed every `intervalMs` while it runs (and once on each new clock event). */
export function useScenarioClock(clockEvents: readonly ClockEvent[], intervalMs: number): ScenarioClock {
  const [now, setNow] = useState(() => Date.now());
  // An event is never later than the moment it is read, so the clock is read no earlier than the newest event.
  const at = Math.max(now, Date.parse(clockEvents.at(-1)?.at ?? '') || 0);
  const clock = scenarioClockAt(clockEvents, at);
  const running = clock.status === 'running';
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [running, intervalMs]);
  return clock;
}

export interface ExerciseRun {
  readonly exercise: Exercise | null | undefined;
  readonly events: readonly ExerciseEvent[] | undefined;
  /**
   * The clock's own events (start, pause, resume, jump, end), read by their own live query: a release leaves this
   * array as it was, so what depends only on the clock (its panel, the scribe log's scenario times) does not re-render.
   */
  readonly clockEvents: readonly ClockEvent[];
  /** The clock's status (the clock's own time is `ClockPanel`'s, which ticks on its own). */
  readonly clock: Pick<ScenarioClock, 'status'>;
  readonly rows: readonly MselRow[];
}

/** The effective scenario minute of every scheduled (non-contingency) inject, re-timings applied, ascending. */
function scheduledOffsets(body: ScenarioBody, events: readonly ExerciseEvent[]): number[] {
  const retimed = new Map<string, number>();
  for (const event of events) if (event.kind === 'retime') retimed.set(event.injectId, event.offsetMinutes);
  return body.modules
    .flatMap((module) => module.injects)
    .filter((inject) => !inject.contingency)
    .map((inject) => retimed.get(inject.id) ?? inject.offsetMinutes)
    .sort((a, b) => a - b);
}

/** How many of the ascending `offsets` are at or before scenario minute `minutes`. */
function reachedCount(offsets: readonly number[], minutes: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? 0) <= minutes) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The facilitator's run. The MSEL's statuses change only when the clock reaches an inject's time, so the page keeps
 * the number of scheduled times reached and re-derives the rows (and re-renders) only when it, the status or the
 * events change — not with every tick of the clock, which at 60× would redo all 200 injects every second.
 */
export function useExerciseRun(id: string): ExerciseRun {
  const db = useDatabase();
  const exercise = useLiveQuery(async () => (await liveExercise(db, id)) ?? null, [db, id]);
  const events = useLiveQuery(() => exerciseEvents(db, id), [db, id]);
  const clockEvents = useLiveQuery(() => exerciseClockEvents(db, id), [db, id]) ?? NO_CLOCK_EVENTS;
  const body = exercise?.scenario.body;
  const offsets = useMemo(() => (body && events ? scheduledOffsets(body, events) : []), [body, events]);
  const [now, setNow] = useState(() => Date.now());
  // An event is never later than the moment it is read, so the clock is read no earlier than the newest event.
  const clock = scenarioClockAt(clockEvents, Math.max(now, Date.parse(clockEvents.at(-1)?.at ?? '') || 0));
  const status = clock.status;
  const reached = status === 'running' || status === 'paused' ? reachedCount(offsets, clock.scenarioMs / 60_000) : 0;
  useEffect(() => {
    if (status !== 'running') return undefined;
    const timer = setInterval(() => {
      const at = Date.now();
      if (reachedCount(offsets, scenarioClockAt(clockEvents, at).scenarioMs / 60_000) !== reached) setNow(at);
    }, 1_000);
    return () => clearInterval(timer);
  }, [status, offsets, clockEvents, reached]);
  const rows = useMemo(
    () =>
      body && events
        ? // Any scenario time between the last reached inject time and the next gives the same statuses.
          mselOf(body, events, { status, scenarioMs: (offsets[reached - 1] ?? 0) * 60_000 })
        : [],
    [body, events, status, offsets, reached],
  );
  const runClock = useMemo(() => ({ status }), [status]);
  return { exercise, events, clockEvents, clock: runClock, rows };
}

export function useEvaluation(id: string) {
  const db = useDatabase();
  return useLiveQuery(async () => (await liveEvaluation(db, id)) ?? null, [db, id]);
}
