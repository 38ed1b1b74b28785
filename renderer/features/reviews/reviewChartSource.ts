/**
 * The reviews capability's chart source for the metrics dashboard and report: incidents by root-cause category and
 * action items open / overdue / done, for the incidents the dashboard counts (never practice incidents). It charts
 * from the reviews' chart facts (`renderer/db/reviews/chartFacts.ts`, kept beside every review and action item
 * write), which the metrics worker keeps and filters (see `chartSource.ts`).
 */
import { localDate } from '../../../shared/domain/reviews/dueDates';
import {
  actionItemStatusChart,
  rootCauseCategoryChart,
  type ActionItemChartFact,
  type ReviewChartFact,
} from '../../../shared/domain/reviews/reviewCharts';
import { factTable, type ChartSource } from '../metrics/chartSource';

const reviewFacts = factTable<ReviewChartFact>('reviewChartFacts', 'review');
const actionItemFacts = factTable<ActionItemChartFact>('actionItemChartFacts', 'actionItem');

export const reviewChartSource: ChartSource = {
  id: 'reviews',
  tables: [reviewFacts, actionItemFacts],
  charts: ({ rows, now }) => [
    rootCauseCategoryChart(reviewFacts.rowsIn(rows)),
    actionItemStatusChart(actionItemFacts.rowsIn(rows), localDate(new Date(now))),
  ],
};
