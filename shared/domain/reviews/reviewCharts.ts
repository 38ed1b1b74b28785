/**
 * The reviews capability's dashboard charts, as data (the metrics chart shape, `shared/domain/metrics/charts.ts`):
 * incidents by root-cause category, from their post-incident reviews, and action items open, overdue and done.
 * Pure functions over the records the reviews chart source reads for the incidents the dashboard counts.
 */
import type { MetricsChart } from '../metrics/charts';
import { isOverdue, type ActionItem } from './actionItem';
import { CAUSE_CATEGORIES, CAUSE_CATEGORY_LABELS, type CauseCategory, type Review } from './review';

/**
 * Per cause category: how many reviewed incidents name it as the primary cause, among their contributing factors,
 * and as the trigger. An incident counts at most once per series in a category.
 */
export function rootCauseCategoryChart(reviews: readonly Pick<Review, 'rootCause'>[]): MetricsChart {
  const count = (pick: (review: Pick<Review, 'rootCause'>) => readonly (CauseCategory | '')[]) =>
    CAUSE_CATEGORIES.map((category) => ({
      x: CAUSE_CATEGORY_LABELS[category],
      y: reviews.filter((review) => pick(review).includes(category)).length,
    }));
  return {
    id: 'root-cause-categories',
    title: 'Incidents by root-cause category',
    definition:
      'Incidents counted whose post-incident review names each category (data, model, interaction, system, ' +
      'external) for the primary cause, a contributing factor or the trigger. An incident counts once per series.',
    chart: 'bar',
    xLabel: 'Category',
    yLabel: 'incidents',
    series: [
      { name: 'Primary cause', points: count((review) => [review.rootCause.primary.category]) },
      {
        name: 'Contributing factor',
        points: count((review) => review.rootCause.contributing.map((cause) => cause.category)),
      },
      { name: 'Trigger', points: count((review) => [review.rootCause.trigger.category]) },
    ],
    note: `${reviews.length} review${reviews.length === 1 ? '' : 's'} of the incidents counted.`,
  };
}

/** Action items of the incidents counted: open (not yet due), overdue (due day passed, not done), and done. */
export function actionItemStatusChart(
  items: readonly Pick<ActionItem, 'dueDate' | 'status'>[],
  today: string,
): MetricsChart {
  const overdue = items.filter((item) => isOverdue(item, today)).length;
  const done = items.filter((item) => item.status === 'done').length;
  return {
    id: 'action-items-status',
    title: 'Action items open, overdue and done',
    definition:
      'Action items of the post-incident reviews of the incidents counted: open (not done, due today or later), ' +
      'overdue (not done, due day passed) and done.',
    chart: 'bar',
    xLabel: 'Status',
    yLabel: 'action items',
    series: [
      {
        name: 'Action items',
        points: [
          { x: 'Open', y: items.length - overdue - done },
          { x: 'Overdue', y: overdue },
          { x: 'Done', y: done },
        ],
      },
    ],
  };
}
