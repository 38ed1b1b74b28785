/** Order statistics of durations: the median and 85th percentile the metrics show (see STATISTICS_DEFINITION). */

/**
 * The q-quantile (0 ≤ q ≤ 1) of ascending values, interpolating linearly between the two nearest ranks; null for no
 * values. q = 0.5 gives the usual median (the mean of the middle two for an even count).
 */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

/** The same for values in any order (a sorted copy is taken). */
export function quantile(values: readonly number[], q: number): number | null {
  return quantileOfSorted(
    values.toSorted((a, b) => a - b),
    q,
  );
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration in words a responder reads at a glance: "45 min", "3.5 h", "2.1 d"; "—" for none. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < DAY) return `${trimmed(ms / HOUR)} h`;
  return `${trimmed(ms / DAY)} d`;
}

function trimmed(value: number): string {
  return value >= 100 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
}

/** Hours with one decimal, the unit charts and CSV files use. */
export function toHours(ms: number | null): number | null {
  return ms === null ? null : Math.round((ms / HOUR) * 10) / 10;
}
