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
  await build({ configFile, logLevel: 'warn' });
}
