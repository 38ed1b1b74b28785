/**
 * `npm run bench:checklist`: an incident with a 300-step checklist in headless Chromium, through the real console.
 * The runbook is imported as a JSON file, published and applied through the UI, as a responder would.
 *  1. Render, from navigating to the incident: until its first steps are on screen and a frame is drawn; until all
 *     300 steps are in the page (the checklist renders a screenful per frame); and the longest main-thread task over
 *     50 ms meanwhile (0 when none), against the 50 ms budget — the window must never freeze while it opens.
 *     Baseline: the same page for an incident without a checklist, in the same run.
 *  2. Update: from clicking "Start" on one step until its row shows the new state and the next frame is drawn
 *     (validation, audit chain, timeline entry, commit, re-render), p95 against the 50 ms budget; baseline: the
 *     same row change written with a plain IndexedDB put and no re-render, in the same run; budget one frame (16.7 ms).
 *  3. A timeline entry added (click "Add entry" → the entry is in the list and a frame drawn) beside a plain
 *     IndexedDB add of the same kind of row, and a phase change (click to confirm → the lifecycle stepper shows the
 *     new phase and a frame drawn) beside a plain put of the incident row; p95, same one-frame budget.
 * Exits non-zero when a budget is missed. BENCH_CHECKLIST_STEPS and BENCH_CHECKLIST_OPEN_ROUNDS shrink the run;
 * BENCH_CPU_PROFILE and BENCH_TRACE say where an update's time goes (see below). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startTestHost } from '../../electron/testhost/server';
import { RUNBOOK_PHASES } from '../../shared/domain/runbooks/runbook';
import { CHROMIUM_ARGS, onboard, rendererDir } from '../e2e/harness';
import { RENDER_COUNTER_SCRIPT, takeRenderCounts, type RenderCounts } from './renderCounter';
import { finish, percentile, report } from './report';
import { traceRounds, windowBreakdown } from './traceWindows';

/** BENCH_CHECKLIST_STEPS makes the checklist smaller (the smoke run in `npm test`); a multiple of five phases. */
const STEPS = Math.max(20, Math.round(Number(process.env['BENCH_CHECKLIST_STEPS'] ?? 300) / 5) * 5);
/** Opening the page must never block the window for longer than this. */
const BUDGET_MS = 50;
/**
 * An update re-renders what changed within one frame at 60 Hz (issue 13). BENCH_CHECKLIST_UPDATE_BUDGET_MS replaces it:
 * the smoke run in `npm test` guards the last budget met (50 ms) while the one-frame budget is still missed.
 */
const FRAME_MS = Number(process.env['BENCH_CHECKLIST_UPDATE_BUDGET_MS'] ?? 16.7);
/** The same one-frame budget for a timeline entry added and a phase change; the smoke run guards today's level. */
const TIMELINE_MS = Number(process.env['BENCH_CHECKLIST_TIMELINE_BUDGET_MS'] ?? 16.7);
const PHASE_MS = Number(process.env['BENCH_CHECKLIST_PHASE_BUDGET_MS'] ?? 16.7);
const OPEN_ROUNDS = Number(process.env['BENCH_CHECKLIST_OPEN_ROUNDS'] ?? 12);
const UPDATE_ROUNDS = Math.min(40, Math.floor((STEPS - 3) / 7));
/** Phase changes alternate forward (with an override reason: critical steps are open) and back (with a reason). */
const PHASE_ROUNDS = Math.min(20, UPDATE_ROUNDS);
const RUNBOOK_TITLE = 'Benchmark runbook with 300 steps';

function runbookJson(): string {
  const perPhase = STEPS / RUNBOOK_PHASES.length;
  return JSON.stringify({
    format: 'firebreak-runbook',
    formatVersion: 1,
    runbook: {
      title: RUNBOOK_TITLE,
      purpose: 'Measures the checklist at scale.',
      activation: { types: ['third-party-failure'], severities: ['SEV4'] },
      atlasTechniques: [],
      phases: RUNBOOK_PHASES.map((phase, p) => ({
        phase,
        steps: Array.from({ length: perPhase }, (_, i) => ({
          id: `s-${p}-${i}`,
          title: `Step ${p * perPhase + i + 1}`,
          instructions: 'Do the **thing**, then record it:\n\n- first\n- second',
          ownerRole: 'security-analyst',
          dueMinutes: 15 * (i + 1),
          critical: i % 5 === 0,
          evidenceRequired: false,
          subSteps: [],
        })),
      })),
    },
  });
}

