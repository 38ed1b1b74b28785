/** Helpers for the electron tests: temporary folders that clean up after themselves, and fake services. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { IpcServices } from '../../electron/ipc/handleRequest';
import { IPC_CHANNELS } from '../../shared/ipc/contract';

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

function servesEveryChannel(services: Partial<IpcServices>): services is IpcServices {
  return IPC_CHANNELS.every((channel) => typeof services[channel] === 'function');
}

/** Every channel refuses ("not served by this fake") unless overridden; app information and saving answer. */
export function fakeServices(overrides: Partial<IpcServices> = {}): IpcServices {
  const services: Partial<IpcServices> = {};
  for (const channel of IPC_CHANNELS) {
    services[channel] = async () => Promise.reject(new Error(`${channel} is not served by this fake.`));
  }
  Object.assign(services, {
    'app:getInfo': async () => fakeAppInfo,
    'files:saveExport': async () => ({ status: 'cancelled' }),
    'evidence:exportBegin': async () => ({ status: 'cancelled' }),
    'signing:getIdentity': async () => null,
    'signing:listIdentities': async () => ({
      current: null,
      currentNeedsPassphrase: false,
      retired: [],
      newKeyProtection: { kind: 'host' },
    }),
    'reports:signAndSave': async () => ({ status: 'cancelled' }),
    ...overrides,
  } satisfies Partial<IpcServices>);
  if (!servesEveryChannel(services)) throw new Error('The fake services miss a channel.');
  return services;
}
