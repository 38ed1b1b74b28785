/**
 * `npm run bench:evidence`: evidence intake of a 1 GB file in headless Chromium with real IndexedDB.
 *  1. Intake throughput (MB/s): the app's intake worker streaming 8 MiB chunks into IndexedDB while hashing, plus
 *     the commit transaction, beside the baseline of the same worker reading and hashing the same bytes alone, in
 *     the same run. Budget: intake at ≥ 50% of the hash-only speed.
 *  2. Renderer memory growth during intake: the peak, over the intake, of the resident memory (RSS, from /proc) of
 *     this browser's renderer processes — the page and its workers live there — minus the value just before; and
 *     the page's JS heap (CDP Performance.getMetrics JSHeapUsedSize). Budget: growth < 300 MB.
 * Set BENCH_EVIDENCE_MB to change the file size (default 1024 MiB).
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { build } from 'vite';
import { startTestHost } from '../../electron/testhost/server';
import { CHROMIUM_ARGS, rendererDir, repoRoot } from '../e2e/harness';
import type { TimedRun } from './evidence-page/evidenceBenchEntry';
import { report } from './report';

const MEGABYTES = Number(process.env['BENCH_EVIDENCE_MB'] ?? 1024);
const MIB = 1024 * 1024;

async function buildSite(siteDir: string): Promise<void> {
  await cp(rendererDir, siteDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(repoRoot, 'test/bench/evidence-page'),
    base: './',
    build: { outDir: join(siteDir, 'bench-evidence'), emptyOutDir: true, target: 'es2022' },
    worker: { format: 'es' },
  });
}

/** Writes the file and returns its SHA-256 (computed by Node, to check both runs hashed the same bytes). */
async function writeBenchFile(path: string): Promise<string> {
  const block = Buffer.alloc(MIB);
  for (let i = 0; i < block.length; i++) block[i] = (i * 2654435761) >>> 24;
  const hash = createHash('sha256');
  const handle = await open(path, 'w');
  try {
    for (let mb = 0; mb < MEGABYTES; mb++) {
      block.writeUInt32LE(mb, 0);
      hash.update(block);
      await handle.write(block);
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** Pids of this process's descendants whose command line says they are Chromium renderers. */
async function rendererPids(): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const ours = (pid: number): boolean => {
    for (let current = parents.get(pid); current !== undefined && current > 1; current = parents.get(current)) {
      if (current === process.pid) return true;
    }
    return false;
  };
  const pids: number[] = [];
  for (const pid of parents.keys()) {
    if (!ours(pid)) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes('--type=renderer')) pids.push(pid);
  }
  return pids;
}

async function rendererRssBytes(pids: readonly number[]): Promise<number> {
  let total = 0;
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    if (match?.[1]) total += Number(match[1]) * 1024;
  }
  return total;
}

async function jsHeapBytes(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'firebreak-bench-evidence-'));
  try {
    const siteDir = join(workDir, 'site');
    await buildSite(siteDir);
    const filePath = join(workDir, 'evidence.bin');
    const expected = await writeBenchFile(filePath);
    const host = await startTestHost({ port: 0, rendererDir: siteDir, outputDir: join(workDir, 'exports') });
    const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      console.log(
        `Firebreak evidence benchmark: ${MEGABYTES} MiB file, Chromium ${context.browser()?.version() ?? ''}`,
      );
      await page.goto(`${host.origin}/bench-evidence/index.html?token=${encodeURIComponent(host.token)}`);
      await page.waitForFunction(() => window.evidenceBench !== undefined);
      await page.locator('#bench-file').setInputFiles(filePath);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');

      const hashed: TimedRun = await page.evaluate(() => window.evidenceBench!.hashOnly());

      const pids = await rendererPids();
      const rssBefore = await rendererRssBytes(pids);
      const heapBefore = await jsHeapBytes(cdp);
      let rssPeak = rssBefore;
      let heapPeak = heapBefore;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          rssPeak = Math.max(rssPeak, await rendererRssBytes(pids));
          heapPeak = Math.max(heapPeak, await jsHeapBytes(cdp));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      const taken: TimedRun = await page.evaluate(() => window.evidenceBench!.intake());
      sampling = false;
      await sampler;

      if (hashed.sha256 !== expected || taken.sha256 !== expected) {
        throw new Error(`Hash mismatch: node ${expected}, hash-only ${hashed.sha256}, intake ${taken.sha256}`);
      }
      const hashSpeed = hashed.bytes / MIB / (hashed.ms / 1000);
      const intakeSpeed = taken.bytes / MIB / (taken.ms / 1000);
      report({
        name: `evidence intake of ${MEGABYTES} MiB (chunks + SHA-256 + commit)`,
        value: intakeSpeed,
        unit: 'MB/s',
        baseline: hashSpeed,
      });
      const ratio = (intakeSpeed / hashSpeed) * 100;
      console.log(
        `  intake runs at ${ratio.toFixed(0)}% of hash-only speed · budget ≥ 50% — ${ratio >= 50 ? 'met' : 'MISSED'}`,
      );
      report({
        name: 'renderer RSS growth during intake (peak − before)',
        value: (rssPeak - rssBefore) / MIB,
        unit: 'MB',
        baseline: rssBefore / MIB,
        budget: 300,
      });
      report({
        name: 'page JS heap growth during intake (peak − before)',
        value: (heapPeak - heapBefore) / MIB,
        unit: 'MB',
        baseline: heapBefore / MIB,
        budget: 300,
      });
      console.log(`  renderer processes measured: ${pids.length}; the baselines are the values before intake.`);
    } finally {
      await context.close();
      await host.close();
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