async function declare(page: Page, title: string): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Declare incident/ })
    .click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('Benchmark incident.');
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: /SEV2 — High/ }).check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  return new URL(page.url()).hash;
}

interface RenderTimes {
  /** Until the checklist panel shows its first rows (or its empty state) and a frame is drawn. */
  readonly firstRows: number;
  /** Until all `rows` steps are in the page and a frame is drawn. */
  readonly allRows: number;
  /** The longest main-thread task while the page opened, among those over 50 ms (0 when there were none). */
  readonly longestTask: number;
}

/** Navigates away and back to `hash` and times the incident page opening with its `rows` checklist steps. */
async function timeRender(page: Page, hash: string, rows: number): Promise<RenderTimes> {
  await page.evaluate(() => (window.location.hash = '#/runbooks'));
  await page.getByRole('heading', { name: 'Runbooks', level: 1 }).waitFor();
  return page.evaluate(
    async ({ target, count }) => {
      let longestTask = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const start = performance.now();
      window.location.hash = target;
      // Polled once a frame; no named helper, because the bundler would wrap it in a helper the page lacks.
      while (
        document.querySelector('#timeline-title') === null ||
        (count > 0 ? document.querySelector('.checklist-step') : document.querySelector('#checklist-title')) === null
      ) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const firstRows = performance.now() - start;
      while (document.querySelectorAll('.checklist-step').length !== count) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const allRows = performance.now() - start;
      for (const entry of observer.takeRecords()) longestTask = Math.max(longestTask, entry.duration);
      observer.disconnect();
      return { firstRows, allRows, longestTask };
    },
    { target: hash, count: rows },
  );
}

/** Clicks "Start" on step `title`; resolves with the ms until its row shows In progress and a frame is drawn. */
async function timeUpdate(page: Page, title: string): Promise<number> {
  return page.evaluate(async (stepTitle) => {
    const row = [...document.querySelectorAll('li.checklist-step')].find(
      (li) => li.getAttribute('aria-label') === stepTitle,
    );
    const button = row?.querySelector<HTMLButtonElement>(`button[aria-label="Start “${stepTitle}”"]`);
    if (!row || !button) throw new Error(`No Start button for ${stepTitle}.`);
    // Renders before the click (opening a dialog, typing) are not the write's.
    (window as unknown as { __renderCounter?: { take: () => unknown } }).__renderCounter?.take();
    const start = performance.now();
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (row.classList.contains('is-in-progress')) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(row, { attributes: true });
    });
    performance.mark('bench-window-start'); // WINDOW_START in traceWindows.ts
    button.click();
    await changed;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    performance.mark('bench-window-end'); // WINDOW_END in traceWindows.ts
    return performance.now() - start;
  }, title);
}

/** Adds a timeline note through the form; resolves with the ms from "Add entry" until it is listed and drawn. */
async function timeTimelineEntry(page: Page, text: string): Promise<number> {
  const form = page.getByRole('form', { name: 'Add to timeline' });
  await form.getByLabel('Entry', { exact: true }).fill(text);
  return page.evaluate(async (entryText) => {
    const list = document.querySelector('ol.timeline');
    const button = [...document.querySelectorAll<HTMLButtonElement>('form button')].find(
      (candidate) => candidate.textContent === 'Add entry',
    );
    if (!list || !button) throw new Error('No timeline form.');
    // Renders before the click (opening a dialog, typing) are not the write's.
    (window as unknown as { __renderCounter?: { take: () => unknown } }).__renderCounter?.take();
    const start = performance.now();
    const listed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if ([...list.querySelectorAll('li')].some((li) => li.textContent?.includes(entryText))) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    });
    performance.mark('bench-window-start'); // WINDOW_START in traceWindows.ts
    button.click();
    await listed;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    performance.mark('bench-window-end'); // WINDOW_END in traceWindows.ts
    return performance.now() - start;
  }, text);
}

