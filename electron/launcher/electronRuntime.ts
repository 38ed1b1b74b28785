/**
 * Finds the Electron 45 executable for `npm start`, the way node_modules/electron does, but without its side
 * effects: `require('electron')` downloads a missing binary synchronously, streams the download's output and throws a
 * bare "failed to install" error. Here: ELECTRON_OVERRIDE_DIST_PATH wins; an installed dist/ is used as it is;
 * otherwise Electron's own install.js runs once (it uses @electron/get, so ELECTRON_MIRROR, electron_config_cache and
 * a zip already in the download cache all work) with its output captured. If that fails, the error names the three
 * ways out in a few lines, without a stack trace.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RuntimeCheckOptions {
  /** The installed `electron` npm package (node_modules/electron). */
  readonly electronDir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly arch: string;
  readonly homeDir: string;
  /** How long Electron's installer may take to download, in milliseconds. */
  readonly downloadTimeoutMs: number;
  /** Told once, before a download is tried, so a person knows why `npm start` is waiting. */
  readonly onDownloadStart?: (message: string) => void;
}

/** The runtime could not be found or fetched; `message` is meant to be shown as it is. */
export class ElectronRuntimeMissingError extends Error {
  override readonly name = 'ElectronRuntimeMissingError';
}

export function defaultRuntimeCheckOptions(electronDir: string): RuntimeCheckOptions {
  return {
    electronDir,
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    homeDir: os.homedir(),
    downloadTimeoutMs: 10 * 60 * 1000,
  };
}

/** Resolves to the absolute path of the Electron executable, fetching it once if it is missing. */
export async function ensureElectronRuntime(options: RuntimeCheckOptions): Promise<string> {
  const version = electronVersion(options.electronDir);
  const override = options.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const executable = path.join(override, executableName(options.platform));
    if (existsSync(executable)) {
      return executable;
    }
    throw new ElectronRuntimeMissingError(
      `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but ${executable} does not exist.\n` +
        `Point it at a folder holding an unpacked Electron ${version}, or unset it.`,
    );
  }

  const installed = installedExecutable(options.electronDir, options.platform, version);
  if (installed !== undefined) {
    return installed;
  }
  const outcome = await fetchRuntime(options, version);
  const fetched = installedExecutable(options.electronDir, options.platform, version);
  if (outcome.ok && fetched !== undefined) {
    return fetched;
  }
  throw new ElectronRuntimeMissingError(runtimeMissingMessage(options, version, outcome.cause));
}

export function runtimeMissingMessage(options: RuntimeCheckOptions, version: string, cause: string): string {
  const zipName = `electron-v${version}-${options.platform}-${options.arch}.zip`;
  return [
    `Firebreak cannot start: Electron ${version} is not installed and could not be downloaded (${cause}).`,
    'Do one of these, then run the command again:',
    `  1. Put ${zipName} into Electron's download cache:`,
    `     ${downloadCacheFolder(options, version)}`,
    `  2. Set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${version}.`,
    '  3. Or run the console in a browser instead: npm run dev:web',
  ].join('\n');
}

/**
 * The folder @electron/get looks in for a cached zip: the cache root (electron_config_cache, or the OS cache folder
 * for "electron") plus the SHA-256 of the download URL's folder, which depends on the mirror in use.
 */
export function downloadCacheFolder(options: RuntimeCheckOptions, version: string): string {
  const env = options.env;
  const cacheRoot = env.electron_config_cache ?? defaultCacheRoot(options);
  const mirror =
    env.npm_config_electron_mirror ?? env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
  const customDir = env.npm_config_electron_custom_dir ?? env.ELECTRON_CUSTOM_DIR ?? `v${version}`;
  const folderUrl = new URL(`${mirror}${customDir.replace('{{ version }}', version)}/placeholder.zip`);
  folderUrl.hash = '';
  folderUrl.search = '';
  folderUrl.pathname = path.posix.dirname(folderUrl.pathname);
  return path.join(cacheRoot, createHash('sha256').update(folderUrl.toString()).digest('hex'));
}

