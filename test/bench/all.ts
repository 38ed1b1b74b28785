/**
 * `npm run bench`: runs every `bench:*` script in package.json, one after another (they share two cores and one
 * Chromium), and fails if any of them fails. Each prints readable figures and `BENCH {...}` lines.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { scripts } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: Record<string, string> };
const benches = Object.keys(scripts).filter((name) => name.startsWith('bench:'));

let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync('npm', ['run', '--silent', name], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`${failed} of ${benches.length} benchmarks failed.`);
  process.exit(1);
}
