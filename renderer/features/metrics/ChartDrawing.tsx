/**
 * One chart drawn with recharts as SVG: bars grouped per x, or lines with dots. Colours come from the design tokens
 * through CSS classes (`metrics.css`: `.chart-series-N`), so both themes apply and no inline colour is set; the
 * legend is plain HTML. The drawing is an image labelled with its title; its values are the table beside it.
 */
import { useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';

const HEIGHT = 240;
/** Past this many points a line shows no dots: the line carries the trend, the table the values. */
const MAX_DOTS = 24;

// recharts keeps each chart's settings in a store and dispatches them again whenever a prop's identity changes, which
// re-renders the whole chart once more: every object and function it is given is made once, not on each render.
const MARGIN = { top: 8, right: 8, bottom: 0, left: 0 } as const;
const CURSOR = { className: 'chart-cursor' } as const;
const DOTS = [0, 1, 2, 3].map((s) => ({ r: 3, className: `chart-dot chart-series-${s}` }));

/** One row per x with a field per series, the shape recharts draws from. */
function chartData(chart: MetricsChart): Record<string, string | number | null>[] {
  const xs = chart.series[0]?.points.map((point) => point.x) ?? [];
  return xs.map((x, i) => {
    const row: Record<string, string | number | null> = { x };
    chart.series.forEach((series, s) => {
      row[`s${s}`] = series.points[i]?.y ?? null;
    });
    return row;
  });
}

export function ChartDrawing({ chart }: { readonly chart: MetricsChart }) {
  const data = useMemo(() => chartData(chart), [chart]);
  const { yLabel } = chart;
  const formatter = useCallback(
    (value: unknown, name: unknown): [string, string] => [`${String(value)} ${yLabel}`, String(name)],
    [yLabel],
  );
  const axes = [
    <CartesianGrid key="grid" vertical={false} className="chart-grid" />,
    <XAxis key="x" dataKey="x" tickLine={false} interval="preserveStartEnd" minTickGap={8} />,
    <YAxis key="y" width={44} allowDecimals={chart.yLabel === 'hours'} tickLine={false} />,
    <Tooltip
      key="tip"
      isAnimationActive={false}
      cursor={CURSOR}
      wrapperClassName="chart-tooltip"
      formatter={formatter}
    />,
  ];
  return (
    <div className="chart-drawing" role="img" aria-label={`${chart.title}: chart; its values are in the table below.`}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        {chart.chart === 'bar' ? (
          <BarChart data={data} margin={MARGIN} accessibilityLayer={false}>
            {axes}
            {chart.series.map((series, s) => (
              <Bar
                key={series.name}
                dataKey={`s${s}`}
                name={series.name}
                className={`chart-series-${s}`}
                isAnimationActive={false}
                maxBarSize={36}
              />
            ))}
          </BarChart>
        ) : (
          <LineChart data={data} margin={MARGIN} accessibilityLayer={false}>
            {axes}
            {chart.series.map((series, s) => (
              <Line
                key={series.name}
                dataKey={`s${s}`}
                name={series.name}
                className={`chart-series-${s}`}
                isAnimationActive={false}
                connectNulls={false}
                strokeWidth={2}
                dot={data.length > MAX_DOTS ? false : (DOTS[s] ?? false)}
              />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
      {chart.series.length > 1 ? (
        <ul className="chart-legend" aria-hidden="true">
          {chart.series.map((series, s) => (
            <li key={series.name}>
              <span className={`chart-swatch chart-swatch-${s}`} />
              {series.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
