/**
 * Bundles the Electron main process and the preload with esbuild into dist/electron/{main,preload}.cjs. Both are
 * single CommonJS files for Node (Electron 45 runs Node 22) with `electron` left external; a sandboxed preload can
 * require nothing but a few Electron modules, so the build fails if the preload pulls in anything beyond
 * electron/preload, shared/ and zod.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions, Metafile } from 'esbuild';

export interface BundleResult {
  readonly mainFile: string;
  readonly preloadFile: string;
}

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

export async function bundleElectron(
  repoRoot: string,
  outDir: string = path.join(repoRoot, 'dist', 'electron'),
): Promise<BundleResult> {
  const mainFile = path.join(outDir, 'main.cjs');
  const preloadFile = path.join(outDir, 'preload.cjs');
  const [, preload] = await Promise.all([
    build({ ...COMMON, absWorkingDir: repoRoot, entryPoints: ['electron/main/main.ts'], outfile: mainFile }),
    build({ ...COMMON, absWorkingDir: repoRoot, entryPoints: ['electron/preload/preload.ts'], outfile: preloadFile }),
  ]);
  const strays = preloadStrays(preload.metafile);
  if (strays.length > 0) {
    throw new Error(`The preload may import only electron, shared/ and zod, but it bundles: ${strays.join(', ')}`);
  }
  return { mainFile, preloadFile };
}

/**
 * Inputs of the preload bundle that break the preload's import rule (paths relative to the repository root). zod may
 * come from a symlinked node_modules (a git worktree sharing another checkout's), which esbuild reports by its real
 * path, e.g. `../main/node_modules/zod/…`.
 */
export function preloadStrays(metafile: Metafile | undefined): string[] {
  const allowed = [/^electron\/preload\//, /^shared\//, /^(\.\.\/)*([^/]+\/)*node_modules\/zod\//];
  return Object.keys(metafile?.inputs ?? {}).filter((input) => !allowed.some((pattern) => pattern.test(input)));
}
