/**
 * `npm run dev:web` (and `npm run demo`, which adds --demo): builds the renderer, starts the loopback test host and
 * prints exactly one line on stdout, `Firebreak at <url>`. The port stays 4180 from run to run because browser
 * storage belongs to an origin, so the same port keeps the same data. Runs until SIGINT or SIGTERM.
 */
import { buildRenderer } from '../build/buildRenderer';
import { rendererOutDir, repoRoot } from '../build/paths';
import { DEFAULT_DEV_WEB_PORT, parseDevWebArgs } from './devWebArgs';
import type { DevWebOptions } from './devWebArgs';
import { startTestHost } from './server';
import type { TestHost } from './server';

async function main(): Promise<void> {
  const options = parseDevWebArgs(process.argv.slice(2));
  const root = repoRoot();
  if (options.build) {
    await buildRenderer(root);
  }
  const host = await startOnPreferredPort(options, rendererOutDir(root));
  console.log(`Firebreak at ${host.url}${options.demo ? '&demo=1' : ''}`);
  const stop = (): void => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function startOnPreferredPort(options: DevWebOptions, rendererDir: string): Promise<TestHost> {
  const settings = { rendererDir, outputDir: options.outputDir };
  if (options.port !== undefined) {
    return startTestHost({ ...settings, port: options.port });
  }
  try {
    return await startTestHost({ ...settings, port: DEFAULT_DEV_WEB_PORT });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EADDRINUSE')) {
      throw error;
    }
    const host = await startTestHost({ ...settings, port: 0 });
    console.error(
      `Port ${DEFAULT_DEV_WEB_PORT} is busy, so this run uses port ${host.port}; ` +
        'data saved in the browser at the usual port is not visible here.',
    );
    return host;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
      ? `That port is busy: ${message}`
      : message,
  );
  process.exitCode = 1;
});
