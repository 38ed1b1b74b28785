/**
 * The scenario clock, as a pure fold over the recorded clock events. There is no timer whose state could be lost: the
 * clock at any wall time is computed from start, pause, resume, jump and end events and the speed the start event
 * recorded, so a reload or a crash (even mid-pause) shows exactly the clock the room saw.
 */
import type { ClockEvent, ClockEventKind, ClockRequest } from './events';
import { MAX_SCENARIO_MINUTES } from './scenario';

export type ClockStatus = 'not-started' | 'running' | 'paused' | 'ended';

export interface ScenarioClock {
  readonly status: ClockStatus;
  /** Scenario time in milliseconds since the scenario started. */
  readonly scenarioMs: number;
  /** Scenario milliseconds per wall millisecond. */
  readonly speed: number;
  /** The wall time of the start event, if the clock has started. */
  readonly startedAt: string | null;
}

interface Fold {
  status: ClockStatus;
  /** Scenario time at `anchorMs` (or the frozen time when not running). */
  baseMs: number;
  anchorMs: number;
  speed: number;
  startedAt: string | null;
}

const MINUTE = 60_000;

/** The clock as it stood at wall time `wallMs`; events later than that are not counted. */
export function scenarioClockAt(events: readonly Pick<ClockEvent, 'kind' | 'at'>[], wallMs: number): ScenarioClock {
  const fold: Fold = { status: 'not-started', baseMs: 0, anchorMs: 0, speed: 1, startedAt: null };
  for (const event of events) {
    const at = Date.parse(event.at);
    if (at > wallMs) break;
    applyEvent(fold, event, at);
  }
  const running = fold.status === 'running';
  const scenarioMs = running ? fold.baseMs + Math.max(0, wallMs - fold.anchorMs) * fold.speed : fold.baseMs;
  return { status: fold.status, scenarioMs, speed: fold.speed, startedAt: fold.startedAt };
}

function applyEvent(fold: Fold, event: Pick<ClockEvent, 'kind' | 'at'>, at: number): void {
  const elapsed = (): number => fold.baseMs + Math.max(0, at - fold.anchorMs) * fold.speed;
  switch (event.kind) {
    case 'start':
      fold.status = 'running';
      fold.baseMs = 0;
      fold.anchorMs = at;
      fold.speed = 'speed' in event && typeof event.speed === 'number' ? event.speed : 1;
      fold.startedAt = event.at;
      return;
    case 'pause':
      if (fold.status !== 'running') return;
      fold.baseMs = elapsed();
      fold.status = 'paused';
      return;
    case 'resume':
      if (fold.status !== 'paused') return;
      fold.anchorMs = at;
      fold.status = 'running';
      return;
    case 'jump':
      if (fold.status !== 'running' && fold.status !== 'paused') return;
      fold.baseMs = ('toMinutes' in event && typeof event.toMinutes === 'number' ? event.toMinutes : 0) * MINUTE;
      fold.anchorMs = at;
      return;
    case 'end':
      if (fold.status === 'running') fold.baseMs = elapsed();
      if (fold.status !== 'not-started') fold.status = 'ended';
      return;
  }
}

const ALLOWED_FROM: Readonly<Record<ClockEventKind, readonly ClockStatus[]>> = {
  start: ['not-started'],
  pause: ['running'],
  resume: ['paused'],
  jump: ['running', 'paused'],
  end: ['running', 'paused'],
};

const REFUSALS: Readonly<Record<ClockEventKind, string>> = {
  start: 'The clock has already started.',
  pause: 'The clock is not running.',
  resume: 'The clock is not paused.',
  jump: 'Start the clock before jumping in scenario time.',
  end: 'The exercise has not started, or has already ended.',
};

/** Why a clock request cannot be recorded now, or undefined when it can. */
export function clockRequestRefusal(clock: ScenarioClock, request: ClockRequest): string | undefined {
  if (!ALLOWED_FROM[request.kind].includes(clock.status)) {
    return clock.status === 'ended' ? 'The exercise has ended.' : REFUSALS[request.kind];
  }
  if (request.kind === 'jump' && request.toMinutes > MAX_SCENARIO_MINUTES) {
    return 'Scenario time must be within 14 days.';
  }
  return undefined;
}

/** Scenario time as players read it: "T+00:45:10", or "T+2d 03:00:00" past a day. */
export function formatScenarioTime(scenarioMs: number): string {
  const totalSeconds = Math.floor(Math.max(0, scenarioMs) / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3_600);
  const minutes = Math.floor((totalSeconds % 3_600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `T+${days > 0 ? `${days}d ` : ''}${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

/** A scenario offset in minutes as "T+01:30". */
export function formatScenarioOffset(minutes: number): string {
  return formatScenarioTime(minutes * MINUTE).replace(/:00$/, '');
}
