/**
 * Counts React component renders per commit in a page, through the hook React's renderer reports every commit to
 * (the one React DevTools installs; production builds call it too). Install with `page.addInitScript(RENDER_COUNTER_SCRIPT)`
 * before the app loads; `takeRenderCounts(page)` returns the renders since the last call, by component name, and resets.
 * A component counts as rendered when it mounted or its render function ran in that commit (React's PerformedWork
 * flag); a subtree React did not visit is skipped, as DevTools does. Names are minified in a production build, so
 * the total is what a benchmark reports; a `--minify false` build gives readable names for a diagnosis.
 */
import type { Page } from 'playwright-core';

export interface RenderCounts {
  /** Component renders (function, class, memo and forwardRef components). */
  readonly total: number;
  /** React commits. */
  readonly commits: number;
  /** Renders by component name, most first. */
  readonly byName: Readonly<Record<string, number>>;
  /** Long animation frames (over 50 ms) meanwhile: how many, and their ms of script, of style + layout + paint, in all. */
  readonly longFrames: {
    readonly count: number;
    readonly script: number;
    readonly layout: number;
    readonly total: number;
  };
}

/**
 * Runs in the page before any script: installs the hook and `window.__renderCounter`. Plain JavaScript in a string,
 * because tsx would wrap named functions in a helper the page lacks.
 */
export const RENDER_COUNTER_SCRIPT = `(() => {
  const counts = new Map();
  const state = { total: 0, commits: 0 };
  // Function 0, class 1, forwardRef 11, simple memo 15 (a memo wrapper, 14, renders nothing itself).
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  const nameOf = (fiber) => {
    const type = fiber.type;
    return (type && (type.displayName || type.name || (type.render && type.render.name))) || 'tag' + fiber.tag;
  };
  const visit = (fiber) => {
    const previous = fiber.alternate;
    if (COMPONENT_TAGS.has(fiber.tag) && (previous === null || (fiber.flags & 1) === 1)) {
      const name = nameOf(fiber);
      counts.set(name, (counts.get(name) || 0) + 1);
      state.total++;
    }
    // A subtree React did not visit keeps its children: nothing in it rendered in this commit.
    if (previous !== null && fiber.child === previous.child) return;
    for (let child = fiber.child; child !== null; child = child.sibling) visit(child);
  };
  let renderers = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => ++renderers,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id, root) => {
      state.commits++;
      visit(root.current);
    },
  };
  // Long animation frames (over 50 ms): how much of them was script and how much style, layout and paint.
  const frames = { count: 0, script: 0, layout: 0, total: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        frames.count++;
        frames.total += frame.duration;
        if (frame.styleAndLayoutStart > 0) frames.layout += frame.startTime + frame.duration - frame.styleAndLayoutStart;
        for (const script of frame.scripts || []) frames.script += script.duration;
      }
    }).observe({ type: 'long-animation-frame' });
  } catch {}
  window.__renderCounter = {
    take: () => {
      const byName = Object.fromEntries([...counts.entries()].sort((a, b) => b[1] - a[1]));
      const taken = { total: state.total, commits: state.commits, byName, longFrames: { ...frames } };
      frames.count = 0;
      frames.script = 0;
      frames.layout = 0;
      frames.total = 0;
      counts.clear();
      state.total = 0;
      state.commits = 0;
      return taken;
    },
  };
})();`;

/** The renders since the last call (or since the page loaded), and resets the count. */
export function takeRenderCounts(page: Page): Promise<RenderCounts> {
  return page.evaluate(() =>
    (window as unknown as { __renderCounter: { take: () => RenderCounts } }).__renderCounter.take(),
  );
}
