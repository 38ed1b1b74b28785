/** Test keys for bundles: an installation key in a throw-away in-memory key store, and runners for the Debian CLIs. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { KeyStore } from '../../../electron/services/signing/keyStore';
import { ensureInstallationKey, type InstallationKey } from '../../../electron/services/trust/installationKey';

export function memoryKeyStore(): KeyStore {
  let secret: string | undefined;
  return {
    location: ':memory:',
    protection: () => ({ kind: 'host' }),
    read: () => Promise.resolve(secret),
    write: (value) => {
      secret = value;
      return Promise.resolve();
    },
  };
}

export function newInstallationKey(): Promise<InstallationKey> {
  return ensureInstallationKey(memoryKeyStore());
}

const execFileAsync = promisify(execFile);

/** Runs a CLI; resolves with its exit code and output instead of throwing, so a test can assert a refusal. */
export async function run(
  command: string,
  args: readonly string[],
  cwd?: string,
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout}${failed.stderr}` };
  }
}
