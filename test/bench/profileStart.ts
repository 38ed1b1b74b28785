/**
 * `tsx test/bench/profileStart.ts <profileDir> <port> <incidents> <rounds> <rendererDir> [<otherRendererDir>]`: cold
 * console starts on a profile `bench:register` loaded (BENCH_PROFILE_DIR, BENCH_PORT), each under the CDP sampling
 * profiler from navigation to "listed + total shown" and "ready" (every incident searchable). With two builds (say
 * the last commit's dist/renderer copied aside, and this one) the rounds alternate between them, so a loaded machine
 * slows both alike. Prints per build the medians of: listed and ready (ms from navigation), busy main-thread time
 * (profile samples that are not idle) and script bytes fetched before ready; then, for the last round, self time by
 * script and by function. Figures on a loaded machine are inflated; the busy time and bytes are the steadier ones.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startTestHost } from '../../electron/testhost/server';
import { launchProfile, openConsole } from './consoleBench';
import { percentile } from './report';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}
interface Start {
  listedAt: number;
  readyAt: number;
  busyMs: number;
  scriptKb: number;
  profile: CpuProfile;
}

async function profiledStart(profileDir: string, port: number, incidents: number, rendererDir: string) {
  const host = await startTestHost({
    port,
    rendererDir,
    outputDir: await mkdtemp(join(tmpdir(), 'firebreak-profile-')),
  });
  const context = await launchProfile(profileDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // A page of the same origin first, so the console loads in the renderer process the profiler is attached to.
    await page.goto(`${host.origin}/no-such-page?token=${encodeURIComponent(host.token)}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    const start = await openConsole(page, host.url, incidents);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const scriptBytes = await page.evaluate(
      (readyAt) =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry as PerformanceResourceTiming)
          .filter((entry) => entry.name.endsWith('.js') && entry.responseEnd <= readyAt)
          .reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      start.readyAt,
    );
    const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
    const busyMs =
      profile.samples.reduce((sum, id, i) => sum + (idleIds.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)), 0) / 1000;
    return { ...start, busyMs, scriptKb: scriptBytes / 1024, profile } satisfies Start;
  } finally {
    await context.close();
    await host.close();
  }
}

function attribute(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const script = frame.url.replace(/^.*\//, '') || `(${frame.functionName || 'native'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, n: number): string =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, ms]) => `    ${ms.toFixed(1).padStart(8)} ms  ${key}`)
      .join('\n');
  console.log(`  self time by script:\n${top(byScript, 12)}`);
  console.log(`  self time by function:\n${top(byFunction, 20)}`);
}

async function main(): Promise<void> {
  const [profileDir, port, incidents, rounds, ...builds] = process.argv.slice(2);
  if (!profileDir || !port || !incidents || !rounds || builds.length === 0) {
    throw new Error('usage: profileStart.ts <profileDir> <port> <incidents> <rounds> <rendererDir> [<rendererDir>]');
  }
  const results = new Map<string, Start[]>(builds.map((dir) => [dir, []]));
  for (let round = 0; round < Number(rounds); round++) {
    for (const dir of builds) {
      const start = await profiledStart(profileDir, Number(port), Number(incidents), dir);
      results.get(dir)!.push(start);
      console.log(
        `round ${round + 1} ${basename(dir)}: listed ${Math.round(start.listedAt)} ms, ready ${Math.round(start.readyAt)} ms, ` +
          `busy ${Math.round(start.busyMs)} ms, ${Math.round(start.scriptKb)} kB of script`,
      );
    }
  }
  for (const [dir, starts] of results) {
    const median = (pick: (start: Start) => number): number => Math.round(percentile(starts.map(pick), 50));
    console.log(
      `${dir}: median listed ${median((s) => s.listedAt)} ms, ready ${median((s) => s.readyAt)} ms, busy main thread ` +
        `${median((s) => s.busyMs)} ms, script fetched before ready ${median((s) => s.scriptKb)} kB`,
    );
    attribute(starts.at(-1)!.profile);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
