/**
 * The dashboard's and the report's tables as rows of text: each metric overall with its definition, and every
 * metric per group of one grouping. The same rows are shown, downloaded as CSV and printed in the metrics report.
 */
import type { Grouping, MetricsGroup, MetricsSummary } from './aggregate';
import { GROUPING_LABELS } from './aggregate';
import { METRIC_DEFINITIONS, METRIC_IDS } from './definitions';
import { formatDuration, toHours } from './statistics';

export interface TextTable {
  readonly header: string[];
  readonly rows: string[][];
}

const hours = (ms: number | null) => {
  const value = toHours(ms);
  return value === null ? '' : String(value);
};

/** One row per metric: its name, what it spans, counted, left out, median and 85th percentile (in words). */
export function responseTimesTable(summary: MetricsSummary): TextTable {
  return {
    header: ['Metric', 'From → to', 'Counted', 'Left out', 'Median', '85th percentile'],
    rows: METRIC_IDS.map((metric) => {
      const stats = summary.overall.stats[metric];
      const definition = METRIC_DEFINITIONS[metric];
      return [
        definition.label,
        definition.span,
        String(stats.counted),
        String(stats.leftOut),
        formatDuration(stats.median),
        formatDuration(stats.p85),
      ];
    }),
  };
}

/** One row per group: incidents, then each metric's median and 85th percentile in hours and its left-out count. */
export function breakdownTable(summary: MetricsSummary, grouping: Grouping): TextTable {
  const groups: readonly MetricsGroup[] = summary.groups[grouping];
  return {
    header: [
      GROUPING_LABELS[grouping],
      'Incidents',
      ...METRIC_IDS.flatMap((metric) => {
        const label = METRIC_DEFINITIONS[metric].label;
        return [`${label}: median (h)`, `${label}: 85th pct (h)`, `${label}: left out`];
      }),
    ],
    rows: groups.map((group) => [
      group.label,
      String(group.incidents),
      ...METRIC_IDS.flatMap((metric) => {
        const stats = group.stats[metric];
        return [hours(stats.median), hours(stats.p85), String(stats.leftOut)];
      }),
    ]),
  };
}
