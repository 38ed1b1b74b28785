/** Each metric over the incidents counted: its definition beside it, counted and left out, median, 85th percentile. */
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import { METRIC_DEFINITIONS, METRIC_IDS, STATISTICS_DEFINITION } from '../../../shared/domain/metrics/definitions';
import { formatDuration } from '../../../shared/domain/metrics/statistics';
import { responseTimesTable } from '../../../shared/domain/metrics/tables';
import { Button } from '../../ui/Button';
import { saveCsv } from './saveCsv';

export function ResponseTimes({ summary }: { readonly summary: MetricsSummary }) {
  const table = responseTimesTable(summary);
  return (
    <section className="metrics-section" aria-labelledby="response-times-title">
      <header className="chart-card-head">
        <h2 id="response-times-title">Response times</h2>
        <Button
          size="sm"
          variant="ghost"
          icon="download"
          aria-label="Download Response times as CSV"
          onClick={() => void saveCsv('response-times', table.header, table.rows)}
        >
          CSV
        </Button>
      </header>
      <div className="table-scroll">
        <table className="data-table response-times">
          <caption className="visually-hidden">Response times of the incidents counted</caption>
          <thead>
            <tr>
              <th scope="col">Metric and definition</th>
              <th scope="col">Counted</th>
              <th scope="col">Left out</th>
              <th scope="col">Median</th>
              <th scope="col">85th percentile</th>
            </tr>
          </thead>
          <tbody>
            {METRIC_IDS.map((metric) => {
              const stats = summary.overall.stats[metric];
              const definition = METRIC_DEFINITIONS[metric];
              return (
                <tr key={metric}>
                  <th scope="row">
                    <span className="metric-name">{definition.label}</span>
                    <span className="metric-span">{definition.span}</span>
                    <span className="metric-definition">{definition.definition}</span>
                  </th>
                  <td>{stats.counted}</td>
                  <td>{stats.leftOut}</td>
                  <td className="metric-value">{formatDuration(stats.median)}</td>
                  <td className="metric-value">{formatDuration(stats.p85)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="chart-note muted">{STATISTICS_DEFINITION}</p>
    </section>
  );
}