/**
 * Moves the incident to `phase` through the Change phase dialog (giving the reason or override reason it asks for);
 * resolves with the ms from the confirming click until the lifecycle stepper shows the phase and a frame is drawn.
 */
async function timePhaseChange(page: Page, phase: string): Promise<number> {
  await page.getByRole('button', { name: 'Change phase' }).click();
  const dialog = page.getByRole('dialog', { name: /Change phase of/ });
  await dialog.getByLabel('New phase').selectOption({ label: phase });
  for (const label of ['Reason', 'Override reason']) {
    const field = dialog.getByLabel(label, { exact: true });
    if ((await field.count()) > 0) await field.fill('Benchmark: moving the incident on and back.');
  }
  return page.evaluate(async (phaseLabel) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('dialog button, [role="dialog"] button')].find(
      (candidate) => ['Confirm phase change', 'Override and change phase'].includes(candidate.textContent ?? ''),
    );
    if (!button) throw new Error('No confirm button in the Change phase dialog.');
    // Renders before the click (opening a dialog, typing) are not the write's.
    (window as unknown as { __renderCounter?: { take: () => unknown } }).__renderCounter?.take();
    const start = performance.now();
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        // Inline, no named helper: the bundler would wrap it in a helper the page lacks.
        if (document.querySelector('.stepper li[aria-current="step"] .step-label')?.textContent === phaseLabel) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { attributes: true, childList: true, subtree: true });
    });
    performance.mark('bench-window-start'); // WINDOW_START in traceWindows.ts
    button.click();
    await changed;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    performance.mark('bench-window-end'); // WINDOW_END in traceWindows.ts
    return performance.now() - start;
  }, phase);
}

/**
 * A plain IndexedDB write of one row of `store` like the ones the real path writes: the timeline's newest row added
 * again under a new id, or the incident row put back with its revision bumped. No validation, audit or re-render.
 */
async function timePlainRowWrite(page: Page, store: 'timeline' | 'incidents', id: string): Promise<number> {
  return page.evaluate(
    ({ storeName, rowId }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('firebreak');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction(storeName, 'readonly').objectStore(storeName).get(rowId);
          read.onsuccess = () => {
            const row = read.result as { id: string; rev: number } | undefined;
            if (!row) return reject(new Error(`No ${storeName} row ${rowId}.`));
            const start = performance.now();
            const tx = db.transaction(storeName, 'readwrite');
            const copy = storeName === 'timeline' ? { ...row, id: crypto.randomUUID() } : { ...row, rev: row.rev + 1 };
            tx.objectStore(storeName).put(copy);
            tx.oncomplete = () => {
              resolve(performance.now() - start);
              db.close();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    { storeName: store, rowId: id },
  );
}

/** The stored id of the newest timeline row, and the incident's id (from the page's address). */
async function rowIds(page: Page): Promise<{ timelineId: string; incidentId: string }> {
  const incidentId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '');
  const timelineId = await page.evaluate(
    (subjectId) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('firebreak');
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('timeline', 'readonly').objectStore('timeline').getAll();
          read.onsuccess = () => {
            const rows = read.result as Array<{ id: string; subject: { id: string } }>;
            const mine = rows.filter((row) => row.subject.id === subjectId);
            db.close();
            if (mine.length === 0) reject(new Error('No timeline row.'));
            else resolve(mine[mine.length - 1]!.id);
          };
        };
      }),
    incidentId,
  );
  return { timelineId, incidentId };
}

