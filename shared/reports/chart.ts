/**
 * Charts in reports: what a chart's data table says (the layout prints it right after the drawing, so a screen
 * reader or a text extractor reads every value the bars and lines show) and the charts the report sections use.
 */
import { PHASES, PHASE_LABELS } from '../domain/incidents/taxonomy';
import type { ReportBlock, ReportChart } from './document';
import type { ReportChecklistItem } from './inputs';

/** The chart's values as a table: one row per x, one column per series. */
export function chartTable(chart: ReportChart): Extract<ReportBlock, { kind: 'table' }> {
  const xs = chart.series[0]?.points.map((point) => point.x) ?? [];
  return {
    kind: 'table',
    columns: [
      { header: chart.xLabel, width: 2 },
      ...chart.series.map((series) => ({ header: `${series.name} (${chart.yLabel})`, width: 1 })),
    ],
    rows: xs.map((x, i) => [x, ...chart.series.map((series) => formatChartValue(series.points[i]?.y ?? 0))]),
    empty: 'The chart has no values.',
  };
}

export function formatChartValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Done, open and skipped steps in each phase that has steps: a bar chart for the incident report. */
export function checklistByPhaseChart(checklist: readonly ReportChecklistItem[]): ReportChart {
  const phases = PHASES.filter((phase) => checklist.some((item) => item.phase === phase));
  const count = (phase: string, keep: (status: ReportChecklistItem['status']) => boolean) =>
    checklist.filter((item) => item.phase === phase && keep(item.status)).length;
  const series = (name: string, keep: (status: ReportChecklistItem['status']) => boolean) => ({
    name,
    points: phases.map((phase) => ({ x: PHASE_LABELS[phase], y: count(phase, keep) })),
  });
  return {
    kind: 'chart',
    chart: 'bar',
    title: 'Checklist steps by phase',
    xLabel: 'Phase',
    yLabel: 'steps',
    series: [
      series('Done', (status) => status === 'done'),
      series('Open', (status) => status === 'open' || status === 'in-progress' || status === 'blocked'),
      series('Skipped', (status) => status === 'skipped'),
    ],
  };
}
