/** Where the repository's build inputs and outputs live, for the build, launcher and dev-web scripts. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function rendererOutDir(root: string = repoRoot()): string {
  return path.join(root, 'dist', 'renderer');
}

export function viteConfigPath(root: string = repoRoot()): string {
  return path.join(root, 'renderer', 'vite.config.ts');
}