/** Says what `npm start` is about to fetch, from where, and where it keeps it, so nobody wonders what it downloads. */
export function downloadNotice(options: RuntimeCheckOptions, version: string): string {
  const mirror =
    options.env.npm_config_electron_mirror ??
    options.env.ELECTRON_MIRROR ??
    'https://github.com/electron/electron/releases/download/';
  const zipName = `electron-v${version}-${options.platform}-${options.arch}.zip`;
  return (
    `Electron ${version} is not installed yet; fetching ${zipName} once from ${mirror} ` +
    `(Electron's official release, through Electron's own installer) into ${downloadCacheFolder(options, version)}…`
  );
}

function defaultCacheRoot(options: RuntimeCheckOptions): string {
  const { env, homeDir } = options;
  switch (options.platform) {
    case 'darwin':
      return path.join(homeDir, 'Library', 'Caches', 'electron');
    case 'win32':
      return path.join(env.LOCALAPPDATA ?? path.join(homeDir, 'AppData', 'Local'), 'electron', 'Cache');
    default:
      return path.join(env.XDG_CACHE_HOME ?? path.join(homeDir, '.cache'), 'electron');
  }
}

async function fetchRuntime(options: RuntimeCheckOptions, version: string): Promise<InstallOutcome> {
  if (downloadsDisabled(options.env)) {
    return { ok: false, cause: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so no download was tried' };
  }
  options.onDownloadStart?.(downloadNotice(options, version));
  return runElectronInstaller(options);
}

function downloadsDisabled(env: NodeJS.ProcessEnv): boolean {
  const value = env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

function electronVersion(electronDir: string): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  if (
    typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
  ) {
    return manifest.version;
  }
  throw new ElectronRuntimeMissingError(`${electronDir}/package.json has no version; reinstall the electron package.`);
}

/**
 * Same rules as node_modules/electron (index.js and install.js): path.txt names the executable inside dist/, and
 * dist/version must be the package's version — a binary left over from another Electron does not count.
 */
function installedExecutable(electronDir: string, platform: NodeJS.Platform, version: string): string | undefined {
  const pathFile = path.join(electronDir, 'path.txt');
  const versionFile = path.join(electronDir, 'dist', 'version');
  if (!existsSync(pathFile) || !existsSync(versionFile)) {
    return undefined;
  }
  const executable = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8') || executableName(platform));
  const installedVersion = readFileSync(versionFile, 'utf8').trim().replace(/^v/, '');
  return installedVersion === version && existsSync(executable) ? executable : undefined;
}

function executableName(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

interface InstallOutcome {
  readonly ok: boolean;
  readonly cause: string;
}

/** Runs node_modules/electron/install.js in a child Node, capturing its output instead of streaming a stack. */
function runElectronInstaller(options: RuntimeCheckOptions): Promise<InstallOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(options.electronDir, 'install.js')], {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.downloadTimeoutMs,
    });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-16_384);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => resolve({ ok: false, cause: error.message }));
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve({ ok: true, cause: '' });
      } else if (signal !== null) {
        resolve({
          ok: false,
          cause: `the download was stopped after ${Math.round(options.downloadTimeoutMs / 1000)} s`,
        });
      } else {
        resolve({ ok: false, cause: installerCause(output) });
      }
    });
  });
}

/** The one line of the installer's output that says what went wrong (its error line, never the stack). */
export function installerCause(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const errorLine = lines.find((line) => /^(\w*Error|error)\b/.test(line) && !line.startsWith('at '));
  const line = errorLine ?? lines.find((candidate) => !candidate.startsWith('at ')) ?? 'the installer gave no reason';
  const reason = line.replace(/^\w*Error:\s*/, '');
  if (reason === 'fetch failed') {
    return 'the download server could not be reached';
  }
  return reason.length > 200 ? `${reason.slice(0, 200)}…` : reason;
}
