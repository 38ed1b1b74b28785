/**
 * `npm run bench:register` (part of `npm run bench`): measures the incident register at 100,000 incidents in
 * headless Chromium with real IndexedDB.
 *  1. Bulk load through the app's write path (validation, references, timeline, audit log) beside a plain Dexie
 *     bulkPut of the same incident records, and beside a bulkPut of every row the app stored, as incidents/s.
 *  2. The console opening on that database (search index ready).
 *  3. Search and filter latency in the real UI: from the input event to the list showing the new result and the
 *     next frame drawn, p50/p95, against the 150 ms budget.
 * Set BENCH_INCIDENTS to change the scale.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { startTestHost } from '../../electron/testhost/server';
import { CHROMIUM_ARGS, rendererDir, repoRoot } from '../e2e/harness';
import type { BulkLoadResult } from './page/benchEntry';
import { percentile, report } from './report';

const COUNT = Number(process.env['BENCH_INCIDENTS'] ?? 100_000);
const SEARCH_BUDGET_MS = 150;

async function buildSite(siteDir: string): Promise<void> {
  await cp(rendererDir, siteDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(repoRoot, 'test/bench/page'),
    base: './',
    build: { outDir: join(siteDir, 'bench'), emptyOutDir: true, target: 'es2022' },
  });
}

/** Runs `action` in the page and resolves with the ms until the list answers `expect` and the next frame is drawn. */
async function timeListUpdate(
  page: Page,
  action: { kind: 'type'; text: string } | { kind: 'toggle'; group: string; option: string },
): Promise<number> {
  return page.evaluate(async (step) => {
    const list = document.querySelector('[data-result-count]');
    if (!list) throw new Error('The incident list is not on screen.');
    const before = `${list.getAttribute('data-query')}|${list.getAttribute('data-result-count')}`;
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        const now = `${list.getAttribute('data-query')}|${list.getAttribute('data-result-count')}`;
        if (now !== before) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(list, { attributes: true });
    });
    const start = performance.now();
    if (step.kind === 'type') {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      if (!input) throw new Error('No search field.');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, step.text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      const group = [...document.querySelectorAll('fieldset')].find(
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
  }, action);
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'firebreak-bench-'));
  const siteDir = join(workDir, 'site');
  await buildSite(siteDir);
  const host = await startTestHost({ port: 0, rendererDir: siteDir, outputDir: join(workDir, 'exports') });
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    console.log(
      `Firebreak benchmark: ${COUNT.toLocaleString('en')} incidents, Chromium ${context.browser()?.version() ?? ''}`,
    );

    page.on('console', (message) => console.log(`  [page] ${message.text()}`));
    await page.goto(`${host.origin}/bench/index.html?token=${encodeURIComponent(host.token)}`);
    await page.waitForFunction(() => window.firebreakBench !== undefined);
    const load: BulkLoadResult = await page.evaluate((count) => window.firebreakBench!.bulkLoad(count), COUNT);
    report({
      name: 'bulk-load incidents (app write path)',
      value: (load.count / load.appMs) * 1000,
      unit: 'records/s',
      baseline: (load.count / load.baselineMs) * 1000,
    });
    report({
      name: 'bulk-load incidents (app write path) vs bulkPut of every stored row',
      value: (load.count / load.appMs) * 1000,
      unit: 'records/s',
      baseline: (load.count / load.allRowsBaselineMs) * 1000,
    });
    console.log(
      `  ${load.storedRows.toLocaleString('en')} rows stored, ${load.auditEntries.toLocaleString('en')} of them ` +
        'chained audit entries; the second baseline is the storage floor for that volume.',
    );

    const openStart = Date.now();
    await page.goto(host.url);
    const list = page.locator(`[data-result-count="${COUNT}"]`);
    await list.waitFor({ timeout: 180_000 });
    report({ name: 'console ready with all incidents listed', value: Date.now() - openStart, unit: 'ms' });

    const words = ['prompt', 'model', 'leak', 'gateway', 'drift'];
    const typing: number[] = [];
    for (const word of words) {
      for (let i = 1; i <= word.length; i++)
        typing.push(await timeListUpdate(page, { kind: 'type', text: word.slice(0, i) }));
      typing.push(await timeListUpdate(page, { kind: 'type', text: '' }));
    }
    const filters: number[] = [];
    const toggles = [
      { group: 'Severity', option: 'SEV1' },
      { group: 'Phase', option: 'Containment' },
      { group: 'Incident type', option: 'Prompt injection' },
      { group: 'Severity', option: 'SEV2' },
    ];
    for (let round = 0; round < 4; round++) {
      for (const toggle of toggles) filters.push(await timeListUpdate(page, { kind: 'toggle', ...toggle }));
    }

    report({ name: 'search keystroke → list updated p50', value: percentile(typing, 50), unit: 'ms' });
    report({
      name: 'search keystroke → list updated p95',
      value: percentile(typing, 95),
      unit: 'ms',
      budget: SEARCH_BUDGET_MS,
    });
    report({ name: 'filter change → list updated p50', value: percentile(filters, 50), unit: 'ms' });
    report({
      name: 'filter change → list updated p95',
      value: percentile(filters, 95),
      unit: 'ms',
      budget: SEARCH_BUDGET_MS,
    });
  } finally {
    await context.close();
    await host.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
