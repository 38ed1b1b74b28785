/** The esbuild bundles: one CommonJS file each, electron left external, and a preload that needs nothing else. */
import { isBuiltin } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleElectron, preloadStrays } from '../../../electron/build/bundleElectron';
import { temporaryFolder } from '../helpers';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

function requiredModules(source: string): string[] {
  return [...new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? ''))].sort();
}

describe('bundleElectron', () => {
  it('writes main.cjs and a self-contained preload.cjs that requires only electron', async () => {
    const outDir = await temporaryFolder();
    const result = await bundleElectron(root, outDir);
    expect(result).toEqual({ mainFile: path.join(outDir, 'main.cjs'), preloadFile: path.join(outDir, 'preload.cjs') });

    const preload = await readFile(result.preloadFile, 'utf8');
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).not.toMatch(/\bexposeInMainWorld\([^)]*ipcRenderer\)/);

    const main = await readFile(result.mainFile, 'utf8');
    // Node built-ins only (node-forge asks for 'crypto' without the node: prefix); never an npm package.
    expect(requiredModules(main).filter((name) => !isBuiltin(name))).toEqual(['electron']);
    expect(main).not.toContain('startTestHost');
  }, 60_000);

  it('names any preload input outside electron/preload, shared/ and zod', () => {
    const inputs = (...names: string[]) => ({
      inputs: Object.fromEntries(names.map((name) => [name, { bytes: 1, imports: [] }])),
      outputs: {},
    });
    expect(
      preloadStrays(inputs('electron/preload/preload.ts', 'shared/ipc/contract.ts', 'node_modules/zod/v4/index.js')),
    ).toEqual([]);
    expect(preloadStrays(inputs('electron/preload/preload.ts', 'electron/services/exports.ts'))).toEqual([
      'electron/services/exports.ts',
    ]);
  });
});
