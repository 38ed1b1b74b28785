/**
 * `tsx test/bench/profileStart.ts <profileDir> <port> <incidents> [out.cpuprofile]`: one cold console start on a
 * profile `bench:register` loaded (BENCH_PROFILE_DIR, BENCH_PORT), under the CDP sampling profiler, from navigation to
 * "listed + total shown" and "ready" (every incident searchable). Prints where the time went: self time by script and
 * by function, garbage collection, and the scripts the page fetched before it was ready. Serves dist/renderer (run
 * `npm run build:renderer` first).
 */
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHost } from '../../electron/testhost/server';
import { rendererDir } from '../e2e/harness';
import { launchProfile, openConsole } from './consoleBench';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

async function main(): Promise<void> {
  const [profileDir, port, incidents, out] = process.argv.slice(2);
  if (!profileDir || !port || !incidents) throw new Error('usage: profileStart.ts <profileDir> <port> <incidents>');
  const host = await startTestHost({
    port: Number(port),
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
    const start = await openConsole(page, host.url, Number(incidents));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    if (out) await writeFile(out, JSON.stringify(profile));
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < performance.now())
        .map((entry) => {
          const resource = entry as PerformanceResourceTiming;
          return `${resource.name.replace(/^.*\//, '').replace(/\?.*$/, '')} start ${Math.round(resource.startTime)} end ${Math.round(resource.responseEnd)} ${Math.round(resource.decodedBodySize / 1024)} kB`;
        }),
    );
    console.log(`listed at ${Math.round(start.listedAt)} ms, ready at ${Math.round(start.readyAt)} ms`);
    console.log(`resources:\n  ${scripts.join('\n  ')}`);

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
        .map(([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${key}`)
        .join('\n');
    console.log(`self time by script (profile ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms):`);
    console.log(top(byScript, 15));
    console.log('self time by function:');
    console.log(top(byFunction, 30));
  } finally {
    await context.close();
    await host.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
