/**
 * The regulatory capability's chart source for the metrics dashboard and report: filings on time, late and overdue
 * per regime, for the incidents the dashboard counts (practice incidents' profiles never count). The live profiles
 * are read once per audit head, each paired with its incident's metrics row; a filter change then only tests those
 * rows (see `preparedAtHead`).
 */
import { compileFilter } from '../../../shared/domain/metrics/aggregate';
import type { IncidentMetricsFact } from '../../../shared/domain/metrics/facts';
import { filingTimelinessChart } from '../../../shared/domain/regulatory/filingCharts';
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import type { FirebreakDatabase } from '../../db/database';
import { liveRegulatoryProfiles } from '../../db/regulatory/queries';
import { metricsFactsOf, preparedAtHead, type ChartSource } from '../metrics/chartSource';

/** The live profiles of real incidents that have a metrics row, each beside that row. */
async function filingChartRows(
  db: FirebreakDatabase,
): Promise<{ readonly fact: IncidentMetricsFact; readonly profile: RegulatoryProfile; readonly awareAt: string }[]> {
  const profiles = await liveRegulatoryProfiles(db);
  const facts = await metricsFactsOf(
    db,
    profiles.map((profile) => profile.subject.id),
  );
  return profiles.flatMap((profile) => {
    const fact = facts.get(profile.subject.id);
    return fact && profile.incident !== null && !profile.incident.exercise
      ? [{ fact, profile, awareAt: profile.incident.awareAt }]
      : [];
  });
}

export const filingChartSource: ChartSource = {
  id: 'regulatory',
  charts: async ({ db, filter, now, seq }) => {
    const rows = await preparedAtHead(db, 'regulatory', seq, () => filingChartRows(db));
    const passes = compileFilter(filter, now);
    return [
      filingTimelinessChart(
        rows.flatMap(({ fact, profile, awareAt }) => (passes(fact) ? [{ profile, awareAt }] : [])),
        now,
      ),
    ];
  },
};
