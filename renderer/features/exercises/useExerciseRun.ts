/**
 * The facilitator side of a running exercise: the record, its recorded events, the clock derived from them (re-read
 * as wall time passes), the MSEL with each inject's status, and the evaluation. Only the facilitator and evaluation
 * pages use this; the participant screen has its own read.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { scenarioClockAt, type ScenarioClock } from '../../../shared/domain/exercises/clock';
import { isClockEvent, type ExerciseEvent } from '../../../shared/domain/exercises/events';
import type { Exercise } from '../../../shared/domain/exercises/exercise';
import { mselOf, type MselRow } from '../../../shared/domain/exercises/msel';
import { useDatabase } from '../../app/DatabaseContext';
import { exerciseEvents, liveEvaluation, liveExercise } from '../../db/exercises/queries';

/** The clock now, recomputed every `intervalMs` while it runs (and once on each new event). */
export function useScenarioClock(events: readonly ExerciseEvent[] | undefined, intervalMs: number): ScenarioClock {
  const clockEvents = useMemo(() => (events ?? []).filter(isClockEvent), [events]);
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
  readonly clock: ScenarioClock;
  readonly rows: readonly MselRow[];
}

export function useExerciseRun(id: string): ExerciseRun {
  const db = useDatabase();
  const exercise = useLiveQuery(async () => (await liveExercise(db, id)) ?? null, [db, id]);
  const events = useLiveQuery(() => exerciseEvents(db, id), [db, id]);
  // The MSEL's statuses change at most once a scenario minute, so the table is recomputed once a second.
  const clock = useScenarioClock(events, 1_000);
  const minute = Math.floor(clock.scenarioMs / 60_000);
  const body = exercise?.scenario.body;
  const rows = useMemo(
    () => (body && events ? mselOf(body, events, { status: clock.status, scenarioMs: minute * 60_000 }) : []),
    [body, events, clock.status, minute],
  );
  return { exercise, events, clock, rows };
}

export function useEvaluation(id: string) {
  const db = useDatabase();
  return useLiveQuery(async () => (await liveEvaluation(db, id)) ?? null, [db, id]);
}
