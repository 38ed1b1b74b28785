/**
 * Report benchmark (`npm run bench:reports`): a ~100-page incident report (2,000 timeline entries, 200 evidence
 * items) laid out, rendered and signed by the real pipeline, beside the same content rendered with @react-pdf's
 * automatic page wrapping in the same run as the baseline. Budgets: under 10 s, peak memory under 500 MB.
 * The baseline runs in a child process capped at FIREBREAK_BENCH_BASELINE_CAP_S seconds (default 600; 0 skips it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifySignedPdf } from '../../electron/verifier/verifyPdf';
import { reportSource } from '../fixtures/reportSources';
import { signedReport, testIdentity, reportMetrics } from '../fixtures/signedReports';
import { BENCH_CONTENT } from './reports/content';
import { report } from './report';

function sampleMemory(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

async function naiveBaseline(capSeconds: number): Promise<{ ms: number; pages: number; capped: boolean }> {
  const script = fileURLToPath(new URL('./reports/naiveBaseline.tsx', import.meta.url));
  const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx/esm', script], {
      env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), capSeconds * 1000);
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      const line = output.trim().split('\n').at(-1) ?? '';
      if (line.startsWith('{')) resolve({ ...(JSON.parse(line) as { ms: number; pages: number }), capped: false });
      else resolve({ ms: capSeconds * 1000, pages: 0, capped: true });
    });
  });
}

/** The last page's text through poppler's pdftotext, when it is installed (bash .ci/run installs it). */
async function lastPageText(pdf: Buffer, page: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'firebreak-bench-'));
  await writeFile(join(dir, 'report.pdf'), pdf);
  const result = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), join(dir, 'report.pdf'), '-'], {
    encoding: 'utf8',
  });
  await rm(dir, { recursive: true, force: true });
  return result.stdout ?? '';
}

const identity = await testIdentity('Benchmark Signer', 'Firebreak');
reportMetrics();
const source = reportSource(BENCH_CONTENT);
const memory = sampleMemory();
const started = performance.now();
const { pdf, pageCount } = await signedReport('incident-report', source, identity);
const elapsed = performance.now() - started;
const peakMb = memory.stop() / (1024 * 1024);
const verified = verifySignedPdf(pdf);
const lastPage = await lastPageText(pdf, pageCount);
const numbered = lastPage.includes(`Page ${pageCount} of ${pageCount}`);
console.log(
  `Signed report: ${pageCount} pages, ${(pdf.length / 1024).toFixed(0)} KB, verifies: ${verified.ok}, ` +
    `last page reads "Page ${pageCount} of ${pageCount}": ${numbered}`,
);

const cap = Number(process.env['FIREBREAK_BENCH_BASELINE_CAP_S'] ?? 600);
const baseline = cap > 0 ? await naiveBaseline(cap) : undefined;
if (baseline) {
  console.log(
    baseline.capped
      ? `Baseline (automatic wrapping) stopped at the ${cap} s cap: the figure below is a lower bound.`
      : `Baseline (automatic wrapping): ${baseline.pages} pages.`,
  );
}
report({
  name: 'reports.incident100.renderAndSign',
  value: elapsed,
  unit: 'ms',
  baseline: baseline?.ms,
  budget: 10_000,
});
report({
  name: 'reports.incident100.pages',
  value: pageCount,
  unit: 'pages',
  baseline: baseline === undefined || baseline.capped ? undefined : baseline.pages,
});
report({ name: 'reports.incident100.peakRss', value: peakMb, unit: 'MB', budget: 500 });
if (!verified.ok || !numbered) {
  console.error('The benchmark report does not verify:', verified.problems);
  process.exitCode = 1;
}
