/**
 * Lays out a report chart (bar or line) as draw items: title, y axis with round tick values and grid lines, bars or
 * lines with point markers, wrapped category labels, axis captions and a legend. The result has a fixed height, so
 * the paginator can keep the whole chart on one page; the PDF painter and the SVG preview draw it like any text and
 * rule. The chart's values are printed as a table after it (by the paginator), never only as graphics.
 */
import type { ReportChart } from '../../../../shared/reports/document';
import { formatChartValue } from '../../../../shared/reports/chart';
import type { FontFace, FontMetrics } from './fontMetrics';
import { COLORS, type DrawItem } from './pageModel';
import { wrapText } from './wrapText';

/** One colour per series, distinguishable in print and in greyscale by lightness. */
export const SERIES_COLORS = ['#1f4e8c', '#d9892b', '#8a94a3', '#2f7d4f', '#9b3d6b'] as const;

const GEOMETRY = {
  titleHeight: 18,
  plotHeight: 150,
  tickSize: 7,
  labelSize: 7,
  labelLeading: 8.6,
  labelLines: 2,
  captionSize: 7.5,
  legendSize: 7.5,
  gap: 6,
  maxBarWidth: 34,
} as const;

export interface ChartText {
  readonly metrics: FontMetrics;
  /** Replaces characters the fonts cannot show (and counts them), as every other text in the report. */
  readonly visible: (text: string) => string;
}

export interface LaidOutChart {
  readonly items: readonly DrawItem[];
  readonly height: number;
}

/** The height every chart takes; the paginator keeps it whole on one page. */
export const CHART_HEIGHT =
  GEOMETRY.titleHeight +
  GEOMETRY.plotHeight +
  GEOMETRY.gap +
  GEOMETRY.labelLines * GEOMETRY.labelLeading +
  GEOMETRY.gap +
  12 +
  16;

/** A round axis maximum at or above `max` and its tick step: 1, 2 or 5 times a power of ten, at most 5 steps. */
export function niceScale(max: number): { readonly top: number; readonly step: number } {
  if (!(max > 0)) return { top: 1, step: 1 };
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const wholeStep = Number.isInteger(max) ? Math.max(1, step) : step;
  return { top: Math.ceil(max / wholeStep) * wholeStep, step: wholeStep };
}

function text(x: number, y: number, value: string, face: FontFace, size: number, color: string): DrawItem {
  return { kind: 'text', x, y, text: value, face, size, color };
}

