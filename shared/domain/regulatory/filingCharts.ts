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

/** A clock with a deadline, as epoch ms: when it is due, and when its stage was submitted (null: not yet). */
export interface FilingDeadline {
  readonly regime: RegimeId;
  readonly dueAt: number;
  readonly submittedAt: number | null;
}

/**
 * The profile's clocks that have a deadline, each with its submission. They depend on the profile and the incident
 * only, not on the time now, so a dashboard computes them once per read of the profiles (the clock engine is the
 * costly part) and each filter change only compares them with now (`timelinessAt`).
 */
export function filingDeadlines(profile: RegulatoryProfile, awareAt: string): FilingDeadline[] {
  return clocksOf(profile, awareAt).flatMap((clock): FilingDeadline[] => {
    if (clock.dueAt === null) return [];
    const submission = submissionOf(profile, clock.regime, clock.stage);
    return [
      {
        regime: clock.regime,
        dueAt: Date.parse(clock.dueAt),
        submittedAt: submission ? Date.parse(submission.submittedAt) : null,
      },
    ];
  });
}

/** A deadline at `now`: filed on time, filed late, overdue (passed, nothing filed), or undefined (not yet due). */
export function timelinessAt(deadline: FilingDeadline, now: number): Timeliness | undefined {
  if (deadline.submittedAt !== null) return deadline.submittedAt <= deadline.dueAt ? 'onTime' : 'late';
  return deadline.dueAt < now ? 'overdue' : undefined;
}

/** Each clock with a deadline, as on time, late or overdue at `now`; clocks not yet due and unfiled are left out. */
export function filingTimeliness(profile: RegulatoryProfile, awareAt: string, now: number): FiledClock[] {
  return filingDeadlines(profile, awareAt).flatMap((deadline): FiledClock[] => {
    const timeliness = timelinessAt(deadline, now);
    return timeliness === undefined ? [] : [{ regime: deadline.regime, timeliness }];
  });
}

/** Filings per regime on time, late and overdue, for the profiles of the incidents counted (regimes with any). */
export function filingTimelinessChart(
  profiles: readonly { readonly profile: RegulatoryProfile; readonly awareAt: string }[],
  now: number,
): MetricsChart {
  return filingDeadlinesChart(
    profiles.map(({ profile, awareAt }) => filingDeadlines(profile, awareAt)),
    now,
  );
}

/** `filingTimelinessChart` from each counted profile's deadlines (`filingDeadlines`), computed before. */
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
