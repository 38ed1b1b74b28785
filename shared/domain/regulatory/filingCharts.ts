/**
 * The regulatory capability's dashboard chart, as data (the metrics chart shape): per regime, the filings made on
 * time, made late, and overdue (deadline passed, nothing filed), from each profile's deadlines (`filingDeadlines.ts`
 * computes them from its clocks and submissions exactly as the clocks panel does). Pure, and with no schema or clock
 * engine imported: the metrics worker loads this module. Practice incidents' profiles are never passed in.
 */
import type { LinkedFact } from '../metrics/facts';
import type { MetricsChart } from '../metrics/charts';
import type { RegimeId } from './clockInput';

export const REGIME_SHORT_LABELS: Readonly<Record<RegimeId, string>> = {
  'eu-ai-act-art73': 'EU AI Act Art. 73',
  'gdpr-art33': 'GDPR Art. 33',
  'uk-gdpr-art33': 'UK GDPR Art. 33',
  'nis2-art23': 'NIS2 Art. 23',
  'dora-art19': 'DORA Art. 19',
  'cra-art14': 'CRA Art. 14',
  'sec-8k-item105': 'SEC 8-K 1.05',
  'nydfs-500.17': 'NYDFS 500.17',
  'hipaa-breach': 'HIPAA breach',
  'circia-proposed': 'CIRCIA (proposed)',
};

/** The regimes in `REGIME_IDS` order (the chart's order; a test holds the two lists equal). */
export const REGIME_ORDER = Object.keys(REGIME_SHORT_LABELS) as RegimeId[];

export type Timeliness = 'onTime' | 'late' | 'overdue';

/** A clock with a deadline, as epoch ms: when it is due, and when its stage was submitted (null: not yet). */
export interface FilingDeadline {
  readonly regime: RegimeId;
  readonly dueAt: number;
  readonly submittedAt: number | null;
}

/** What the filings chart reads of a live regulatory profile of a real incident: its deadlines. */
export interface FilingChartFact extends LinkedFact {
  readonly deadlines: readonly FilingDeadline[];
}

/** A deadline at `now`: filed on time, filed late, overdue (passed, nothing filed), or undefined (not yet due). */
export function timelinessAt(deadline: FilingDeadline, now: number): Timeliness | undefined {
  if (deadline.submittedAt !== null) return deadline.submittedAt <= deadline.dueAt ? 'onTime' : 'late';
  return deadline.dueAt < now ? 'overdue' : undefined;
}

/** Filings per regime on time, late and overdue at `now`, from the deadlines of the profiles counted (regimes with any). */
export function filingDeadlinesChart(profiles: readonly (readonly FilingDeadline[])[], now: number): MetricsChart {
  const counts = new Map<RegimeId, Record<Timeliness, number>>();
  for (const deadlines of profiles) {
    for (const deadline of deadlines) {
      const timeliness = timelinessAt(deadline, now);
      if (timeliness === undefined) continue;
      const row = counts.get(deadline.regime) ?? { onTime: 0, late: 0, overdue: 0 };
      row[timeliness] += 1;
      counts.set(deadline.regime, row);
    }
  }
  const regimes = REGIME_ORDER.filter((regime) => counts.has(regime));
  const series = (name: string, key: Timeliness) => ({
    name,
    points: regimes.map((regime) => ({ x: REGIME_SHORT_LABELS[regime], y: counts.get(regime)?.[key] ?? 0 })),
  });
  return {
    id: 'filings-on-time',
    title: 'Regulatory filings on time vs late',
    definition:
      'Per regime, the filings (each stage of a regime is one) of the incidents counted: submitted by the deadline, ' +
      'submitted after it, and overdue (deadline passed, nothing submitted). Deadlines not yet reached are left out.',
    chart: 'bar',
    xLabel: 'Regime',
    yLabel: 'filings',
    series: [series('On time', 'onTime'), series('Late', 'late'), series('Overdue, not filed', 'overdue')],
  };
}
