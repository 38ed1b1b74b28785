/** Helpers for the electron tests: temporary folders that clean up after themselves, and fake services. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { IpcServices } from '../../electron/ipc/handleRequest';

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh empty folder, removed after the current test. */
export async function temporaryFolder(prefix = 'firebreak-electron-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export const fakeAppInfo = { name: 'Firebreak', version: '9.9.9', platform: 'linux', host: 'test-host' } as const;

export function fakeServices(overrides: Partial<IpcServices> = {}): IpcServices {
  return {
    'app:getInfo': async () => fakeAppInfo,
    'files:saveExport': async () => ({ status: 'cancelled' }),
    'evidence:exportBegin': async () => ({ status: 'cancelled' }),
    'evidence:exportChunk': async () => ({ received: 0 }),
    'evidence:exportFinish': async () => {
      throw new Error('No export is open.');
    },
    'evidence:exportAbort': async () => ({}),
    'signing:getIdentity': async () => null,
    'signing:listIdentities': async () => ({
      current: null,
      currentNeedsPassphrase: false,
      retired: [],
      newKeyProtection: { kind: 'host' },
    }),
    'signing:createSelfSigned': async () => Promise.reject(new Error('No key store in this fake.')),
    'signing:importPkcs12': async () => Promise.reject(new Error('No key store in this fake.')),
    'reports:signAndSave': async () => ({ status: 'cancelled' }),
    'reports:verify': async () => Promise.reject(new Error('No verifier in this fake.')),
    ...overrides,
  };
}
