/**
 * How many of `total` items to render now: a first screenful at once, then one more chunk after each painted frame,
 * so a long list appears without one long task that would freeze the window. Never shrinks below what was shown
 * (a row that was in the page stays there), and follows `total` as it grows or shrinks.
 */
import { useEffect, useState } from 'react';

export function useProgressiveCount(total: number, first: number, chunk: number): number {
  const [shown, setShown] = useState(() => Math.min(total, first));
  const count = Math.min(total, Math.max(shown, first));
  useEffect(() => {
    if (count >= total) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame is painted, so each chunk is its own task with a paint in between.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(count + chunk), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [count, total, chunk]);
  return count;
}
