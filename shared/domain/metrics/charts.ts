/**
 * The dashboard's charts as data, drawn from one metrics summary: the screen draws them (recharts), the metrics
 * report draws the same values through the report chart block, and each one's values are its table and its CSV.
 * Other capabilities add charts of the same shape through the dashboard's chart sources
 * (`renderer/features/metrics/chartSources.ts`).
 */
import type { MetricsGroup, MetricsSummary } from './aggregate';
import { METRIC_DEFINITIONS, type MetricId } from './definitions';
import { toHours } from './statistics';

export interface MetricsChartPoint {
  readonly x: string;
  /** Null where there is nothing to show (no incident counted in that month): a gap, not a zero. */
  readonly y: number | null;
}

export interface MetricsChartSeries {
  readonly name: string;
  readonly points: readonly MetricsChartPoint[];
}

export interface MetricsChart {
  /** Stable id: the chart's anchor, test handle and CSV file name. */
  readonly id: string;
  readonly title: string;
  /** What the chart counts, in words, shown beside it. */
  readonly definition: string;
  readonly chart: 'bar' | 'line';
  readonly xLabel: string;
  /** The unit of every series: "incidents", "hours", "steps". */
  readonly yLabel: string;
  /** Every series has a point for each x, in the same order. */
  readonly series: readonly MetricsChartSeries[];
  /** Shown under the chart, e.g. how many incidents were left out. */
  readonly note?: string;
}

function countSeries(name: string, groups: readonly MetricsGroup[]): MetricsChartSeries {
  return { name, points: groups.map((group) => ({ x: group.label, y: group.incidents })) };
}

function statSeries(groups: readonly MetricsGroup[], metric: MetricId): MetricsChartSeries[] {
  return [
    { name: 'Median', points: groups.map((group) => ({ x: group.label, y: toHours(group.stats[metric].median) })) },
    {
      name: '85th percentile',
      points: groups.map((group) => ({ x: group.label, y: toHours(group.stats[metric].p85) })),
    },
  ];
}

function leftOutNote(summary: MetricsSummary, metric: MetricId): string {
  const { counted, leftOut } = summary.overall.stats[metric];
  return `${counted} incident${counted === 1 ? '' : 's'} counted; ${leftOut} left out (a time missing or out of order).`;
}

export function incidentsPerMonthChart(summary: MetricsSummary): MetricsChart {
  return {
    id: 'incidents-per-month',
    title: 'Incidents per month',
    definition: 'Incidents declared in each month (in your time zone). Practice incidents are not counted.',
    chart: 'bar',
    xLabel: 'Month',
    yLabel: 'incidents',
    series: [countSeries('Incidents', summary.groups.month)],
  };
}

export function metricTrendChart(summary: MetricsSummary, metric: MetricId): MetricsChart {
  const definition = METRIC_DEFINITIONS[metric];
  return {
    id: `${metric}-per-month`,
    title: `${definition.label} per month`,
    definition: `${definition.definition} Grouped by the month the incident was declared.`,
    chart: 'line',
    xLabel: 'Month',
    yLabel: 'hours',
    series: statSeries(summary.groups.month, metric),
    note: leftOutNote(summary, metric),
  };
}

export function metricBySeverityChart(summary: MetricsSummary, metric: MetricId): MetricsChart {
  const definition = METRIC_DEFINITIONS[metric];
  return {
    id: `${metric}-by-severity`,
    title: `${definition.label} by severity`,
    definition: definition.definition,
    chart: 'bar',
    xLabel: 'Severity',
    yLabel: 'hours',
    series: statSeries(summary.groups.severity, metric),
    note: leftOutNote(summary, metric),
  };
}

export function incidentsByTypeChart(summary: MetricsSummary): MetricsChart {
  return {
    id: 'incidents-by-type',
    title: 'Incidents by type',
    definition: 'Incidents of each AI incident type. An incident of several types counts once in each.',
    chart: 'bar',
    xLabel: 'Incident type',
    yLabel: 'incidents',
    series: [countSeries('Incidents', summary.groups.type)],
  };
}

export function overdueStepsChart(summary: MetricsSummary): MetricsChart {
  return {
    id: 'overdue-steps',
    title: 'Checklist steps overdue',
    definition:
      'Checklist steps not done or skipped whose due time has passed, by the phase they belong to, across the ' +
      'incidents counted.',
    chart: 'bar',
    xLabel: 'Phase',
    yLabel: 'steps',
    series: [{ name: 'Overdue steps', points: summary.overdueSteps.map((row) => ({ x: row.label, y: row.count })) }],
  };
}

/** The built-in charts, in dashboard order, for the metric chosen for the trend and severity charts. */
export function summaryCharts(summary: MetricsSummary, metric: MetricId): MetricsChart[] {
  return [
    incidentsPerMonthChart(summary),
    metricTrendChart(summary, metric),
    metricBySeverityChart(summary, metric),
    incidentsByTypeChart(summary),
    overdueStepsChart(summary),
  ];
}

/** The chart's values as rows: the x label, then one cell per series ("" where there is no value). */
export function chartRows(chart: MetricsChart): { header: string[]; rows: string[][] } {
  const xs = chart.series[0]?.points.map((point) => point.x) ?? [];
  return {
    header: [chart.xLabel, ...chart.series.map((series) => `${series.name} (${chart.yLabel})`)],
    rows: xs.map((x, i) => [
      x,
      ...chart.series.map((series) => {
        const y = series.points[i]?.y ?? null;
        return y === null ? '' : String(y);
      }),
    ]),
  };
}
