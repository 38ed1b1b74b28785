/**
 * `npm run bench:bundle-records`: 10,000 records (FIREBREAK_BENCH_BUNDLE_RECORDS) exported and imported through
 * Firebreak's bundle path in headless Chromium with real IndexedDB and the loopback test host — signed, every line
 * validated, previewed, merged and applied in one transaction — beside dexie-export-import (exportDB / importInto)
 * on the same database in the same page and run, with the peak growth of the renderer's memory during each.
 * Budget (issue 11): Firebreak's records/s at least 3× dexie-export-import's, both ways; memory growth < 300 MB.
 * Beside them, the floors: IndexedDB reading the same records whole (getAll) and writing them into an empty database
 * of the same schema (bulkPut), nothing else — no export can read, and no import write, faster than these.
 * dexie-export-import's rate counts every row of the database (the derived rows too), as the figures do; the
 * readable output also gives its time for the same job (the same records) beside Firebreak's.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import inspector from 'node:inspector/promises';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { startTestHost } from '../../electron/testhost/server';
import { CHROMIUM_ARGS, rendererDir, repoRoot } from '../e2e/harness';
import { withMemoryPeaks } from './evidenceBench';
import { finish, report } from './report';
import type { TimedRecords } from './bundle-page/bundleBenchEntry';

const PROFILE_DIR = process.env['FIREBREAK_BENCH_PROFILE'];

/** With FIREBREAK_BENCH_PROFILE=<dir>: a CDP CPU profile of the page per phase, and its top self-time functions. */
async function withCpuProfile<T>(cdp: CDPSession, label: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  // The loopback test host runs in this process: its profile says what the renderer waits on.
  const host = new inspector.Session();
  host.connect();
  await host.post('Profiler.enable');
  await host.post('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  const { profile: hostProfile } = await host.post('Profiler.stop');
  host.disconnect();
  await mkdir(PROFILE_DIR, { recursive: true });
  await writeFile(join(PROFILE_DIR, `${label.replace(/\W+/g, '-')}.cpuprofile`), JSON.stringify(profile));
  await writeFile(join(PROFILE_DIR, `${label.replace(/\W+/g, '-')}.host.cpuprofile`), JSON.stringify(hostProfile));
  printTopSelfTime(`${label} (host)`, hostProfile);
  printTopSelfTime(label, profile);
  return result;
}

interface ProfileLike {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

function printTopSelfTime(label: string, profile: ProfileLike): void {
  const selfMs = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
  });
  const top = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`  CPU profile of ${label}, top self time:`);
  for (const [name, ms] of top) console.log(`    ${Math.round(ms)} ms  ${name}`);
}

/**
 * The evidence part: EVIDENCE_MB MiB of random bytes taken in at a site, exported encrypted end to end through the
 * app's path and imported at an empty site, beside `sha256sum` over the same file in the same run; peak growth of the
 * renderer's RSS and of the host's (the loopback test host runs in this process). Budget (issue 11): ≥ 50 % of
 * `sha256sum`'s speed both ways; growth < 300 MB.
 */
