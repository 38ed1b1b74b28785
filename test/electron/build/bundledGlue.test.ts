/**
 * Runs the real bundles (dist-style main.cjs and preload.cjs) in Node with a recording stand-in for the `electron`
 * module, since Electron's binary cannot run here. This checks the glue nothing else reaches: that main.ts asks for
 * the single-instance lock, registers the privileged scheme before ready, hardens the session and every WebContents,
 * serves app://, registers every IPC channel, opens one sandboxed window on app://firebreak/; and that the preload
 * exposes exactly one object that refuses unknown channels before touching ipcRenderer.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileFunction } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleElectron } from '../../../electron/build/bundleElectron';
import type { BundleResult } from '../../../electron/build/bundleElectron';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
let bundles: BundleResult;
let outDir: string;

beforeAll(async () => {
  // Not temporaryFolder(): that one is removed after each test, and these bundles serve the whole file.
  outDir = await mkdtemp(path.join(os.tmpdir(), 'firebreak-bundle-'));
  bundles = await bundleElectron(root, outDir);
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** Evaluates a CommonJS bundle with `require('electron')` answered by `electron`. */
async function runBundle(file: string, electron: object): Promise<void> {
  const realRequire = createRequire(file);
  const requireWithStub = (id: string): unknown => (id === 'electron' ? electron : realRequire(id));
  const module = { exports: {} };
  const run = compileFunction(
    await readFile(file, 'utf8'),
    ['exports', 'require', 'module', '__filename', '__dirname'],
    {
      filename: file,
    },
  );
  run(module.exports, requireWithStub, module, file, path.dirname(file));
}

function recorder(): { calls: string[]; record: (name: string) => (...args: unknown[]) => void } {
  const calls: string[] = [];
  return { calls, record: (name) => () => void calls.push(name) };
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('main.cjs', () => {
  it('wires lock, scheme, sandbox, hardening, protocol, IPC, menu and one window on app://firebreak/', async () => {
    const { calls, record } = recorder();
    const appListeners = new Map<string, unknown>();
    const ipcChannels: string[] = [];
    const windows: { options: unknown; url?: string }[] = [];
    const schemes: unknown[] = [];
    class FakeBrowserWindow {
      static getAllWindows(): unknown[] {
        return windows;
      }
      readonly webContents = { mainFrame: { url: 'app://firebreak/', processId: 1, routingId: 1 } };
      private readonly record: { options: unknown; url?: string };
      constructor(options: unknown) {
        this.record = { options };
        windows.push(this.record);
      }
      once(): void {}
      on(): void {}
      isDestroyed(): boolean {
        return false;
      }
      async loadURL(url: string): Promise<void> {
        this.record.url = url;
      }
    }
    const electron = {
      safeStorage: {
        isEncryptionAvailable: () => true,
        encryptString: (plain: string) => Buffer.from(plain),
        decryptString: (sealed: Buffer) => sealed.toString(),
      },
      app: {
        whenReady: async () => calls.push('whenReady'),
        requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
        enableSandbox: record('enableSandbox'),
        setAppUserModelId: record('setAppUserModelId'),
        on: (event: string, listener: unknown) => appListeners.set(event, listener),
        getAppPath: () => '/opt/Firebreak/resources/app.asar',
        getPath: () => '/home/responder/.config/Firebreak',
        isPackaged: true,
        getName: () => 'Firebreak',
        getVersion: () => '0.1.0',
        quit: record('quit'),
        exit: record('exit'),
      },
      protocol: {
        registerSchemesAsPrivileged: (list: unknown) => (calls.push('registerSchemesAsPrivileged'), schemes.push(list)),
        handle: (scheme: string) => calls.push(`protocol.handle:${scheme}`),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: record('setPermissionRequestHandler'),
          setPermissionCheckHandler: record('setPermissionCheckHandler'),
          webRequest: { onBeforeRequest: record('onBeforeRequest') },
        },
      },
      ipcMain: { handle: (channel: string) => ipcChannels.push(channel) },
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: record('setApplicationMenu') },
      BrowserWindow: FakeBrowserWindow,
      dialog: {},
    };

    await runBundle(bundles.mainFile, electron);
    await settle();

    expect(calls.slice(0, 3)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock']);
    expect(calls).toEqual(
      expect.arrayContaining([
        'setPermissionRequestHandler',
        'setPermissionCheckHandler',
        'onBeforeRequest',
        'protocol.handle:app',
        'setApplicationMenu',
      ]),
    );
    expect(calls).not.toContain('quit');
    expect(schemes).toEqual([[expect.objectContaining({ scheme: 'app' })]]);
    expect([...appListeners.keys()]).toEqual(
      expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']),
    );
    expect(ipcChannels).toEqual(IPC_CHANNELS);

    const hardened: string[] = [];
    const contents = {
      setWindowOpenHandler: () => hardened.push('setWindowOpenHandler'),
      on: (event: string) => hardened.push(event),
    };
    const onContentsCreated = appListeners.get('web-contents-created');
    if (typeof onContentsCreated === 'function') {
      onContentsCreated({}, contents);
    }
    expect(hardened).toEqual([
      'setWindowOpenHandler',
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview',
    ]);
    expect(windows).toEqual([
      {
        url: 'app://firebreak/',
        options: expect.objectContaining({
          webPreferences: expect.objectContaining({
            preload: path.join('/opt/Firebreak/resources/app.asar', 'dist', 'electron', 'preload.cjs'),
            contextIsolation: true,
            sandbox: true,
            nodeIntegration: false,
            devTools: false,
          }),
        }),
      },
    ]);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { calls, record } = recorder();
    await runBundle(bundles.mainFile, {
      app: { requestSingleInstanceLock: () => false, enableSandbox: record('enableSandbox'), quit: record('quit') },
      protocol: { registerSchemesAsPrivileged: record('registerSchemesAsPrivileged') },
    });
    expect(calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'quit']);
  });
});

describe('preload.cjs', () => {
  it('exposes exactly window.firebreak, which refuses unknown channels before touching ipcRenderer', async () => {
    const exposed = new Map<string, unknown>();
    const invoked: unknown[][] = [];
    await runBundle(bundles.preloadFile, {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: { name: 'Firebreak', version: '0.1.0', platform: 'linux', host: 'electron' } };
        },
      },
    });

    expect([...exposed.keys()]).toEqual(['firebreak']);
    const api = exposed.get('firebreak');
    const invoke =
      typeof api === 'object' && api !== null && 'invoke' in api && typeof api.invoke === 'function'
        ? api.invoke
        : undefined;
    expect(Object.keys(api ?? {})).toEqual(['invoke']);
    expect(await invoke?.('shell:openExternal', { url: 'https://example.com' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(invoked).toEqual([]);
    expect(await invoke?.('app:getInfo', {})).toMatchObject({ ok: true, value: { host: 'electron' } });
    expect(invoked).toEqual([['app:getInfo', {}]]);
  });
});