/** The same row change as a plain IndexedDB put of the stored row, no validation, audit or re-render. */
async function timePlainPut(page: Page, title: string): Promise<number> {
  return page.evaluate(
    (stepTitle) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('firebreak');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('checklistSteps', 'readonly').objectStore('checklistSteps').getAll();
          read.onsuccess = () => {
            const rows = read.result as Array<{ step: { title: string }; state: string; rev: number }>;
            const row = rows.find((candidate) => candidate.step.title === stepTitle);
            if (!row) return reject(new Error(`No row for ${stepTitle}.`));
            const start = performance.now();
            const tx = db.transaction('checklistSteps', 'readwrite');
            tx.objectStore('checklistSteps').put({ ...row, state: 'in-progress', rev: row.rev + 1 });
            tx.oncomplete = () => {
              resolve(performance.now() - start);
              db.close();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    title,
  );
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'firebreak-bench-checklist-'));
  // BENCH_RENDERER_DIR serves another build (`vite build --minify false` keeps component names for BENCH_RENDER_NAMES).
  const served = process.env['BENCH_RENDERER_DIR'] ?? rendererDir;
  const host = await startTestHost({ port: 0, rendererDir: served, outputDir: join(workDir, 'exports') });
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(RENDER_COUNTER_SCRIPT);
    console.log(`Firebreak checklist benchmark: ${STEPS} steps, Chromium ${context.browser()?.version() ?? ''}`);
    await page.goto(host.url);
    await onboard(page);

    const plain = await declare(page, 'Benchmark incident without a checklist');
    const big = await declare(page, 'Benchmark incident with 300 steps');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runbooks' }).click();
    await page
      .getByLabel('Import runbook')
      .setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(runbookJson()) });
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByText('Version 1 · Published').waitFor();
    await page.evaluate((hash) => (window.location.hash = hash), big);
    await page.getByLabel('Apply another runbook').selectOption({ label: `${RUNBOOK_TITLE} (v1)` });
    await page.getByRole('button', { name: 'Apply selected' }).click();
    await page
      .locator('.checklist-step')
      .nth(STEPS - 1)
      .waitFor({ timeout: 60_000 });

    const renders: RenderTimes[] = [];
    const baselineRenders: RenderTimes[] = [];
    for (let i = 0; i < OPEN_ROUNDS; i++) {
      baselineRenders.push(await timeRender(page, plain, 0));
      renders.push(await timeRender(page, big, STEPS));
    }
    const updates: number[] = [];
    const puts: number[] = [];
    // BENCH_CPU_PROFILE=PREFIX saves a Chromium CPU profile of each kind of round (PREFIX-update.cpuprofile, …;
    // open one in DevTools' Performance tab). BENCH_TRACE=1 instead traces the rounds and prints, per kind, where the
    // main thread's time went inside the timed windows (script against style, layout and paint; traceWindows.ts).
    const profilePrefix = process.env['BENCH_CPU_PROFILE'];
    const tracing = process.env['BENCH_TRACE'] === '1';
    const cdp = profilePrefix || tracing ? await context.newCDPSession(page) : undefined;
    if (cdp && profilePrefix) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    const profiled = async (kind: string, rounds: () => Promise<void>): Promise<void> => {
      if (cdp && tracing) {
        const { windows, wallMs, busyMs, byEvent } = windowBreakdown(await traceRounds(cdp, rounds));
        console.log(
          `${kind}: ${windows} timed windows, mean ${wallMs.toFixed(1)} ms, main thread busy ${busyMs.toFixed(1)} ms: ` +
            byEvent
              .slice(0, 12)
              .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
              .join(', '),
        );
        return;
      }
      if (cdp) await cdp.send('Profiler.start');
      await rounds();
      if (cdp && profilePrefix) {
        const { profile } = await cdp.send('Profiler.stop');
        await writeFile(`${profilePrefix}-${kind}.cpuprofile`, JSON.stringify(profile));
        console.log(`CPU profile of the ${kind} rounds: ${profilePrefix}-${kind}.cpuprofile`);
      }
    };
    // Component renders per write, counted from React's commits (see renderCounter.ts): what each write re-renders.
    const renderCounts: Record<'update' | 'timeline' | 'phase', RenderCounts[]> = {
      update: [],
      timeline: [],
      phase: [],
    };
    await profiled('update', async () => {
      for (let i = 0; i < UPDATE_ROUNDS; i++) {
        const title = `Step ${i * 7 + 2}`;
        updates.push(await timeUpdate(page, title));
        renderCounts.update.push(await takeRenderCounts(page));
        puts.push(await timePlainPut(page, `Step ${i * 7 + 3}`));
      }
    });
    const entries: number[] = [];
    const entryPuts: number[] = [];
    const phases: number[] = [];
    const phasePuts: number[] = [];
    const ids = await rowIds(page);
    await profiled('timeline', async () => {
      for (let i = 0; i < UPDATE_ROUNDS; i++) {
        entries.push(await timeTimelineEntry(page, `Benchmark note ${i + 1}.`));
        renderCounts.timeline.push(await takeRenderCounts(page));
        entryPuts.push(await timePlainRowWrite(page, 'timeline', ids.timelineId));
      }
    });
    await profiled('phase', async () => {
      for (let i = 0; i < PHASE_ROUNDS; i++) {
        const phase = i % 2 === 0 ? 'Containment' : 'Detection & analysis';
        phases.push(await timePhaseChange(page, phase));
        renderCounts.phase.push(await takeRenderCounts(page));
        phasePuts.push(await timePlainRowWrite(page, 'incidents', ids.incidentId));
      }
    });

    const p95 = (samples: readonly RenderTimes[], key: keyof RenderTimes): number =>
      percentile(
        samples.map((sample) => sample[key]),
        95,
      );
    report({
      name: `incident page with ${STEPS}-step checklist: first steps on screen p95`,
      value: p95(renders, 'firstRows'),
      unit: 'ms',
      baseline: p95(baselineRenders, 'firstRows'),
    });
    report({
      name: `incident page with ${STEPS}-step checklist: all ${STEPS} steps in the page p95`,
      value: p95(renders, 'allRows'),
      unit: 'ms',
      baseline: p95(baselineRenders, 'allRows'),
    });
    report({
      name: `incident page with ${STEPS}-step checklist: longest main-thread task over 50 ms while opening, p95`,
      value: p95(renders, 'longestTask'),
      unit: 'ms',
      baseline: p95(baselineRenders, 'longestTask'),
      budget: BUDGET_MS,
      // Other work on shared cores makes long tasks of its own (the empty page's are the baseline): only the
      // checklist's share, over the baseline, counts against the budget.
      beyondBaseline: true,
    });
    report({
      name: `checklist step update → row re-rendered p50 (${STEPS} steps)`,
      value: percentile(updates, 50),
      unit: 'ms',
      baseline: percentile(puts, 50),
    });
    report({
      name: `checklist step update → row re-rendered p95 (${STEPS} steps)`,
      value: percentile(updates, 95),
      unit: 'ms',
      baseline: percentile(puts, 95),
      budget: FRAME_MS,
    });
    report({
      name: `timeline entry added → listed p95 (${STEPS}-step page)`,
      value: percentile(entries, 95),
      unit: 'ms',
      baseline: percentile(entryPuts, 95),
      budget: TIMELINE_MS,
    });
    report({
      name: `phase change → stepper shows it p95 (${STEPS}-step page)`,
      value: percentile(phases, 95),
      unit: 'ms',
      baseline: percentile(phasePuts, 95),
      budget: PHASE_MS,
    });
    const kinds = {
      update: 'checklist step update',
      timeline: 'timeline entry added',
      phase: 'phase change',
    } as const;
    for (const [kind, label] of Object.entries(kinds) as Array<[keyof typeof kinds, string]>) {
      const samples = renderCounts[kind];
      // What one write re-renders: the median count of component renders, and what a full page render costs.
      console.log(
        `${label}: component renders per write p50 ${percentile(
          samples.map((sample) => sample.total),
          50,
        )} (React commits p50 ${percentile(
          samples.map((sample) => sample.commits),
          50,
        )})`,
      );
      if (process.env['BENCH_RENDER_NAMES']) {
        const sum = (key: 'count' | 'script' | 'layout' | 'total'): string =>
          (samples.reduce((all, sample) => all + sample.longFrames[key], 0) / samples.length).toFixed(1);
        console.log(
          `  long frames per write: ${sum('count')}, ${sum('total')} ms (script ${sum('script')} ms, style + layout + paint ${sum('layout')} ms)`,
        );
        const byName = new Map<string, number>();
        for (const sample of samples) {
          for (const [name, count] of Object.entries(sample.byName)) byName.set(name, (byName.get(name) ?? 0) + count);
        }
        const top = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
        console.log(
          `  per write: ${top.map(([name, count]) => `${name} ${(count / samples.length).toFixed(1)}`).join(', ')}`,
        );
      }
    }
  } finally {
    await context.close();
    await host.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

main()
  .then(() => finish())
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
