/**
 * What the console benchmarks at 100,000 incidents share (`register.ts`, `metrics.ts`): building the site they serve
 * (the renderer plus a benchmark page that loads data through the app's write path), launching Chromium on a kept
 * profile, starting the console and noting when the register is listed and ready, and timing a UI change from the
 * input event to the screen showing its result and the next frame drawn. One copy, so both benchmarks time the same
 * way and the metrics dashboard's figures sit beside the register's as a true same-run baseline.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, rendererDir, repoRoot } from '../e2e/harness';

/** Builds the renderer into `siteDir` and the benchmark page under `test/bench/<pageDir>` into `siteDir/<outName>`. */
export async function buildBenchSite(siteDir: string, pageDir: string, outName: string): Promise<void> {
  // BENCH_MINIFY=0 keeps the console's names, for reading a CPU profile.
  const minify = process.env['BENCH_MINIFY'] !== '0';
  await build({ configFile: join(repoRoot, 'renderer/vite.config.ts'), logLevel: 'warn', build: { minify } });
  await cp(rendererDir, siteDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(repoRoot, 'test/bench', pageDir),
    base: './',
    // Chromium preloads modules itself; without the polyfill the page also builds in a worktree whose node_modules is a
    // symlink (vite's own polyfill import does not resolve through it).
    build: { outDir: join(siteDir, outName), emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
}

/** Chromium on `profileDir` (kept between launches: IndexedDB lives there), 1440×900. */
export function launchProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
}

export interface ConsoleStart {
  /** ms from navigation start: the first rows listed and the total shown. */
  readonly listedAt: number;
  /** ms from navigation start: every incident in the search index. */
  readonly readyAt: number;
}

/** Opens the console and notes, on the page's own clock, when the list and total show and when search is ready. */
export async function openConsole(page: Page, url: string, count: number): Promise<ConsoleStart> {
  const total = `${count.toLocaleString('en-GB')} incidents`;
  await page.goto(url, { waitUntil: 'commit' });
  const listedAt = await page.waitForFunction(
    (expected) => {
      const subtitle = document.querySelector('.screen-register .screen-subtitle')?.textContent ?? '';
      const row = document.querySelector('[data-row-index="0"]');
      return row && subtitle.startsWith(expected) ? performance.now() : undefined;
    },
    total,
    { polling: 'raf', timeout: 180_000 },
  );
  const readyAt = await page.waitForFunction(
    (n) => (document.querySelector(`[data-result-count="${n}"]`) ? performance.now() : undefined),
    count,
    { polling: 'raf', timeout: 180_000 },
  );
  return { listedAt: Number(await listedAt.jsonValue()), readyAt: Number(await readyAt.jsonValue()) };
}

export interface AskedStart extends ConsoleStart {
  /** ms from navigation start: the search typed once the list showed is answered in full (every match counted). */
  readonly searchAt: number;
  readonly searchCount: number;
  /** ms from navigation start: then, with the search cleared, the filter ticked is answered in full. */
  readonly filterAt: number;
  readonly filterCount: number;
}

/** The in-page part of `openConsoleAndAsk` (see there), as text. */
const IN_PAGE_ASK = `
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const list = () => document.querySelector('[data-result-count]');
      const input = document.querySelector('#register-search');
      if (!input) throw new Error('No search field.');
      const type = (text) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const group = [...document.querySelectorAll('fieldset')].find(
        (f) => f.querySelector('legend')?.textContent === ask.group,
      );
      const label = [...(group?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.includes(ask.option));
      const box = label?.querySelector('input');
      if (!box) throw new Error(\`No filter \${ask.group}: \${ask.option}.\`);
      const answered = async (query, filters) => {
        for (;;) {
          const shown = list();
          if (
            shown?.getAttribute('data-query') === query &&
            shown.getAttribute('data-filters') === filters &&
            shown.getAttribute('data-complete') === 'true'
          )
            return Number(shown.getAttribute('data-result-count'));
          await frame();
        }
      };
      type(ask.word);
      const searchCount = await answered(ask.word, '0');
      const searchAt = performance.now();
      type('');
      box.click();
      const filterCount = await answered('', '1');
      const filterAt = performance.now();
      while (document.querySelector('.nav-count')?.textContent !== total.split(' ')[0]) await frame();
      const readyAt = performance.now();
      // The in-memory index's answers to the same filter and search.
      const indexFilterCount = await answered('', '1');
      box.click();
      type(ask.word);
      const indexSearchCount = await answered(ask.word, '0');
      type('');
      await answered('', '0');
      return { searchAt, searchCount, filterAt, filterCount, readyAt, indexFilterCount, indexSearchCount };
`;

/**
 * Opens the console as a user in a hurry does: as soon as the list and total show, types `word` into the search box
 * and waits for the whole answer (`data-complete`), then clears it and ticks the filter `option` of `group` and waits
 * again; then waits for every incident to be in the in-memory index (the navigation's count appears), and checks that
 * the index gives the same counts for the same search and filter (the early answers come from IndexedDB). Leaves the
 * register with no search and no filter.
 */
export async function openConsoleAndAsk(
  page: Page,
  url: string,
  count: number,
  ask: { readonly word: string; readonly group: string; readonly option: string },
): Promise<AskedStart> {
  const total = `${count.toLocaleString('en-GB')} incidents`;
  await page.goto(url, { waitUntil: 'commit' });
  const listed = await page.waitForFunction(
    (expected) => {
      const subtitle = document.querySelector('.screen-register .screen-subtitle')?.textContent ?? '';
      const row = document.querySelector('[data-row-index="0"]');
      return row && subtitle.startsWith(expected) ? performance.now() : undefined;
    },
    total,
    { polling: 'raf', timeout: 180_000 },
  );
  const listedAt = Number(await listed.jsonValue());
  // Everything from here runs in the page, so no round trip to the driver sits between a change and its timing. It is
  // passed as text: the bench runs through tsx, whose keepNames would wrap the helpers' names in an undefined __name.
  const script = `(async ({ ask, total }) => {${IN_PAGE_ASK}})(${JSON.stringify({ ask, total })})`;
  const start = (await page.evaluate(script)) as {
    searchAt: number;
    searchCount: number;
    filterAt: number;
    filterCount: number;
    readyAt: number;
    indexFilterCount: number;
    indexSearchCount: number;
  };
  if (start.indexSearchCount !== start.searchCount || start.indexFilterCount !== start.filterCount) {
    throw new Error(
      `The early answers differ from the index's: search ${start.searchCount} vs ${start.indexSearchCount}, ` +
        `filter ${start.filterCount} vs ${start.indexFilterCount}.`,
    );
  }
  return { listedAt, ...start };
}

/** A change made the way a user makes it: typing in a search field, ticking a filter box, choosing an option. */
export type UiStep =
  | { readonly kind: 'type'; readonly text: string }
  | { readonly kind: 'toggle'; readonly scope?: string; readonly group: string; readonly option: string }
  | { readonly kind: 'select'; readonly id: string; readonly value: string };

/**
 * Makes `step` in the page and resolves with the ms until the element `watched` shows a new value of any of `attrs`,
 * plus the next frame drawn.
 */
export async function timeUpdate(page: Page, watched: string, attrs: readonly string[], step: UiStep): Promise<number> {
  return page.evaluate(
    async ({ watched, attrs, step }) => {
      // No named helper functions in here: the bench runs through tsx, whose keepNames would wrap them in __name.
      const target = document.querySelector(watched);
      if (!target) throw new Error(`${watched} is not on screen.`);
      const before = attrs.map((attr) => target.getAttribute(attr)).join('|');
      const changed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (attrs.map((attr) => target.getAttribute(attr)).join('|') !== before) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(target, { attributes: true });
      });
      const start = performance.now();
      if (step.kind === 'type') {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (!input) throw new Error('No search field.');
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, step.text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else if (step.kind === 'select') {
        const select = document.getElementById(step.id);
        if (!(select instanceof HTMLSelectElement)) throw new Error(`No select ${step.id}.`);
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, step.value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const scope = (step.scope ? document.querySelector(step.scope) : null) ?? document;
        const group = [...scope.querySelectorAll('fieldset')].find(
          (f) => f.querySelector('legend')?.textContent === step.group,
        );
        const label = [...(group?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.includes(step.option));
        const box = label?.querySelector('input');
        if (!box) throw new Error(`No filter ${step.group}: ${step.option}.`);
        box.click();
      }
      await changed;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    },
    { watched, attrs, step },
  );
}

/**
 * Counts, in every page of `context` opened after this call, the IndexedDB read requests the page's own thread makes,
 * per object store (get, getAll, getAllKeys, count, openCursor, openKeyCursor on a store or its indexes; a worker's
 * reads are not counted). `indexedDbReads` reads the counts and starts them again, so a benchmark can show that a
 * step read nothing it should not.
 */
export async function countIndexedDbReads(context: BrowserContext): Promise<void> {
  await context.addInitScript(`(() => {
    const reads = {};
    window.__firebreakIdbReads = reads;
    const wrap = (proto, storeOf) => {
      for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
        const original = proto[method];
        if (typeof original !== 'function') continue;
        proto[method] = function (...args) {
          const name = storeOf(this);
          reads[name] = (reads[name] ?? 0) + 1;
          return original.apply(this, args);
        };
      }
    };
    wrap(IDBObjectStore.prototype, (store) => store.name);
    wrap(IDBIndex.prototype, (index) => index.objectStore.name);
  })()`);
}

/** The IndexedDB reads counted per store since the last call (see `countIndexedDbReads`), and starts again. */
export async function indexedDbReads(page: Page): Promise<Record<string, number>> {
  return page.evaluate(`(() => {
    const reads = window.__firebreakIdbReads ?? {};
    const copy = { ...reads };
    for (const key of Object.keys(reads)) delete reads[key];
    return copy;
  })()`);
}
