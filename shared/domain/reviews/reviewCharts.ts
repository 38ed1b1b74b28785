/**
 * The reviews capability's dashboard charts, as data (the metrics chart shape, `shared/domain/metrics/charts.ts`):
 * incidents by root-cause category, from their post-incident reviews, and action items open, overdue and done.
 * The charts are drawn from chart facts, the few fields of each review and action item they read (`reviewChartFact`,
 * `actionItemChartFact`), which the data layer keeps beside every write so the metrics worker reads them, not the
 * records. No schema is imported: the worker loads this module.
 */
import type { LinkedFact } from '../metrics/facts';
import type { MetricsChart } from '../metrics/charts';
import type { ActionItem } from './actionItem';
import { CAUSE_CATEGORIES, CAUSE_CATEGORY_LABELS, type CauseCategory } from './causeCategories';
import { isOverdue } from './dueDates';
import type { Review } from './review';

/** What the root-cause chart reads of a live review: the category of each cause ('' while not chosen). */
export interface ReviewChartFact extends LinkedFact {
  readonly primary: CauseCategory | '';
  readonly contributing: readonly (CauseCategory | '')[];
  readonly trigger: CauseCategory | '';
}

/** What the action-item chart reads of a live action item. */
export interface ActionItemChartFact extends LinkedFact, Pick<ActionItem, 'dueDate' | 'status'> {}

/** The chart fact of a review, or undefined for a deleted one. */
export function reviewChartFact(review: Review): ReviewChartFact | undefined {
  if (review.deletedAt !== null) return undefined;
  const { primary, contributing, trigger } = review.rootCause;
  return {
    id: review.id,
    incidentId: review.subject.id,
    primary: primary.category,
    contributing: contributing.map((cause) => cause.category),
    trigger: trigger.category,
  };
}

/** The chart fact of an action item, or undefined for a deleted one. */
export function actionItemChartFact(item: ActionItem): ActionItemChartFact | undefined {
  if (item.deletedAt !== null) return undefined;
  return { id: item.id, incidentId: item.incidentId, dueDate: item.dueDate, status: item.status };
}

/**
 * Per cause category: how many reviewed incidents name it as the primary cause, among their contributing factors,
 * and as the trigger. An incident counts at most once per series in a category.
 */
export function rootCauseCategoryChart(
  reviews: readonly Pick<ReviewChartFact, 'primary' | 'contributing' | 'trigger'>[],
): MetricsChart {
  const count = (
    pick: (review: Pick<ReviewChartFact, 'primary' | 'contributing' | 'trigger'>) => readonly (CauseCategory | '')[],
  ) =>
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
      { name: 'Primary cause', points: count((review) => [review.primary]) },
      { name: 'Contributing factor', points: count((review) => review.contributing) },
      { name: 'Trigger', points: count((review) => [review.trigger]) },
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
