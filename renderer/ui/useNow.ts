/**
 * The shared "now" every screen reads for relative times, countdowns and overdue states. One module-level ticker,
 * aligned to the start of each second, runs for the life of the window whether or not a screen is listening, so a
 * screen opened later starts from the true time instead of a value left over from the last screen that listened.
 * Components subscribe through useSyncExternalStore; each re-renders only when the value it reads changes (a
 * rounded "now", or a derived text such as "12 min ago").
 */
import { useCallback, useSyncExternalStore } from 'react';

let current = Date.now();
const listeners = new Set<() => void>();

function tick(): void {
  current = Date.now();
  for (const notify of listeners) notify();
  schedule();
}

function schedule(): void {
  // Aligned to the next whole second (plus a little, so the new second has begun when we read the clock).
  const timer: unknown = setTimeout(tick, 1_000 - (Date.now() % 1_000) + 5);
  // In Node (unit tests) the ticker must not keep the process alive; browsers return a number.
  if (typeof timer === 'object' && timer !== null && 'unref' in timer && typeof timer.unref === 'function') {
    timer.unref();
  }
}
schedule();

/** Listen to the ticker (every second); returns the way to stop listening. */
export function subscribeToNow(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The time the ticker last read, at most a second old. */
export function currentNow(): number {
  return current;
}

/**
 * The current time in ms, rounded down to `resolutionMs` (default one second): a component re-renders when the
 * rounded value changes, so a screen that only needs ten-second precision can ask for it.
 */
export function useNow(resolutionMs = 1_000): number {
  const snapshot = useCallback(() => Math.floor(current / resolutionMs) * resolutionMs, [resolutionMs]);
  return useSyncExternalStore(subscribeToNow, snapshot);
}

/**
 * A value derived from the current time (a text such as "12 min ago"); the component re-renders only when the
 * derived value changes. `derive` must return a primitive so equal values compare equal.
 */
export function useNowDerived<T extends string | number | boolean>(derive: (now: number) => T): T {
  const snapshot = useCallback(() => derive(current), [derive]);
  return useSyncExternalStore(subscribeToNow, snapshot);
}