async function measureEvidence(page: Page, cdp: CDPSession, workDir: string, outputDir: string): Promise<void> {
  const evidencePath = join(workDir, 'evidence.bin');
  execFileSync('sh', ['-c', `head -c ${EVIDENCE_MB * 1024 * 1024} /dev/urandom > '${evidencePath}'`]);
  const bytes = EVIDENCE_MB * 1024 * 1024;
  const hashStarted = performance.now();
  execFileSync('sha256sum', [evidencePath]);
  const sha256sumMBps = bytes / MB / ((performance.now() - hashStarted) / 1000);
  console.log(`sha256sum over ${EVIDENCE_MB} MiB: ${Math.round(sha256sumMBps)} MB/s`);
  await page.locator('#evidence-file').setInputFiles(evidencePath);
  const intake = await page.evaluate(() => window.bundleBench!.takeInEvidence());
  console.log(`Intake of ${EVIDENCE_MB} MiB at LON (setup): ${Math.round(bytes / MB / (intake.ms / 1000))} MB/s`);
  const floorOf = async (label: string, work: () => Promise<TimedRecords>) => {
    const { ms, bytes: floorBytes } = await work();
    const perSecond = floorBytes / MB / (ms / 1000);
    report({ name: `IndexedDB floor: ${label} (MB/s)`, value: perSecond, unit: 'MB/s', baseline: sha256sumMBps });
    return perSecond;
  };
  const readFloor = await floorOf(`the stored ${EVIDENCE_MB} MiB read back in chunks, nothing else`, () =>
    page.evaluate(() => window.bundleBench!.evidenceReadFloor()),
  );
  const writeFloor = await floorOf(`the same ${EVIDENCE_MB} MiB written in 8 MiB chunks, four at a time, nothing else`, () =>
    page.evaluate(() => window.bundleBench!.evidenceWriteFloor()),
  );
  console.log(
    `  the evidence budget, ${Math.round(sha256sumMBps / 2)} MB/s, is ${Math.round((sha256sumMBps / 2 / readFloor) * 100)} % ` +
      `of the read floor (export) and ${Math.round((sha256sumMBps / 2 / writeFloor) * 100)} % of the write floor (import)`,
  );
  const before = new Set(await readdir(outputDir));
  const run = async (label: string, work: () => Promise<TimedRecords>) => {
    const hostBefore = process.memoryUsage().rss;
    let hostPeak = hostBefore;
    const sampler = setInterval(() => (hostPeak = Math.max(hostPeak, process.memoryUsage().rss)), 100);
    try {
      const measured = await withCpuProfile(cdp, label, () => withMemoryPeaks(cdp, work));
      const { ms } = measured.result;
      const perSecond = measured.result.bytes / MB / (ms / 1000);
      const hostGrowth = (hostPeak - hostBefore) / MB;
      console.log(
        `${label}: ${Math.round(measured.result.bytes / MB)} MB in ${Math.round(ms)} ms (${Math.round(perSecond)} MB/s); ` +
          `renderer RSS growth ${Math.round(measured.rssGrowth / MB)} MB, host RSS growth ${Math.round(hostGrowth)} MB`,
      );
      for (const [step, stepMs] of Object.entries(measured.result.steps ?? {}))
        console.log(`  ${step}: ${Math.round(stepMs)} ms (${Math.round(bytes / MB / (stepMs / 1000))} MB/s)`);
      return { perSecond, rssGrowth: measured.rssGrowth / MB, hostGrowth, steps: measured.result.steps };
    } finally {
      clearInterval(sampler);
    }
  };
  const exported = await run('Firebreak evidence bundle export (encrypted)', () =>
    page.evaluate(() => window.bundleBench!.firebreakEvidenceExport()),
  );
  const bundle = (await readdir(outputDir)).find((name) => !before.has(name) && name.endsWith('.fbundle.age'));
  if (!bundle) throw new Error('The evidence export wrote no encrypted bundle.');
  await page.locator('#evidence-bundle-file').setInputFiles(join(outputDir, bundle));
  const imported = await run('Firebreak evidence bundle import (encrypted)', () =>
    page.evaluate(() => window.bundleBench!.firebreakEvidenceImport()),
  );
  // The loopback test host stands in for Electron's IPC: every byte of the export crosses the same HTTP path as the
  // import's upload, which only writes what it receives to a file. Not a floor: it is Firebreak's own upload, one
  // chunk at a time, in a host process shared with Playwright.
  const uploadMs = imported.steps?.['upload to the host'];
  if (uploadMs !== undefined)
    report({
      name: `import's upload step alone: the ${EVIDENCE_MB} MiB bundle sent to the test host and written to a file (MB/s)`,
      value: bytes / MB / (uploadMs / 1000),
      unit: 'MB/s',
      baseline: sha256sumMBps,
    });
  for (const [way, figures] of [
    ['export', exported],
    ['import', imported],
  ] as const)
    report({
      name: `bundle ${way} of ${EVIDENCE_MB} MiB evidence, encrypted end to end (MB/s)`,
      value: figures.perSecond,
      unit: 'MB/s',
      baseline: sha256sumMBps,
      budget: Math.round(sha256sumMBps / 2),
      atLeast: true,
    });
  report({
    name: `bundle evidence export/import peak renderer RSS growth (${EVIDENCE_MB} MiB)`,
    value: Math.max(exported.rssGrowth, imported.rssGrowth),
    unit: 'MB',
    budget: 300,
  });
  report({
    name: `bundle evidence export/import peak host RSS growth (${EVIDENCE_MB} MiB)`,
    value: Math.max(exported.hostGrowth, imported.hostGrowth),
    unit: 'MB',
    budget: 300,
  });
  console.log(`  load average: ${(await readFile('/proc/loadavg', 'utf8')).trim()}`);
}

