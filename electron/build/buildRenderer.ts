/**
 * Builds the renderer with Vite's build() API and the renderer's own config (renderer/vite.config.ts, which decides
 * the output folder, dist/renderer). Quiet unless something is wrong, so callers can print their own one line.
 */
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { viteConfigPath } from './paths';

export async function buildRenderer(root: string): Promise<void> {
  const configFile = viteConfigPath(root);
  if (!existsSync(configFile)) {
    throw new Error(`Cannot build the renderer: ${configFile} does not exist.`);
  }
  // 'error': a build prints nothing unless it fails (bundle-size advice and plugin timings are for developers who
  // profile the build, not for someone running `npm run demo`).
  await build({ configFile, logLevel: 'error' });
}
