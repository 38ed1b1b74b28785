/** The hybrid logical clock's merge step: monotonic whatever the wall clock does, causal across installations. */
import { describe, expect, it } from 'vitest';
import {
  ClockDriftError,
  formatHlc,
  HybridLogicalClock,
  MAX_HLC_DRIFT_MS,
  parseHlc,
  receiveHlc,
} from '../../shared/domain/ids';

function manualClock(start: number): { wall: () => number; set: (ms: number) => void } {
  let now = start;
  return { wall: () => now, set: (ms) => (now = ms) };
}

describe('HybridLogicalClock', () => {
  it('stays monotonic when the wall clock stands still, goes backwards, and receives stamps between', () => {
    const time = manualClock(10_000);
    const clock = new HybridLogicalClock('lon', undefined, time.wall);
    const stamps = [clock.now(), clock.now()];
    time.set(4_000);
    stamps.push(clock.now(), clock.receive(formatHlc({ wallMs: 3_000, counter: 7, node: 'par' })), clock.now());
    time.set(12_000);
    stamps.push(clock.now());
    expect(stamps.map(parseHlc)).toEqual([
      { wallMs: 10_000, counter: 0, node: 'lon' },
      { wallMs: 10_000, counter: 1, node: 'lon' },
      { wallMs: 10_000, counter: 2, node: 'lon' },
      { wallMs: 10_000, counter: 3, node: 'lon' },
      { wallMs: 10_000, counter: 4, node: 'lon' },
      { wallMs: 12_000, counter: 0, node: 'lon' },
    ]);
    expect(stamps.every((stamp, i) => i === 0 || stamps[i - 1]! < stamp)).toBe(true);
  });

  it('orders a received stamp before every later local stamp, on both installations', () => {
    const lonTime = manualClock(50_000);
    const parTime = manualClock(20_000); // Paris runs 30 s slow
    const lon = new HybridLogicalClock('lon', undefined, lonTime.wall);
    const par = new HybridLogicalClock('par', undefined, parTime.wall);
    const sent = lon.now();
    const received = par.receive(sent);
    const reply = par.now();
    const back = lon.receive(reply);
    expect([sent < received, received < reply, reply < back]).toEqual([true, true, true]);
    expect([parseHlc(received), parseHlc(reply), parseHlc(back)]).toEqual([
      { wallMs: 50_000, counter: 1, node: 'par' },
      { wallMs: 50_000, counter: 2, node: 'par' },
      { wallMs: 50_000, counter: 3, node: 'lon' },
    ]);
  });

  it('takes the wall clock when it is ahead of both stamps', () => {
    const remote = formatHlc({ wallMs: 1_000, counter: 9, node: 'par' });
    expect(parseHlc(receiveHlc(formatHlc({ wallMs: 2_000, counter: 3, node: 'lon' }), remote, 'lon', 5_000))).toEqual({
      wallMs: 5_000,
      counter: 0,
      node: 'lon',
    });
  });

  it('carries into the next millisecond instead of widening the counter', () => {
    const remote = formatHlc({ wallMs: 1_000, counter: 9_999, node: 'par' });
    expect(parseHlc(receiveHlc(undefined, remote, 'lon', 1_000))).toEqual({ wallMs: 1_001, counter: 0, node: 'lon' });
  });

  it('accepts a stamp up to the maximum drift ahead and refuses one beyond it, changing nothing', () => {
    const clock = new HybridLogicalClock('lon', undefined, () => 100_000);
    const before = clock.now();
    const atLimit = formatHlc({ wallMs: 100_000 + MAX_HLC_DRIFT_MS, counter: 0, node: 'par' });
    const beyond = formatHlc({ wallMs: 100_001 + MAX_HLC_DRIFT_MS, counter: 0, node: 'par' });
    expect(() => new HybridLogicalClock('lon', before, () => 100_000).receive(atLimit)).not.toThrow();
    expect(() => clock.receive(beyond)).toThrow(ClockDriftError);
    expect(() => clock.receive(beyond)).toThrow(
      "A change from installation par is stamped 301 seconds ahead of this machine's clock; at most 300 seconds are " +
        'allowed. Check the date and time on both machines, then try again.',
    );
    expect(clock.latest).toBe(before);
  });
});