const EVIDENCE_MB = Number(process.env['FIREBREAK_BENCH_BUNDLE_EVIDENCE_MB'] ?? 1024);
const RECORDS = Number(process.env['FIREBREAK_BENCH_BUNDLE_RECORDS'] ?? 10_000);
const MB = 1e6;
const workDir = await mkdtemp(join(tmpdir(), 'firebreak-bench-bundle-records-'));
let failed = false;
try {
  const siteDir = join(workDir, 'site');
  await cp(rendererDir, siteDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(repoRoot, 'test/bench/bundle-page'),
    base: './',
    build: { outDir: join(siteDir, 'bench-bundles'), emptyOutDir: true, target: 'es2022', minify: !PROFILE_DIR },
    worker: { format: 'es' },
  });
  const outputDir = join(workDir, 'exports');
  const host = await startTestHost({ port: 0, rendererDir: siteDir, outputDir });
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(0);
    await page.goto(`${host.origin}/bench-bundles/index.html?token=${encodeURIComponent(host.token)}`);
    await page.waitForFunction(() => window.bundleBench !== undefined);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const incidents = await page.evaluate((records) => window.bundleBench!.seed(records), RECORDS);
    console.log(`Seeded ${incidents} incidents (about ${RECORDS} records) at LON.`);

    const run = async (label: string, work: () => Promise<TimedRecords>) => {
      const measured = await withCpuProfile(cdp, label, () => withMemoryPeaks(cdp, work));
      const { ms, records } = measured.result;
      const perSecond = records / (ms / 1000);
      const longest = measured.result.longestTaskMs;
      console.log(
        `${label}: ${records} records in ${Math.round(ms)} ms (${Math.round(perSecond)} records/s); renderer RSS growth ` +
          `${Math.round(measured.rssGrowth / MB)} MB, JS heap growth ${Math.round(measured.heapGrowth / MB)} MB` +
          (longest === undefined ? '' : `; longest main-thread task ${Math.round(longest)} ms`),
      );
      return { perSecond, rssGrowth: measured.rssGrowth / MB, records };
    };
    const dexieOut = await run('dexie-export-import exportDB', () =>
      page.evaluate(() => window.bundleBench!.dexieExport()),
    );
    const dexieIn = await run('dexie-export-import importInto', () =>
      page.evaluate(() => window.bundleBench!.dexieImport()),
    );
    const readFloor = await run('IndexedDB floor: getAll of the same records', () =>
      page.evaluate(() => window.bundleBench!.recordsReadFloor()),
    );
    const writeFloor = await run('IndexedDB floor: bulkPut of the same records into an empty database', () =>
      page.evaluate(() => window.bundleBench!.recordsWriteFloor()),
    );
    const ourOut = await run('Firebreak bundle export', () =>
      page.evaluate(() => window.bundleBench!.firebreakExport()),
    );
    const [bundle] = (await readdir(outputDir)).filter((name) => name.includes('.fbundle'));
    await page.locator('#bundle-file').setInputFiles(join(outputDir, bundle!));
    const ourIn = await run('Firebreak bundle import', () =>
      page.evaluate(() => window.bundleBench!.firebreakImport()),
    );

    report({
      name: `bundle export of ${ourOut.records} records (records/s)`,
      value: ourOut.perSecond,
      unit: 'records/s',
      baseline: dexieOut.perSecond,
      budget: Math.round(3 * dexieOut.perSecond),
      atLeast: true,
    });
    report({
      name: `bundle import of ${ourIn.records} records (records/s)`,
      value: ourIn.perSecond,
      unit: 'records/s',
      baseline: dexieIn.perSecond,
      budget: Math.round(3 * dexieIn.perSecond),
      atLeast: true,
    });
    for (const [way, floor, dexie, ours] of [
      ['export', readFloor, dexieOut, ourOut],
      ['import', writeFloor, dexieIn, ourIn],
    ] as const) {
      report({
        name: `IndexedDB floor for ${way}: the same ${floor.records} records, ${way === 'export' ? 'read' : 'written'} and nothing else (records/s)`,
        value: floor.perSecond,
        unit: 'records/s',
        baseline: 3 * dexie.perSecond,
      });
      const dexieJobMs = (dexie.records / dexie.perSecond) * 1000;
      console.log(
        `  ${way}: the budget (3× dexie-export-import's ${Math.round(dexie.perSecond)} rows/s) is ` +
          `${((3 * dexie.perSecond) / floor.perSecond).toFixed(2)}× IndexedDB's floor; for the same job dexie-export-import ` +
          `took ${Math.round(dexieJobMs)} ms and Firebreak ${Math.round((ours.records / ours.perSecond) * 1000)} ms ` +
          `(${(dexieJobMs / ((ours.records / ours.perSecond) * 1000)).toFixed(2)}× dexie's speed on the same records)`,
      );
    }
    report({
      name: 'bundle export/import peak renderer RSS growth',
      value: Math.max(ourOut.rssGrowth, ourIn.rssGrowth),
      unit: 'MB',
      baseline: Math.max(dexieOut.rssGrowth, dexieIn.rssGrowth),
      budget: 300,
    });
    console.log(`  load average: ${(await readFile('/proc/loadavg', 'utf8')).trim()}`);
    if (EVIDENCE_MB > 0) await measureEvidence(page, cdp, workDir, outputDir);
  } finally {
    await context.close();
    await host.close();
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await rm(workDir, { recursive: true, force: true });
}
finish(failed);
