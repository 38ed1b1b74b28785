/**
 * A regulatory profile's deadlines for the dashboard's filings chart: each clock with a deadline and its submission,
 * computed by the clock engine exactly as the clocks panel does. The data layer keeps them as the profile's chart fact
 * (`filingChartFact`) beside every write, so the metrics worker never runs the clock engine.
 */
import {
  filingDeadlinesChart,
  timelinessAt,
  type FilingChartFact,
  type FilingDeadline,
  type Timeliness,
} from './filingCharts';
import type { MetricsChart } from '../metrics/charts';
import type { RegimeId } from './clockInput';
import { clocksOf, submissionOf, type RegulatoryProfile } from './regulatoryProfile';

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

/**
 * The chart fact of a profile: its deadlines, or undefined when it never counts (deleted, not yet following an
 * incident, or a practice incident's).
 */
export function filingChartFact(profile: RegulatoryProfile): FilingChartFact | undefined {
  const incident = profile.incident;
  if (profile.deletedAt !== null || incident === null || incident.exercise) return undefined;
  return { id: profile.id, incidentId: profile.subject.id, deadlines: filingDeadlines(profile, incident.awareAt) };
}

interface FiledClock {
  readonly regime: RegimeId;
  readonly timeliness: Timeliness;
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
