/**
 * The shared "now" keeps ticking with nobody listening: a screen opened after a minute with no listener reads the
 * true time, not the value left by the last screen, and listeners hear every second.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers({ now: Date.parse('2026-11-22T12:00:00.000Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useNow', () => {
  it('keeps the time current while no screen is listening', async () => {
    const { currentNow } = await import('../../../renderer/ui/useNow');
    await vi.advanceTimersByTimeAsync(47_300);
    expect(Date.parse('2026-11-22T12:00:47.300Z') - currentNow()).toBeLessThan(1_000);
  });

  it('tells listeners at the turn of every second', async () => {
    const { subscribeToNow, currentNow } = await import('../../../renderer/ui/useNow');
    const heard: number[] = [];
    const stop = subscribeToNow(() => heard.push(currentNow()));
    await vi.advanceTimersByTimeAsync(3_500);
    stop();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(heard.map((at) => new Date(at).toISOString().slice(17, 19))).toEqual(['01', '02', '03']);
  });
});
