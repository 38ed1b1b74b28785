/**
 * The reviews capability's chart source for the metrics dashboard and report: incidents by root-cause category and
 * action items open / overdue / done, for the incidents the dashboard counts (never practice incidents). The live
 * reviews and action items are read once per audit head, each paired with its incident's metrics row; a filter change
 * then only tests those rows (see `preparedAtHead`).
 */
import { compileFilter } from '../../../shared/domain/metrics/aggregate';
import type { IncidentMetricsFact } from '../../../shared/domain/metrics/facts';
import { localDate, type ActionItem } from '../../../shared/domain/reviews/actionItem';
import type { Review } from '../../../shared/domain/reviews/review';
import { actionItemStatusChart, rootCauseCategoryChart } from '../../../shared/domain/reviews/reviewCharts';
import type { FirebreakDatabase } from '../../db/database';
import { liveActionItems, liveReviewsByIncident } from '../../db/reviews/queries';
import { metricsFactsOf, preparedAtHead, type ChartSource } from '../metrics/chartSource';

/**
 * The live reviews and action items of counted incidents, each beside its incident's metrics row: of each only what
 * the charts read (its root causes; its status and due day), so the rest of the records is not kept between filter
 * changes.
 */
interface ReviewChartRows {
  readonly reviews: readonly { readonly fact: IncidentMetricsFact; readonly review: Pick<Review, 'rootCause'> }[];
  readonly items: readonly {
    readonly fact: IncidentMetricsFact;
    readonly item: Pick<ActionItem, 'dueDate' | 'status'>;
  }[];
}

async function reviewChartRows(db: FirebreakDatabase, seq: number | undefined): Promise<ReviewChartRows> {
  const [reviews, items] = await Promise.all([liveReviewsByIncident(db), liveActionItems(db)]);
  const facts = await metricsFactsOf(db, [...reviews.keys(), ...items.map((item) => item.incidentId)], seq);
  return {
    reviews: [...reviews].flatMap(([incidentId, review]) => {
      const fact = facts.get(incidentId);
      return fact ? [{ fact, review: { rootCause: review.rootCause } }] : [];
    }),
    items: items.flatMap((item) => {
      const fact = facts.get(item.incidentId);
      return fact ? [{ fact, item: { dueDate: item.dueDate, status: item.status } }] : [];
    }),
  };
}

export const reviewChartSource: ChartSource = {
  id: 'reviews',
  charts: async ({ db, filter, now, seq }) => {
    const rows = await preparedAtHead(db, 'reviews', seq, () => reviewChartRows(db, seq));
    const passes = compileFilter(filter, now);
    return [
      rootCauseCategoryChart(rows.reviews.flatMap(({ fact, review }) => (passes(fact) ? [review] : []))),
      actionItemStatusChart(
        rows.items.flatMap(({ fact, item }) => (passes(fact) ? [item] : [])),
        localDate(new Date(now)),
      ),
    ];
  },
};
