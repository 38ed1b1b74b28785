/**
 * The regulatory capability's chart source for the metrics dashboard and report: filings on time, late and overdue
 * per regime, for the incidents the dashboard counts (practice incidents' profiles never count). The live profiles
 * are read once per audit head, each paired with its incident's metrics row, and their deadlines computed then (the
 * clock engine runs once a profile, not once a filter change); a filter change then only tests those rows and compares
 * the deadlines with now (see `preparedAtHead`).
 */
import { compileFilter } from '../../../shared/domain/metrics/aggregate';
import type { IncidentMetricsFact } from '../../../shared/domain/metrics/facts';
import {
  filingDeadlines,
  filingDeadlinesChart,
  type FilingDeadline,
} from '../../../shared/domain/regulatory/filingCharts';
import type { FirebreakDatabase } from '../../db/database';
import { liveRegulatoryProfiles } from '../../db/regulatory/queries';
import { metricsFactsOf, preparedAtHead, type ChartSource } from '../metrics/chartSource';

/** The deadlines of the live profiles of real incidents that have a metrics row, each beside that row. */
async function filingChartRows(
  db: FirebreakDatabase,
  seq: number | undefined,
): Promise<{ readonly fact: IncidentMetricsFact; readonly deadlines: readonly FilingDeadline[] }[]> {
  const profiles = await liveRegulatoryProfiles(db);
  const facts = await metricsFactsOf(
    db,
    profiles.map((profile) => profile.subject.id),
    seq,
  );
  return profiles.flatMap((profile) => {
    const fact = facts.get(profile.subject.id);
    return fact && profile.incident !== null && !profile.incident.exercise
      ? [{ fact, deadlines: filingDeadlines(profile, profile.incident.awareAt) }]
      : [];
  });
}

export const filingChartSource: ChartSource = {
  id: 'regulatory',
  charts: async ({ db, filter, now, seq }) => {
    const rows = await preparedAtHead(db, 'regulatory', seq, () => filingChartRows(db, seq));
    const passes = compileFilter(filter, now);
    return [
      filingDeadlinesChart(
        rows.flatMap(({ fact, deadlines }) => (passes(fact) ? [deadlines] : [])),
        now,
      ),
    ];
  },
};
