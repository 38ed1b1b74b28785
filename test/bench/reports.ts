/**
 * Report benchmark (`npm run bench:reports`): the incident report at about 100 and 1,000 pages (2,000 and 20,000
 * timeline entries), each laid out, rendered and signed by the real pipeline in a fresh child process, as the app
 * gives each render a fresh worker; the 100-page figure is the median of FIREBREAK_BENCH_REPORT_RUNS runs (default 3).
 * Beside them, in the same run:
 * - the baseline: the same 100-page content through @react-pdf's automatic page wrapping, in a child process capped at
 *   FIREBREAK_BENCH_BASELINE_CAP_S seconds (default 600; 0 skips it);
 * - the floor: the same laid-out pages drawn by pdfkit alone with the same drawing code (no layout, no signing).
 * Budgets (reports/budgets.ts): 100 pages in 1.5 s, 1,000 pages in 15 s and under 1 GB peak RSS. Exits non-zero
 * when a budget is missed or a report does not verify.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPORT_BUDGETS } from './reports/budgets';
import type { ReportSize } from './reports/content';
import type { ReportChecks } from './reports/timedReport';
import { finish, percentile, report, type BenchFigure } from './report';

interface RenderRun extends ReportChecks {
  readonly ms: number;
  readonly cpuMs: number;
  readonly pages: number;
  readonly kb: number;
  readonly peakRssMb: number;
}

/** Runs a TypeScript child script and parses the JSON on its last line; undefined when it ran past `capSeconds`. */
async function runChild<T>(script: string, args: readonly string[], capSeconds = 0): Promise<T | undefined> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx/esm', path, ...args], {
      env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = capSeconds > 0 ? setTimeout(() => child.kill('SIGKILL'), capSeconds * 1000) : undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = output.trim().split('\n').at(-1) ?? '';
      if (line.startsWith('{')) resolve(JSON.parse(line) as T);
      else if (signal === 'SIGKILL' && capSeconds > 0) resolve(undefined);
      else reject(new Error(`${script} ${args.join(' ')} exited with ${code ?? signal} and no result`));
    });
  });
}

async function runs<T>(count: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < count; i++) results.push(await run());
  return results;
}

const median = (values: readonly number[]): number => percentile(values, 50);

let failed = false;
const figure = (value: BenchFigure): void => report(value);

function render(size: ReportSize): Promise<RenderRun> {
  return runChild<RenderRun>('./reports/renderRun.ts', [size]) as Promise<RenderRun>;
}

const runCount = Math.max(1, Number(process.env['FIREBREAK_BENCH_REPORT_RUNS'] ?? 3));
const small = await runs(runCount, () => render('incident100'));
const floor = await runs(runCount, async () => {
  const run = await runChild<{ ms: number; cpuMs: number; pages: number }>('./reports/pdfkitFloor.ts', ['incident100']);
  if (run === undefined) throw new Error('The floor gave no result.');
  return run;
});
// FIREBREAK_BENCH_REPORT_LARGE=0 leaves out the 1,000-page report (the smoke run in `npm test`).
const large = process.env['FIREBREAK_BENCH_REPORT_LARGE'] === '0' ? undefined : await render('incident1000');
const cap = Number(process.env['FIREBREAK_BENCH_BASELINE_CAP_S'] ?? 600);
const baselineStarted = performance.now();
const baseline =
  cap > 0 ? await runChild<{ ms: number; pages: number }>('./reports/naiveBaseline.tsx', [], cap) : undefined;

for (const [label, run] of [
  ...small.map((run, i) => [`100-page run ${i + 1}`, run] as const),
  ...(large ? [['1,000-page', large] as const] : []),
]) {
  console.log(
    `${label}: ${run.pages} pages, ${run.kb.toFixed(0)} KB, ${run.ms.toFixed(0)} ms (CPU ${run.cpuMs.toFixed(0)} ms), ` +
      `peak RSS ${run.peakRssMb.toFixed(0)} MB; verifier: ${run.verdict}; pdfsig valid and whole: ` +
      `${run.pdfsigValid ?? 'not installed'}; last page reads "Page ${run.pages} of ${run.pages}": ` +
      `${run.numbered ?? 'pdftotext not installed'}`,
  );
}
console.log(`Floor (pdfkit alone drawing the laid-out pages): ${floor.map((run) => run.ms.toFixed(0)).join(', ')} ms.`);
if (cap > 0) {
  console.log(
    baseline === undefined
      ? `Baseline (automatic wrapping) stopped at the ${cap} s cap: the figure below is a lower bound.`
      : `Baseline (automatic wrapping): ${baseline.pages} pages.`,
  );
}

const smallMs = median(small.map((run) => run.ms));
const smallPages = small[0]!.pages;
figure({
  name: 'reports.incident100.renderAndSign',
  value: smallMs,
  unit: 'ms',
  baseline: cap > 0 ? (baseline?.ms ?? performance.now() - baselineStarted) : undefined,
  budget: REPORT_BUDGETS.incident100Ms,
});
figure({ name: 'reports.incident100.cpu', value: median(small.map((run) => run.cpuMs)), unit: 'ms' });
figure({ name: 'reports.incident100.floor.pdfkitDrawOnly', value: median(floor.map((run) => run.ms)), unit: 'ms' });
figure({ name: 'reports.incident100.pages', value: smallPages, unit: 'pages', baseline: baseline?.pages });
figure({
  name: 'reports.incident100.peakRss',
  value: Math.max(...small.map((run) => run.peakRssMb)),
  unit: 'MB',
  budget: REPORT_BUDGETS.incident100PeakRssMb,
});
figure({
  name: 'reports.incident100.msPerPage',
  value: smallMs / smallPages,
  unit: 'ms',
  budget: REPORT_BUDGETS.msPerPage,
});
if (large) {
  figure({
    name: 'reports.incident1000.renderAndSign',
    value: large.ms,
    unit: 'ms',
    budget: REPORT_BUDGETS.incident1000Ms,
  });
  figure({ name: 'reports.incident1000.cpu', value: large.cpuMs, unit: 'ms' });
  figure({ name: 'reports.incident1000.pages', value: large.pages, unit: 'pages' });
  figure({
    name: 'reports.incident1000.peakRss',
    value: large.peakRssMb,
    unit: 'MB',
    budget: REPORT_BUDGETS.incident1000PeakRssMb,
  });
  figure({
    name: 'reports.incident1000.msPerPage',
    value: large.ms / large.pages,
    unit: 'ms',
    baseline: smallMs / smallPages,
    budget: REPORT_BUDGETS.msPerPage,
  });
  console.log(
    `Growth: ${(large.pages / smallPages).toFixed(1)}× the pages took ${(large.ms / smallMs).toFixed(1)}× the time ` +
      `and ${(large.peakRssMb / Math.max(...small.map((run) => run.peakRssMb))).toFixed(1)}× the peak RSS.`,
  );
}

const broken = [...small, ...(large ? [large] : [])].filter(
  (run) => run.verdict !== 'trusted' || run.pdfsigValid === false || run.numbered === false,
);
if (broken.length > 0) {
  console.error(`${broken.length} benchmark report(s) did not verify or were misnumbered.`);
  failed = true;
}
finish(failed);
