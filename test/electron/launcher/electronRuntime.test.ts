/**
 * The launcher's runtime check, offline: Electron's own installer runs against a mirror on a closed loopback port
 * with an empty download cache, in a copy of the electron package, so the real node_modules/electron is untouched
 * and the test behaves the same whether or not a binary was ever downloaded here.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ElectronRuntimeMissingError,
  downloadCacheFolder,
  ensureElectronRuntime,
  installerCause,
} from '../../../electron/launcher/electronRuntime';
import type { RuntimeCheckOptions } from '../../../electron/launcher/electronRuntime';
import { temporaryFolder } from '../helpers';

const require = createRequire(import.meta.url);
const realElectronDir = path.dirname(require.resolve('electron/package.json'));
const nodeModules = path.dirname(realElectronDir);
/** The installed package's version, which the launcher reads too; the test holds for whichever is installed. */
const VERSION: string = (require('electron/package.json') as { version: string }).version;

/** A copy of the electron package without any downloaded binary, resolving its own dependencies as usual. */
async function electronPackageCopy(base: string): Promise<string> {
  const electronDir = path.join(base, 'pkg', 'electron');
  await mkdir(electronDir, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json']) {
    await copyFile(path.join(realElectronDir, file), path.join(electronDir, file));
  }
  await symlink(nodeModules, path.join(base, 'pkg', 'node_modules'), 'dir');
  return electronDir;
}

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 9));
    });
  });
}

async function offlineOptions(): Promise<RuntimeCheckOptions> {
  const base = await temporaryFolder();
  const cacheRoot = path.join(base, 'cache');
  await mkdir(cacheRoot);
  return {
    electronDir: await electronPackageCopy(base),
    env: {
      PATH: process.env.PATH,
      HOME: base,
      ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
      electron_config_cache: cacheRoot,
    },
    platform: 'linux',
    arch: 'x64',
    homeDir: base,
    downloadTimeoutMs: 20_000,
  };
}

describe('ensureElectronRuntime', () => {
  it('fails fast with a short message naming the three ways out when Electron cannot be fetched', async () => {
    const options = await offlineOptions();
    const notices: string[] = [];
    const error: unknown = await ensureElectronRuntime({
      ...options,
      onDownloadStart: (note) => notices.push(note),
    }).then(
      () => undefined,
      (reason: unknown) => reason,
    );

    expect(error).toBeInstanceOf(ElectronRuntimeMissingError);
    const message = error instanceof Error ? error.message : '';
    const cacheFolder = downloadCacheFolder(options, VERSION);
    expect(message).toBe(
      [
        `Firebreak cannot start: Electron ${VERSION} is not installed and could not be downloaded (the download server could not be reached).`,
        'Do one of these, then run the command again:',
        `  1. Put electron-v${VERSION}-linux-x64.zip into Electron's download cache:`,
        `     ${cacheFolder}`,
        `  2. Set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${VERSION}.`,
        '  3. Or run the console in a browser instead: npm run dev:web',
      ].join('\n'),
    );
    expect(cacheFolder.startsWith(String(options.env.electron_config_cache))).toBe(true);
    expect(notices).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Electron ${VERSION} is not installed yet; fetching electron-v${VERSION}-\\w+-\\w+\\.zip once from http://127\\.0\\.0\\.1:\\d+/ .* into .+…$`,
        ),
      ),
    ]);
  });

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', async () => {
    const options = await offlineOptions();
    const notices: string[] = [];
    await expect(
      ensureElectronRuntime({
        ...options,
        env: { ...options.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
        onDownloadStart: (note) => notices.push(note),
      }),
    ).rejects.toThrow(/\(ELECTRON_SKIP_BINARY_DOWNLOAD is set, so no download was tried\)/);
    expect(notices).toEqual([]);
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH when it holds an executable, and says so when it does not', async () => {
    const options = await offlineOptions();
    const dist = await temporaryFolder();
    await writeFile(path.join(dist, 'electron'), '');
    expect(await ensureElectronRuntime({ ...options, env: { ELECTRON_OVERRIDE_DIST_PATH: dist } })).toBe(
      path.join(dist, 'electron'),
    );
    const empty = await temporaryFolder();
    await expect(ensureElectronRuntime({ ...options, env: { ELECTRON_OVERRIDE_DIST_PATH: empty } })).rejects.toThrow(
      `ELECTRON_OVERRIDE_DIST_PATH is set to ${empty}, but ${path.join(empty, 'electron')} does not exist.`,
    );
  });

  it('uses an installed binary the way node_modules/electron finds it (path.txt and version in dist/)', async () => {
    const options = await offlineOptions();
    await mkdir(path.join(options.electronDir, 'dist'));
    await writeFile(path.join(options.electronDir, 'dist', 'electron'), '');
    await writeFile(path.join(options.electronDir, 'path.txt'), 'electron');
    await writeFile(path.join(options.electronDir, 'dist', 'version'), `v${VERSION}`);
    expect(await ensureElectronRuntime(options)).toBe(path.join(options.electronDir, 'dist', 'electron'));
    // A binary from another Electron version is not the runtime this app was built for.
    await writeFile(path.join(options.electronDir, 'dist', 'version'), 'v44.0.0');
    await expect(ensureElectronRuntime(options)).rejects.toThrow(ElectronRuntimeMissingError);
  });
});

describe('downloadCacheFolder', () => {
  it('is the OS cache folder plus the hash of the default mirror folder, like @electron/get', () => {
    const base = {
      electronDir: '',
      platform: 'linux',
      arch: 'x64',
      homeDir: '/home/ada',
      downloadTimeoutMs: 1,
    } as const;
    const linux = downloadCacheFolder({ ...base, env: {} }, VERSION);
    expect(path.dirname(linux)).toBe('/home/ada/.cache/electron');
    // @electron/get names the folder after the SHA-256 of the release folder's URL.
    const releaseFolder = `https://github.com/electron/electron/releases/download/v${VERSION}`;
    expect(path.basename(linux)).toBe(createHash('sha256').update(releaseFolder).digest('hex'));
    expect(path.dirname(downloadCacheFolder({ ...base, platform: 'darwin', env: {} }, VERSION))).toBe(
      '/home/ada/Library/Caches/electron',
    );
    expect(path.dirname(downloadCacheFolder({ ...base, env: { XDG_CACHE_HOME: '/var/cache/ada' } }, VERSION))).toBe(
      '/var/cache/ada/electron',
    );
  });
});

describe('installerCause', () => {
  it('keeps the error line and drops the stack', () => {
    const output =
      "Error: EACCES: permission denied, mkdir '/x'\n    at async mkdir (node:internal/fs)\n    at main (install.js:1:1)\n";
    expect(installerCause(output)).toBe("EACCES: permission denied, mkdir '/x'");
    expect(installerCause('TypeError: fetch failed\n    at node:internal/deps/undici/undici:1:1')).toBe(
      'the download server could not be reached',
    );
  });
});
