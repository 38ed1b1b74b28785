/**
 * `npm run bench:bundle-records`: 10,000 records (FIREBREAK_BENCH_BUNDLE_RECORDS) exported and imported through
 * Firebreak's bundle path in headless Chromium with real IndexedDB and the loopback test host — signed, every line
 * validated, previewed, merged and applied in one transaction — beside dexie-export-import (exportDB / importInto)
 * on the same database in the same page and run, with the peak growth of the renderer's memory during each.
 * Budget (issue 11): Firebreak's records/s at least 3× dexie-export-import's, both ways; memory growth < 300 MB.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cp } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startTestHost } from '../../electron/testhost/server';
import { CHROMIUM_ARGS, rendererDir, repoRoot } from '../e2e/harness';
import { withMemoryPeaks } from './evidenceBench';
import { finish, report } from './report';
import type { TimedRecords } from './bundle-page/bundleBenchEntry';

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
    build: { outDir: join(siteDir, 'bench-bundles'), emptyOutDir: true, target: 'es2022' },
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
      const measured = await withMemoryPeaks(cdp, work);
      const { ms, records } = measured.result;
      const perSecond = records / (ms / 1000);
      console.log(
        `${label}: ${records} records in ${Math.round(ms)} ms (${Math.round(perSecond)} records/s); renderer RSS growth ` +
          `${Math.round(measured.rssGrowth / MB)} MB, JS heap growth ${Math.round(measured.heapGrowth / MB)} MB`,
      );
      return { perSecond, rssGrowth: measured.rssGrowth / MB, records };
    };
    const dexieOut = await run('dexie-export-import exportDB', () =>
      page.evaluate(() => window.bundleBench!.dexieExport()),
    );
    const dexieIn = await run('dexie-export-import importInto', () =>
      page.evaluate(() => window.bundleBench!.dexieImport()),
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
    report({
      name: 'bundle export/import peak renderer RSS growth',
      value: Math.max(ourOut.rssGrowth, ourIn.rssGrowth),
      unit: 'MB',
      baseline: Math.max(dexieOut.rssGrowth, dexieIn.rssGrowth),
      budget: 300,
    });
    console.log(`  load average: ${(await readFile('/proc/loadavg', 'utf8')).trim()}`);
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
