/**
 * `npm run bench:clocks`: the regulatory clocks at scale.
 *
 * 1. "Due in the next 24 hours across all incidents" with N incidents (default 100,000; FIREBREAK_BENCH_CLOCKS_N), in
 *    headless Chromium with real IndexedDB (`clocks-page/`): the Deadlines screen's query (`regulatoryDueWindow`:
 *    the count of one range over the due-soon projection's multi-entry `*dueKeys` index and its earliest 100
 *    deadlines) beside its floor, the same count and limited `getAll` in raw IndexedDB over a plain single-valued
 *    index of a plain table of the same deadlines, alternating, the same run. Budget: p95 < 100 ms. Reading every
 *    deadline in the window is printed beside it (no budget). The page also checks that computing every profile's
 *    clocks from scratch finds the same number of deadlines.
 * 2. One clock computation (`computeRegulatoryClocks`, GDPR + AI Act + NIS2 in Brussels), in Node, beside its floor,
 *    the same instants added with plain Date arithmetic. Budget: p95 < 1 ms (1,000 µs). The first runs pay for JIT
 *    compilation and the first `Intl.DateTimeFormat` and holiday-calendar constructions, so the budgeted p95 is
 *    measured after 500 untimed warm-up runs; the cold p95 of the first 200 runs is printed beside it, without a
 *    budget, to show what the warm-up hides.
 * Builds what it needs (the benchmark page) and runs from a fresh clone. Each figure prints a `BENCH {...}` line
 * (`test/bench/report.ts`); a miss exits non-zero.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { startTestHost } from '../../electron/testhost/server';
import { computeRegulatoryClocks } from '../../shared/domain/regulatory/clockEngine';
import '../../shared/domain/regulatory/holidaysPackage';
import type { ClockInput } from '../../shared/domain/regulatory/clockInput';
import { repoRoot } from '../e2e/harness';
import { launchProfile } from './consoleBench';
import { finish, meetsBudget, percentile, report, type BenchFigure } from './report';

const N = Number(process.env.FIREBREAK_BENCH_CLOCKS_N ?? 100_000);
const RUNS = Number(process.env.FIREBREAK_BENCH_CLOCKS_RUNS ?? 40);
/** The Deadlines screen's first page (`DueSoonScreen.tsx`). */
const PAGE = 100;
const NOW = Date.parse('2026-11-30T08:00:00.000Z');
const HOUR = 3_600_000;

function p95(samples: number[]): number {
  return percentile(samples, 95);
}

function bench(figure: BenchFigure): boolean {
  report(figure);
  return meetsBudget(figure);
}

async function dueSoon(): Promise<boolean> {
  const workDir = await mkdtemp(join(tmpdir(), 'firebreak-bench-clocks-'));
  const siteDir = join(workDir, 'site');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(repoRoot, 'test/bench/clocks-page'),
    base: './',
    build: { outDir: join(siteDir, 'bench-clocks'), emptyOutDir: true, target: 'es2022' },
  });
  const host = await startTestHost({ rendererDir: siteDir, outputDir: join(workDir, 'exports') });
  const context = await launchProfile(join(workDir, 'profile'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => console.log(`  [page] ${message.text()}`));
    await page.goto(`${host.origin}/bench-clocks/index.html?token=${encodeURIComponent(host.token)}`);
    await page.waitForFunction(() => window.firebreakClocksBench !== undefined);
    const loaded = await page.evaluate(({ n, now }) => window.firebreakClocksBench!.load(n, now), { n: N, now: NOW });
    console.log(
      `Loaded ${loaded.profiles.toLocaleString('en')} profiles (every tenth an exercise's) and ` +
        `${loaded.rows.toLocaleString('en')} projection rows in ${(loaded.loadMs / 1000).toFixed(1)} s ` +
        `(Chromium ${context.browser()?.version() ?? ''}, real IndexedDB).`,
    );
    const from = new Date(NOW).toISOString();
    const to = new Date(NOW + 24 * HOUR).toISOString();
    const timed = await page.evaluate(
      ({ from, to, runs, page }) => window.firebreakClocksBench!.timeDueSoon(from, to, runs, page),
      { from, to, runs: RUNS, page: PAGE },
    );
    await page.evaluate(() => window.firebreakClocksBench!.dispose());
    const ms = (values: number[]) => `${percentile(values, 50).toFixed(1)} ms`;
    console.log(
      `Due in the next 24 hours: ${timed.total.toLocaleString('en')} deadlines, the earliest ${timed.shown} listed ` +
        `(the floor's plain table holds ${timed.floorRows.toLocaleString('en')} deadlines). Medians over ${RUNS} ` +
        `runs: screen query ${ms(timed.projection)}, floor ${ms(timed.floor)}; every deadline in the window ` +
        `(${timed.projectionAll.length} runs): projection ${ms(timed.projectionAll)}, floor ${ms(timed.floorAll)}.`,
    );
    if (!timed.agrees) {
      console.error('The projection, the floor and a computation over every profile disagree.');
      return false;
    }
    report({
      name: 'clocks.dueIn24h.all.p95 (every deadline in the window; baseline: plain table, same range)',
      value: p95(timed.projectionAll),
      unit: 'ms',
      baseline: p95(timed.floorAll),
    });
    return bench({
      name: `clocks.dueIn24h.p95 (Deadlines screen: count + earliest ${PAGE}; baseline: same read on a plain table)`,
      value: p95(timed.projection),
      unit: 'ms',
      baseline: p95(timed.floor),
      budget: 100,
    });
  } finally {
    await context.close();
    await host.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

function oneClock(): boolean {
  const input: ClockInput = {
    regimes: ['gdpr-art33', 'eu-ai-act-art73', 'nis2-art23'],
    timeZone: 'Europe/Brussels',
    country: 'BE',
    anchors: { awareAt: '2026-03-20T09:15:00+01:00' },
    facts: { death: true },
  };
  const run = (index: number) => {
    const t0 = performance.now();
    computeRegulatoryClocks({ ...input, anchors: { awareAt: new Date(NOW - index * HOUR).toISOString() } });
    const engineMs = performance.now() - t0;
    const t1 = performance.now();
    const aware = NOW - index * HOUR;
    [24, 72, 72, 240, 360].map((hours) => new Date(aware + hours * HOUR).toISOString());
    return { engineMs, floorMs: performance.now() - t1 };
  };
  const cold = Array.from({ length: 200 }, (_, index) => run(index));
  for (let index = 200; index < 500; index++) run(index);
  const warm = Array.from({ length: 2_000 }, (_, index) => run(500 + index));
  const engine = warm.map((sample) => sample.engineMs * 1000);
  const floor = warm.map((sample) => sample.floorMs * 1000);
  const median = [...engine].sort((a, b) => a - b)[engine.length >> 1] ?? NaN;
  console.log(
    `One clock computation: median ${median.toFixed(1)} µs over ${engine.length} runs after 500 warm-up runs.`,
  );
  report({
    name: 'clocks.computeOne.cold.p95',
    value: p95(cold.map((sample) => sample.engineMs * 1000)),
    unit: 'µs',
    baseline: p95(cold.map((sample) => sample.floorMs * 1000)),
  });
  return bench({ name: 'clocks.computeOne.p95', value: p95(engine), unit: 'µs', baseline: p95(floor), budget: 1000 });
}

const ok = [oneClock(), await dueSoon()].every(Boolean);
if (!ok) console.error('A clocks benchmark missed its budget.');
finish(!ok);
