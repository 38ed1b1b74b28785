/**
 * Where the main thread's time goes inside a benchmark's timed windows, from a Chromium trace: the page marks each
 * window with `performance.mark(WINDOW_START)` … `performance.mark(WINDOW_END)`, the bench records a trace around its
 * rounds (`traceRounds`), and `windowBreakdown` sums, per window and averaged, the self time of every trace event on
 * the page's main thread (script: FunctionCall, RunMicrotasks, …; rendering: UpdateLayoutTree, Layout, PrePaint,
 * Paint, …), clipped to the window. A CPU profile names the functions; this says how much of an update is script and
 * how much is style, layout and paint, which a CPU profile lumps together as "(program)".
 */
import type { CDPSession } from 'playwright-core';

export const WINDOW_START = 'bench-window-start';
export const WINDOW_END = 'bench-window-end';

interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
}

/** Runs `rounds` with Chromium tracing the renderer's timeline and user timing; resolves with the trace's events. */
export async function traceRounds(cdp: CDPSession, rounds: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (event: { value: object[] }): void => {
    events.push(...(event.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute',
    transferMode: 'ReportEvents',
  });
  try {
    await rounds();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

export interface WindowBreakdown {
  readonly windows: number;
  /** Mean ms from mark to mark. */
  readonly wallMs: number;
  /** Mean ms the page's main thread was running a task inside the windows. */
  readonly busyMs: number;
  /** Mean self ms per trace event name, largest first. */
  readonly byEvent: readonly (readonly [string, number])[];
}

export function windowBreakdown(events: readonly TraceEvent[]): WindowBreakdown {
  const marks = events
    .filter((event) => event.name === WINDOW_START || event.name === WINDOW_END)
    .sort((a, b) => a.ts - b.ts);
  const windows: [number, number][] = [];
  marks.forEach((mark, index) => {
    const next = marks[index + 1];
    if (mark.name === WINDOW_START && next?.name === WINDOW_END) windows.push([mark.ts, next.ts]);
  });
  const thread = marks[0] ? `${marks[0].pid}:${marks[0].tid}` : '';
  const spans = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined && `${event.pid}:${event.tid}` === thread)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const selfByName = new Map<string, number>();
  let wall = 0;
  let busy = 0;
  for (const [start, end] of windows) {
    wall += end - start;
    const open: TraceEvent[] = [];
    for (const span of spans) {
      if (span.ts >= end || span.ts + span.dur! <= start) continue;
      while (open.length > 0 && open.at(-1)!.ts + open.at(-1)!.dur! <= span.ts) open.pop();
      const inside = Math.min(span.ts + span.dur!, end) - Math.max(span.ts, start);
      const parent = open.at(-1);
      if (parent) selfByName.set(parent.name, (selfByName.get(parent.name) ?? 0) - inside);
      else busy += inside;
      selfByName.set(span.name, (selfByName.get(span.name) ?? 0) + inside);
      open.push(span);
    }
  }
  const count = Math.max(1, windows.length);
  return {
    windows: windows.length,
    wallMs: wall / count / 1000,
    busyMs: busy / count / 1000,
    byEvent: [...selfByName]
      .map(([name, micros]) => [name, micros / count / 1000] as const)
      .filter(([, ms]) => ms >= 0.05)
      .sort((a, b) => b[1] - a[1]),
  };
}
