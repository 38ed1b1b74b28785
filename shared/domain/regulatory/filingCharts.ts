/**
 * The regulatory capability's dashboard chart, as data (the metrics chart shape): per regime, the filings made on
 * time, made late, and overdue (deadline passed, nothing filed), computed from each profile's clocks and
 * submissions exactly as the clocks panel computes them. Pure; practice incidents' profiles are never passed in.
 */
import type { MetricsChart } from '../metrics/charts';
import { REGIME_IDS, type RegimeId } from './clockInput';
import { clocksOf, submissionOf, type RegulatoryProfile } from './regulatoryProfile';

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

type Timeliness = 'onTime' | 'late' | 'overdue';
interface FiledClock {
  readonly regime: RegimeId;
  readonly timeliness: Timeliness;
}

/** Each clock with a deadline, as on time, late or overdue at `now`; clocks not yet due and unfiled are left out. */
export function filingTimeliness(profile: RegulatoryProfile, awareAt: string, now: number): FiledClock[] {
  return clocksOf(profile, awareAt).flatMap((clock): FiledClock[] => {
    if (clock.dueAt === null) return [];
    const due = Date.parse(clock.dueAt);
    const submission = submissionOf(profile, clock.regime, clock.stage);
    if (submission) {
      return [{ regime: clock.regime, timeliness: Date.parse(submission.submittedAt) <= due ? 'onTime' : 'late' }];
    }
    return due < now ? [{ regime: clock.regime, timeliness: 'overdue' }] : [];
  });
}

/** Filings per regime on time, late and overdue, for the profiles of the incidents counted (regimes with any). */
export function filingTimelinessChart(
  profiles: readonly { readonly profile: RegulatoryProfile; readonly awareAt: string }[],
  now: number,
): MetricsChart {
  const counts = new Map<RegimeId, Record<Timeliness, number>>();
  for (const { profile, awareAt } of profiles) {
    for (const { regime, timeliness } of filingTimeliness(profile, awareAt, now)) {
      const row = counts.get(regime) ?? { onTime: 0, late: 0, overdue: 0 };
      row[timeliness] += 1;
      counts.set(regime, row);
    }
  }
  const regimes = REGIME_IDS.filter((regime) => counts.has(regime));
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
