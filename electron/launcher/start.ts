/**
 * `npm start`: makes sure the Electron runtime is present, builds the renderer and the Electron bundles, then runs
 * the app and exits with its exit code. When the runtime cannot be had, it prints a short note naming the options
 * and exits non-zero — no stack trace.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleElectron } from '../build/bundleElectron';
import { buildRenderer } from '../build/buildRenderer';
import { repoRoot } from '../build/paths';
import { defaultRuntimeCheckOptions, ensureElectronRuntime } from './electronRuntime';

async function main(): Promise<number> {
  const root = repoRoot();
  // The runtime first: without it there is nothing to run, and saying so should not wait for two builds.
  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const executable = await ensureElectronRuntime({
    ...defaultRuntimeCheckOptions(electronDir),
    onDownloadStart: (message) => console.error(message),
  });
  await buildRenderer(root);
  await bundleElectron(root);
  return runElectron(executable, root);
}

function runElectron(executable: string, appDir: string): Promise<number> {
  const env = { ...process.env };
  // Set by some shells and tools; it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [appDir], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not run ${executable}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal === null ? 0 : 1)));
  });
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    // Every failure here (a build error, a missing runtime) is told as its message; the stack helps nobody.
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
