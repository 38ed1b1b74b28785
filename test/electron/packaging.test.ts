/**
 * electron-builder.yml checked against electron-builder's own JSON schema (app-builder-lib/scheme.json), plus the
 * promises that matter here: the fuses, the targets, only bundled output packed, and real icons.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../electron/build/png';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

async function builderConfig(): Promise<Record<string, unknown>> {
  const parsed: unknown = load(await readFile(path.join(root, 'electron-builder.yml'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('electron-builder.yml is not a mapping');
  }
  return Object.fromEntries(Object.entries(parsed));
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', async () => {
    const schemaPath = require.resolve('app-builder-lib/scheme.json');
    const schema: unknown = JSON.parse(await readFile(schemaPath, 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(typeof schema === 'object' && schema !== null ? schema : {});
    const valid = validate(await builderConfig());
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('flips the security fuses and packs only the bundled app into an asar', async () => {
    const config = await builderConfig();
    expect(config).toMatchObject({
      appId: 'org.firebreak.console',
      productName: 'Firebreak',
      electronVersion: '45.5.0',
      asar: true,
      publish: null,
      directories: { output: 'release' },
      files: ['dist/electron/**', 'dist/renderer/**', 'package.json'],
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableCookieEncryption: true,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      },
      linux: { target: ['AppImage', 'deb'], category: expect.any(String), maintainer: expect.any(String) },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'], category: expect.stringMatching(/^public\.app-category\./) },
    });
  });

  it('matches the Electron version package.json pins and the lock installs, and the entry point', async () => {
    const config = await builderConfig();
    const appPackage: unknown = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const lock: unknown = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8'));
    expect(appPackage).toMatchObject({
      main: 'dist/electron/main.cjs',
      devDependencies: { electron: config.electronVersion },
    });
    expect(lock).toMatchObject({ packages: { 'node_modules/electron': { version: config.electronVersion } } });
  });

  it('points at real icons: a 512 px PNG, a 256 px PNG and the SVG source', async () => {
    const config = await builderConfig();
    expect(config.icon).toBe('resources/icon.png');
    expect(pngSize(await readFile(path.join(root, 'resources', 'icon.png')))).toEqual({ width: 512, height: 512 });
    expect(pngSize(await readFile(path.join(root, 'resources', 'icon-256.png')))).toEqual({ width: 256, height: 256 });
    expect(await readFile(path.join(root, 'resources', 'icon.svg'), 'utf8')).toMatch(
      /^<svg [^>]*viewBox="0 0 512 512"/,
    );
  });
});
