/** The scenario clock is a fold over recorded events: checked against a fake wall clock, including a reload. */
import { describe, expect, it } from 'vitest';
import { clockRequestRefusal, formatScenarioTime, scenarioClockAt } from '../../../shared/domain/exercises/clock';
import type { ClockEvent } from '../../../shared/domain/exercises/events';

const T0 = Date.parse('2026-11-30T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const SECOND = 1000;
const MINUTE = 60 * SECOND;

type Recorded = Pick<ClockEvent, 'kind' | 'at'> & { speed?: number; toMinutes?: number };

/** A fake clock: the wall time is whatever the test says; events are appended as the facilitator would. */
class FakeRoom {
  now = T0;
  readonly events: Recorded[] = [];
  record(kind: ClockEvent['kind'], extra: { speed?: number; toMinutes?: number } = {}): void {
    this.events.push({ kind, at: at(this.now - T0), ...extra });
  }
  clock() {
    return scenarioClockAt(this.events, this.now);
  }
}

describe('scenario clock', () => {
  it('is not started before a start event, and runs at the recorded speed after one', () => {
    const room = new FakeRoom();
    expect(room.clock()).toEqual({ status: 'not-started', scenarioMs: 0, speed: 1, startedAt: null });
    room.record('start', { speed: 60 });
    room.now += 10 * SECOND;
    expect(room.clock()).toEqual({ status: 'running', scenarioMs: 10 * MINUTE, speed: 60, startedAt: at(0) });
  });

  it('stops while paused, and continues from where it stopped on resume', () => {
    const room = new FakeRoom();
    room.record('start', { speed: 1 });
    room.now += 5 * MINUTE;
    room.record('pause');
    room.now += 30 * MINUTE;
    expect(room.clock()).toMatchObject({ status: 'paused', scenarioMs: 5 * MINUTE });
    room.record('resume');
    room.now += 2 * MINUTE;
    expect(room.clock()).toMatchObject({ status: 'running', scenarioMs: 7 * MINUTE });
  });

  it('jumps to a scenario time while running or paused', () => {
    const room = new FakeRoom();
    room.record('start', { speed: 2 });
    room.now += MINUTE;
    room.record('jump', { toMinutes: 90 });
    room.now += MINUTE;
    expect(room.clock().scenarioMs).toBe(92 * MINUTE);
    room.record('pause');
    room.record('jump', { toMinutes: 30 });
    room.now += 10 * MINUTE;
    expect(room.clock()).toMatchObject({ status: 'paused', scenarioMs: 30 * MINUTE });
  });

  it('survives a reload mid-pause: the same events give the same clock to a fresh reader', () => {
    const room = new FakeRoom();
    room.record('start', { speed: 10 });
    room.now += 3 * MINUTE;
    room.record('pause');
    room.now += 17 * MINUTE;
    // A reload: nothing but the stored events (as JSON, as IndexedDB returns them) and the wall clock.
    const reloaded = JSON.parse(JSON.stringify(room.events)) as Recorded[];
    expect(scenarioClockAt(reloaded, room.now)).toEqual(room.clock());
    expect(scenarioClockAt(reloaded, room.now)).toMatchObject({ status: 'paused', scenarioMs: 30 * MINUTE });
    room.now += 60 * MINUTE;
    expect(scenarioClockAt(reloaded, room.now).scenarioMs).toBe(30 * MINUTE);
  });

  it('ends frozen, and reads any past moment from the events up to it', () => {
    const room = new FakeRoom();
    room.record('start', { speed: 1 });
    room.now += 20 * MINUTE;
    room.record('end');
    room.now += 60 * MINUTE;
    expect(room.clock()).toMatchObject({ status: 'ended', scenarioMs: 20 * MINUTE });
    expect(scenarioClockAt(room.events, T0 + 7 * MINUTE)).toMatchObject({ status: 'running', scenarioMs: 7 * MINUTE });
  });

  it('refuses requests the clock’s state does not allow, in words', () => {
    const room = new FakeRoom();
    expect(clockRequestRefusal(room.clock(), { kind: 'pause' })).toBe('The clock is not running.');
    expect(clockRequestRefusal(room.clock(), { kind: 'start', speed: 1 })).toBeUndefined();
    room.record('start', { speed: 1 });
    expect(clockRequestRefusal(room.clock(), { kind: 'start', speed: 1 })).toBe('The clock has already started.');
    expect(clockRequestRefusal(room.clock(), { kind: 'resume' })).toBe('The clock is not paused.');
    room.record('end');
    expect(clockRequestRefusal(room.clock(), { kind: 'resume' })).toBe('The exercise has ended.');
  });

  it('formats scenario time as players read it', () => {
    expect(formatScenarioTime(0)).toBe('T+00:00:00');
    expect(formatScenarioTime(95 * MINUTE + 7 * SECOND)).toBe('T+01:35:07');
    expect(formatScenarioTime(26 * 60 * MINUTE)).toBe('T+1d 02:00:00');
  });
});
