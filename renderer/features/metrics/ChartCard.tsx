/**
 * One dashboard chart: title, its definition, the drawing, a note, its values as a table, and a CSV download. The
 * drawing is made only while the card is near the viewport (its place is kept), and a card whose values did not
 * change is not drawn again.
 */
import { memo, useRef, useState } from 'react';
import { chartRows, type MetricsChart } from '../../../shared/domain/metrics/charts';
import { Button } from '../../ui/Button';
import { ChartDrawing } from './ChartDrawing';
import { DataTable } from './DataTable';
import { saveCsv } from './saveCsv';
import { useNearViewport } from './useNearViewport';

function ChartCardView({ chart }: { readonly chart: MetricsChart }) {
  const [tableOpen, setTableOpen] = useState(false);
  const card = useRef<HTMLElement>(null);
  const near = useNearViewport(card);
  const { header, rows } = chartRows(chart);
  const titleId = `chart-${chart.id}-title`;
  // A duration of 0 is a value; a count of 0 everywhere is nothing to draw.
  const empty = chart.series.every((series) =>
    series.points.every((point) => point.y === null || (chart.yLabel !== 'hours' && point.y === 0)),
  );
  return (
    <section className="chart-card" aria-labelledby={titleId} data-chart={chart.id} ref={card}>
      <header className="chart-card-head">
        <h2 id={titleId}>{chart.title}</h2>
        <Button
          size="sm"
          variant="ghost"
          icon="download"
          aria-label={`Download ${chart.title} as CSV`}
          onClick={() => void saveCsv(chart.id, header, rows)}
        >
          CSV
        </Button>
      </header>
      <p className="chart-definition">{chart.definition}</p>
      {empty ? (
        <p className="chart-empty muted">Nothing to chart for this filter.</p>
      ) : near ? (
        <ChartDrawing chart={chart} />
      ) : (
        <div className="chart-drawing chart-drawing-deferred" aria-hidden="true" />
      )}
      {chart.note ? <p className="chart-note muted">{chart.note}</p> : null}
      {/* The table is built only while open: a filter change then redraws charts, not hidden tables. */}
      <details className="chart-data" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>Data table</summary>
        {tableOpen ? <DataTable caption={`${chart.title} (${chart.yLabel})`} header={header} rows={rows} /> : null}
      </details>
    </section>
  );
}

/** Charts arrive as new objects with every summary: compare their values, which are small. */
export const ChartCard = memo(
  ChartCardView,
  (before, after) => before.chart === after.chart || JSON.stringify(before.chart) === JSON.stringify(after.chart),
);