/** Lays `chart` out with its top-left corner at (`left`, `top`), `width` wide. */
export function layoutChart(
  chart: ReportChart,
  left: number,
  top: number,
  width: number,
  shown: ChartText,
): LaidOutChart {
  const { metrics, visible } = shown;
  const items: DrawItem[] = [];
  const xs = chart.series[0]?.points.map((point) => point.x) ?? [];
  const values = chart.series.flatMap((series) => series.points.map((point) => point.y));
  const { top: scaleTop, step } = niceScale(Math.max(0, ...values));
  const ticks = Array.from({ length: Math.round(scaleTop / step) + 1 }, (_, i) => i * step);
  const tickLabels = ticks.map((tick) => formatChartValue(tick));
  const axisWidth = Math.max(...tickLabels.map((label) => metrics.width(label, 'regular', GEOMETRY.tickSize))) + 6;

  items.push(text(left, top, visible(chart.title), 'bold', 9.5, COLORS.text));
  const yCaption = visible(chart.yLabel);
  items.push(
    text(
      left + width - metrics.width(yCaption, 'regular', GEOMETRY.tickSize),
      top + 2,
      yCaption,
      'regular',
      7,
      COLORS.muted,
    ),
  );
  const plotTop = top + GEOMETRY.titleHeight;
  const plotLeft = left + axisWidth;
  const plotWidth = width - axisWidth;
  const baseline = plotTop + GEOMETRY.plotHeight;
  const yOf = (value: number) => baseline - (Math.max(0, value) / scaleTop) * GEOMETRY.plotHeight;

  ticks.forEach((tick, i) => {
    const y = yOf(tick);
    if (tick > 0) items.push({ kind: 'rect', x: plotLeft, y: y - 0.2, w: plotWidth, h: 0.4, color: COLORS.rule });
    const label = tickLabels[i]!;
    const labelX = plotLeft - 4 - metrics.width(label, 'regular', GEOMETRY.tickSize);
    items.push(text(labelX, y - GEOMETRY.tickSize / 2, label, 'regular', GEOMETRY.tickSize, COLORS.muted));
  });
  items.push({ kind: 'rect', x: plotLeft, y: plotTop, w: 0.8, h: GEOMETRY.plotHeight, color: COLORS.muted });
  items.push({ kind: 'rect', x: plotLeft, y: baseline - 0.4, w: plotWidth, h: 0.8, color: COLORS.muted });

  const slot = xs.length === 0 ? plotWidth : plotWidth / xs.length;
  const seriesCount = Math.max(1, chart.series.length);
  chart.series.forEach((series, s) => {
    const color = SERIES_COLORS[s % SERIES_COLORS.length]!;
    if (chart.chart === 'bar') {
      // Bars share 70% of their category's slot, centred, and never grow wider than a readable column.
      const barWidth = Math.min((slot * 0.7) / seriesCount, GEOMETRY.maxBarWidth);
      const groupLeft = (slot - barWidth * seriesCount) / 2;
      series.points.forEach((point, i) => {
        const y = yOf(point.y);
        const x = plotLeft + i * slot + groupLeft + s * barWidth;
        if (baseline - y > 0) items.push({ kind: 'rect', x, y, w: barWidth - 1, h: baseline - y, color });
      });
    } else {
      const points = series.points.map((point, i) => ({ x: plotLeft + (i + 0.5) * slot, y: yOf(point.y) }));
      if (points.length > 1) items.push({ kind: 'line', points, width: 1.4, color });
      for (const point of points)
        items.push({ kind: 'rect', x: point.x - 1.8, y: point.y - 1.8, w: 3.6, h: 3.6, color });
    }
  });

  const labelTop = baseline + GEOMETRY.gap;
  xs.forEach((x, i) => {
    const lines = wrapText(visible(x), slot - 4, 'regular', GEOMETRY.labelSize, metrics).slice(0, GEOMETRY.labelLines);
    lines.forEach((line, n) => {
      const lineWidth = metrics.width(line, 'regular', GEOMETRY.labelSize);
      const lineX = plotLeft + (i + 0.5) * slot - lineWidth / 2;
      items.push(text(lineX, labelTop + n * GEOMETRY.labelLeading, line, 'regular', GEOMETRY.labelSize, COLORS.text));
    });
  });

  const captionTop = labelTop + GEOMETRY.labelLines * GEOMETRY.labelLeading + GEOMETRY.gap;
  const xCaption = visible(chart.xLabel);
  const captionWidth = metrics.width(xCaption, 'regular', GEOMETRY.captionSize);
  items.push(
    text(
      plotLeft + plotWidth / 2 - captionWidth / 2,
      captionTop,
      xCaption,
      'regular',
      GEOMETRY.captionSize,
      COLORS.muted,
    ),
  );

  let legendX = plotLeft;
  const legendTop = captionTop + 12;
  chart.series.forEach((series, s) => {
    const name = visible(series.name);
    items.push({
      kind: 'rect',
      x: legendX,
      y: legendTop + 1,
      w: 7,
      h: 7,
      color: SERIES_COLORS[s % SERIES_COLORS.length]!,
    });
    items.push(text(legendX + 10, legendTop, name, 'regular', GEOMETRY.legendSize, COLORS.text));
    legendX += 10 + metrics.width(name, 'regular', GEOMETRY.legendSize) + 14;
  });

  return { items, height: CHART_HEIGHT };
}
