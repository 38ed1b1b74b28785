/**
 * `npm run bench:evidence`: evidence intake of a 1 GiB file beside its same-run baselines (raw IndexedDB writes of
 * the same bytes, the hash alone) and verification, with the renderer's memory growth; see `evidenceBench.ts` for
 * what each figure measures. Exits non-zero when a budget is missed. Set BENCH_EVIDENCE_MB to change the file size.
 */
import { readFile } from 'node:fs/promises';
import { measureEvidence, meetsBudget, printFigure } from './evidenceBench';

const megabytes = Number(process.env['BENCH_EVIDENCE_MB'] ?? 1024);
const figures = await measureEvidence(megabytes, (line) => console.log(line));
for (const figure of figures) printFigure(figure);
console.log(`  load average: ${(await readFile('/proc/loadavg', 'utf8')).trim()}`);
const missed = figures.filter((figure) => !meetsBudget(figure));
if (missed.length > 0) {
  console.error(`Budget missed: ${missed.map((figure) => figure.name).join('; ')}`);
  process.exitCode = 1;
}
