/**
 * The metrics report: the dashboard's numbers as a signed PDF, drawn from the same summary and the same charts (every
 * chart source's) through the report chart block, each chart followed by its values. Its subject is the report
 * itself (kind `metrics`, a fresh id, a reference naming the day), as it is about many incidents, not one record.
 */
import {
  GROUPINGS,
  GROUPING_LABELS,
  groupingInSentence,
  type Grouping,
  type MetricsSummary,
} from '../domain/metrics/aggregate';
import type { MetricsChart } from '../domain/metrics/charts';
import { METRIC_DEFINITIONS, METRIC_IDS, STATISTICS_DEFINITION } from '../domain/metrics/definitions';
import { formatDuration } from '../domain/metrics/statistics';
import { responseTimesTable } from '../domain/metrics/tables';
import type { Subject } from '../domain/subject';
import type { ReportBlock, ReportChart, ReportDocument } from './document';
import { reportTime } from './format';
import type { ReportContext } from './inputs';
import { manifestFor, signingFields } from './sections';

export const METRICS_REPORT_TYPE = 'metrics-report';
export const METRICS_REPORT_LABEL = 'Metrics report';

export interface MetricsReportInput extends ReportContext {
  /** The report's own subject: `{ kind: 'metrics', id: <new UUIDv7>, ref: 'METRICS-2026-11-30' }`. */
  readonly subject: Subject;
  readonly summary: MetricsSummary;
  readonly charts: readonly MetricsChart[];
  /** The filter in words ("Last 90 days · SEV1 · all types"). */
  readonly filterWords: string;
}

/** "METRICS-2026-11-30": the day the report was made. */
export function metricsReportRef(generatedAt: string): string {
  return `METRICS-${generatedAt.slice(0, 10)}`;
}

/** The chart as the report's chart block; a gap (no value) is drawn at zero and its table cell says so. */
export function reportChartOf(chart: MetricsChart): ReportChart {
  return {
    kind: 'chart',
    chart: chart.chart,
    title: chart.title,
    xLabel: chart.xLabel,
    yLabel: chart.yLabel,
    series: chart.series.map((series) => ({
      name: series.name,
      points: series.points.map((point) => ({ x: point.x, y: point.y ?? 0 })),
    })),
  };
}

function chartBlocks(chart: MetricsChart): ReportBlock[] {
  const gaps = chart.series.some((series) => series.points.some((point) => point.y === null));
  return [
    // The chart block prints its own title; its definition goes just before it.
    { kind: 'paragraph', text: `${chart.title}: ${chart.definition}`, tone: 'muted' },
    reportChartOf(chart),
    ...(chart.note ? [{ kind: 'paragraph' as const, text: chart.note, tone: 'muted' as const }] : []),
    ...(gaps
      ? [{ kind: 'paragraph' as const, text: 'A 0 marks a month with no incident counted.', tone: 'muted' as const }]
      : []),
  ];
}

function breakdownBlocks(summary: MetricsSummary, grouping: Grouping): ReportBlock[] {
  const groups = summary.groups[grouping];
  return [
    { kind: 'subheading', text: `By ${groupingInSentence(grouping)}` },
    {
      kind: 'table',
      columns: [
        { header: GROUPING_LABELS[grouping], width: 2.2 },
        { header: 'Incidents', width: 0.9 },
        ...METRIC_IDS.map((metric) => ({ header: `${METRIC_DEFINITIONS[metric].label} (median / 85th)`, width: 1.4 })),
      ],
      rows: groups.map((group) => [
        group.label,
        String(group.incidents),
        ...METRIC_IDS.map((metric) => {
          const stats = group.stats[metric];
          return stats.counted === 0
            ? '—'
            : `${formatDuration(stats.median)} / ${formatDuration(stats.p85)} (${stats.leftOut} left out)`;
        }),
      ]),
      empty: 'No incident in this grouping.',
    },
  ];
}

export function buildMetricsReport(input: MetricsReportInput): ReportDocument {
  const { summary } = input;
  const responseTimes = responseTimesTable(summary);
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: 'What is counted' },
    {
      kind: 'paragraph',
      text:
        `${summary.incidents} incident${summary.incidents === 1 ? '' : 's'} (${input.filterWords}), as recorded ` +
        `at ${reportTime(input.generatedAt)}. Practice incidents of tabletop exercises and deleted incidents are ` +
        'never counted. Months are calendar months in the time zone of the machine that made the report.',
    },
    { kind: 'paragraph', text: STATISTICS_DEFINITION, tone: 'muted' },
    { kind: 'heading', text: 'Response times' },
    {
      kind: 'table',
      columns: responseTimes.header.map((header, i) => ({ header, width: i === 0 ? 1.6 : i === 1 ? 2 : 1 })),
      rows: responseTimes.rows,
      empty: 'No incident is counted.',
    },
    { kind: 'subheading', text: 'Definitions' },
    {
      kind: 'fields',
      fields: METRIC_IDS.map((metric) => ({
        label: METRIC_DEFINITIONS[metric].label,
        value: METRIC_DEFINITIONS[metric].definition,
      })),
    },
    { kind: 'heading', text: 'Charts' },
    ...input.charts.flatMap(chartBlocks),
    { kind: 'heading', text: 'Breakdown' },
    ...GROUPINGS.flatMap((grouping) => breakdownBlocks(summary, grouping)),
    { kind: 'heading', text: 'Integrity' },
    {
      kind: 'paragraph',
      text:
        'This report is signed with an embedded PDF signature and carries a machine-readable manifest ' +
        '(firebreak-manifest.json) naming the head of the audit chain its figures were computed from. Check it ' +
        'with any PDF signature validator, or with the command firebreak-verify report.pdf.',
      tone: 'muted',
    },
  ];
  return {
    type: METRICS_REPORT_TYPE,
    kind: METRICS_REPORT_LABEL,
    title: 'Incident response metrics',
    subject: input.subject,
    layout: { coverPageBreak: false },
    banner: input.filterWords,
    cover: [
      { label: 'Incidents counted', value: String(summary.incidents) },
      { label: 'Filter', value: input.filterWords },
      ...signingFields(input),
    ],
    blocks,
    generatedAt: input.generatedAt,
    generatedBy: input.generatedBy,
    signerFingerprint: input.signerFingerprint,
    manifest: manifestFor(input, METRICS_REPORT_TYPE, []),
  };
}
