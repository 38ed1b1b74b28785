/** Benchmark output: a readable line and one machine-readable `BENCH {...}` line per figure. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number;
  /** Where a budget applies: the figure must stay at or under it. */
  readonly budget?: number;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (value: number): number => Math.round(value * 10) / 10;

export function report(figure: BenchFigure): void {
  const parts = [`${figure.name}: ${round(figure.value)} ${figure.unit}`];
  if (figure.baseline !== undefined) parts.push(`baseline ${round(figure.baseline)} ${figure.unit}`);
  if (figure.budget !== undefined) {
    parts.push(`budget ≤ ${figure.budget} ${figure.unit} — ${figure.value <= figure.budget ? 'met' : 'MISSED'}`);
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
