/**
 * The reviews capability's chart source for the metrics dashboard and report: incidents by root-cause category and
 * action items open / overdue / done, for the incidents the dashboard counts (never practice incidents).
 */
import { localDate } from '../../../shared/domain/reviews/actionItem';
import { actionItemStatusChart, rootCauseCategoryChart } from '../../../shared/domain/reviews/reviewCharts';
import { liveActionItems, liveReviewsByIncident } from '../../db/reviews/queries';
import { incidentsCounted, type ChartSource } from '../metrics/chartSource';

export const reviewChartSource: ChartSource = {
  id: 'reviews',
  charts: async ({ db, filter, now }) => {
    const [reviews, items] = await Promise.all([liveReviewsByIncident(db), liveActionItems(db)]);
    const counted = await incidentsCounted(
      db,
      [...reviews.keys(), ...items.map((item) => item.incidentId)],
      filter,
      now,
    );
    return [
      rootCauseCategoryChart([...reviews].flatMap(([incidentId, review]) => (counted.has(incidentId) ? [review] : []))),
      actionItemStatusChart(
        items.filter((item) => counted.has(item.incidentId)),
        localDate(new Date(now)),
      ),
    ];
  },
};
