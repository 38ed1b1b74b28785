/**
 * The regulatory capability's chart source for the metrics dashboard and report: filings on time, late and overdue
 * per regime, for the incidents the dashboard counts (practice incidents' profiles never count).
 */
import { filingTimelinessChart } from '../../../shared/domain/regulatory/filingCharts';
import { liveRegulatoryProfiles } from '../../db/regulatory/queries';
import { incidentsCounted, type ChartSource } from '../metrics/chartSource';

export const filingChartSource: ChartSource = {
  id: 'regulatory',
  charts: async ({ db, filter, now }) => {
    const profiles = await liveRegulatoryProfiles(db);
    const counted = await incidentsCounted(
      db,
      profiles.map((profile) => profile.subject.id),
      filter,
      now,
    );
    return [
      filingTimelinessChart(
        profiles.flatMap((profile) =>
          profile.incident !== null && !profile.incident.exercise && counted.has(profile.subject.id)
            ? [{ profile, awareAt: profile.incident.awareAt }]
            : [],
        ),
        now,
      ),
    ];
  },
};
