/**
 * Benchmark output and budgets: a readable line and one machine-readable `BENCH {...}` line per figure, and a count
 * of missed budgets that `finish()` turns into the exit code, so `npm run bench` fails when any budget is missed.
 * BENCH_SLACK loosens every budget by a factor (the smoke run in `npm test` uses 3: it fails only on a 3× miss).
 */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number | undefined;
  /** Where a budget applies: the figure must stay at or under it (or at or over it, with `atLeast`). */
  readonly budget?: number | undefined;
  readonly atLeast?: boolean;
  /**
   * For an at-most budget on a figure the machine itself inflates (the longest main-thread task): the figure misses
   * only when it is over the budget AND over its same-run baseline by more than the budget, so a loaded machine whose
   * empty page already has long tasks does not fail it. On a quiet machine the baseline is about 0: the plain rule.
   */
  readonly beyondBaseline?: boolean;
}

export const BENCH_SLACK = Math.max(1, Number(process.env['BENCH_SLACK'] ?? 1));

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Whether a figure meets its budget, loosened by `slack`. A figure without a budget always does. */
export function meetsBudget(figure: BenchFigure, slack = BENCH_SLACK): boolean {
  if (figure.budget === undefined) return true;
  if (figure.atLeast) return figure.value >= figure.budget / slack;
  const limit = figure.budget * slack;
  if (figure.beyondBaseline && figure.baseline !== undefined) {
    return figure.value <= limit || figure.value - figure.baseline <= limit;
  }
  return figure.value <= limit;
}

let missed = 0;

export function report(figure: BenchFigure): void {
  const parts = [`${figure.name}: ${round(figure.value)} ${figure.unit}`];
  if (figure.baseline !== undefined) parts.push(`baseline ${round(figure.baseline)} ${figure.unit}`);
  const met = meetsBudget(figure);
  if (figure.budget !== undefined) {
    const slack = BENCH_SLACK > 1 ? ` (×${BENCH_SLACK} slack)` : '';
    const beyond = figure.beyondBaseline ? ' (or beyond the baseline)' : '';
    parts.push(
      `budget ${figure.atLeast ? '≥' : '≤'} ${figure.budget} ${figure.unit}${beyond}${slack} — ${met ? 'met' : 'MISSED'}`,
    );
    if (!met) missed++;
  }
  console.log(parts.join(' · '));
  console.log(
    `BENCH ${JSON.stringify({
      name: figure.name,
      value: round(figure.value),
      unit: figure.unit,
      baseline: figure.baseline === undefined ? null : round(figure.baseline),
      budget: figure.budget === undefined ? null : round(figure.budget),
    })}`,
  );
}

/** Sets a failing exit code when any reported budget was missed (or `failed` says something else went wrong). */
export function finish(failed = false): void {
  if (missed > 0) console.error(`${missed} budget(s) missed.`);
  if (missed > 0 || failed) process.exitCode = 1;
}
