/** Chart layout: bars scale to the values on a round axis, every label is placed, and a page break keeps it whole. */
import { describe, expect, it } from 'vitest';
import {
  CHART_HEIGHT,
  layoutChart,
  niceScale,
  SERIES_COLORS,
} from '../../../renderer/features/reports/layout/chartLayout';
import { paginate } from '../../../renderer/features/reports/layout/paginate';
import { CONTENT_WIDTH, PAGE, type DrawItem } from '../../../renderer/features/reports/layout/pageModel';
import type { ReportBlock, ReportChart, ReportDocument } from '../../../shared/reports/document';
import { buildReport } from '../../../shared/reports/reportTypes';
import { reportSource } from '../../fixtures/reportSources';
import { reportMetrics } from '../../fixtures/signedReports';

const chart: ReportChart = {
  kind: 'chart',
  chart: 'bar',
  title: 'Checklist steps by phase',
  xLabel: 'Phase',
  yLabel: 'steps',
  series: [
    {
      name: 'Done',
      points: [
        { x: 'Detection and analysis', y: 4 },
        { x: 'Containment', y: 2 },
        { x: 'Recovery', y: 0 },
      ],
    },
    {
      name: 'Open',
      points: [
        { x: 'Detection and analysis', y: 1 },
        { x: 'Containment', y: 3 },
        { x: 'Recovery', y: 7 },
      ],
    },
  ],
};

const texts = (items: readonly DrawItem[]) => items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
const shown = { metrics: reportMetrics(), visible: (text: string) => text };

describe('chart layout', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([7, 10, 0, 23, 0.4].map(niceScale)).toEqual([
      { top: 8, step: 2 },
      { top: 10, step: 2 },
      { top: 1, step: 1 },
      { top: 25, step: 5 },
      { top: 0.4, step: 0.1 },
    ]);
  });

  it('draws bars whose heights are proportional to the values, on one baseline, one colour per series', () => {
    const { items, height } = layoutChart(chart, PAGE.left, 100, CONTENT_WIDTH, shown);
    expect(height).toBe(CHART_HEIGHT);
    const bars = items.flatMap((item) =>
      item.kind === 'rect' && (SERIES_COLORS as readonly string[]).includes(item.color) && item.w > 8 && item.w < 100
        ? [item]
        : [],
    );
    // Five non-zero values (a zero draws nothing); legend swatches are 7 wide and excluded above.
    expect(bars.map((bar) => bar.color)).toEqual([
      SERIES_COLORS[0],
      SERIES_COLORS[0],
      SERIES_COLORS[1],
      SERIES_COLORS[1],
      SERIES_COLORS[1],
    ]);
    const baseline = bars[0]!.y + bars[0]!.h;
    for (const bar of bars) expect(bar.y + bar.h).toBeCloseTo(baseline, 6);
    // The axis tops at 8, so a value of 4 is half as tall as the plot and 7 is 7/4 of it.
    const [done4, done2, open1, open3, open7] = bars.map((bar) => bar.h);
    expect([done2! / done4!, open1! / done4!, open3! / done4!, open7! / done4!]).toEqual([
      expect.closeTo(0.5, 6),
      expect.closeTo(0.25, 6),
      expect.closeTo(0.75, 6),
      expect.closeTo(1.75, 6),
    ]);
    // Bars of one category sit side by side (Done, then Open), categories left to right.
    const [doneFirst, doneSecond, openFirst] = bars.map((bar) => bar.x);
    expect(doneFirst! < openFirst! && openFirst! < doneSecond!).toBe(true);
  });

  it('labels the axis ticks, the categories, both axes, the series and the title', () => {
    const labels = texts(layoutChart(chart, PAGE.left, 100, CONTENT_WIDTH, shown).items);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Checklist steps by phase',
        'steps',
        ...['0', '2', '4', '6', '8'],
        'Containment',
        'Recovery',
        'Phase',
        'Done',
        'Open',
      ]),
    );
    expect(labels.join(' ')).toContain('Detection and');
  });

  it('keeps a chart whole on the next page when it does not fit, and prints its values as a table after it', () => {
    const base = buildReport('executive-brief', reportSource());
    const filler = (count: number): ReportBlock[] =>
      Array.from({ length: count }, (_, i) => ({ kind: 'paragraph', text: `Filler paragraph ${i}.` }));
    // Enough filler that the chart no longer fits below it on the same page.
    let count = 1;
    for (; count < 400; count++) {
      const pages = paginate({ ...base, blocks: filler(count) }, reportMetrics());
      const lastY = Math.max(
        ...pages
          .at(-1)!
          .items.flatMap((item) => (item.kind === 'text' && item.text.startsWith('Filler') ? [item.y] : [0])),
      );
      if (lastY > PAGE.height - PAGE.bottom - CHART_HEIGHT + 20) break;
    }
    const fillerPages = paginate({ ...base, blocks: filler(count) }, reportMetrics()).length;
    const document: ReportDocument = { ...base, blocks: [...filler(count), chart] };
    const pages = paginate(document, reportMetrics());
    const isBar = (item: DrawItem) =>
      item.kind === 'rect' && (SERIES_COLORS as readonly string[]).includes(item.color) && item.w > 8 && item.w < 100;
    // Every piece of the chart is on the page after the filler: title, bars, legend.
    expect(pages.map((page) => page.items.filter(isBar).length)).toEqual(
      pages.map((_, index) => (index === fillerPages ? 5 : 0)),
    );
    expect(pages.findIndex((page) => texts(page.items).includes('Checklist steps by phase'))).toBe(fillerPages);
    for (const item of pages[fillerPages]!.items.filter(isBar)) {
      if (item.kind === 'rect') expect(item.y + item.h).toBeLessThanOrEqual(PAGE.height - PAGE.bottom);
    }
    // The table follows: a header per series and a row per category.
    expect(texts(pages[fillerPages]!.items)).toEqual(
      expect.arrayContaining(['Done (steps)', 'Open (steps)', 'Containment', '7']),
    );
  });

  it('draws a line chart as one stroked line per series with a marker at each point', () => {
    const line: ReportChart = { ...chart, chart: 'line' };
    const { items } = layoutChart(line, PAGE.left, 100, CONTENT_WIDTH, shown);
    const strokes = items.flatMap((item) => (item.kind === 'line' ? [item] : []));
    expect(strokes.map((stroke) => [stroke.color, stroke.points.length])).toEqual([
      [SERIES_COLORS[0], 3],
      [SERIES_COLORS[1], 3],
    ]);
    // Higher values sit higher on the page (smaller y).
    const open = strokes[1]!.points.map((point) => point.y);
    expect(open[2]).toBeLessThan(open[1]!);
    expect(open[1]).toBeLessThan(open[0]!);
  });
});
