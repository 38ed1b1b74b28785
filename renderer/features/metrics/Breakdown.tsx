/** Every metric per group of one grouping (severity, type, ATLAS technique, AI system, month), as a table and CSV. */
import {
  GROUPINGS,
  GROUPING_LABELS,
  groupingInSentence,
  type Grouping,
  type MetricsSummary,
} from '../../../shared/domain/metrics/aggregate';
import { breakdownTable } from '../../../shared/domain/metrics/tables';
import { Button } from '../../ui/Button';
import { DataTable } from './DataTable';
import { useMetricsStore } from './metricsStore';
import { saveCsv } from './saveCsv';

function isGrouping(value: string): value is Grouping {
  return (GROUPINGS as readonly string[]).includes(value);
}

export function Breakdown({ summary }: { readonly summary: MetricsSummary }) {
  const grouping = useMetricsStore((state) => state.grouping);
  const setGrouping = useMetricsStore((state) => state.setGrouping);
  const table = breakdownTable(summary, grouping);
  return (
    <section className="metrics-section" aria-labelledby="breakdown-title">
      <header className="chart-card-head">
        <h2 id="breakdown-title">Breakdown</h2>
        <div className="inline-field">
          <label htmlFor="metrics-grouping" className="inline-label">
            Group by
          </label>
          <select
            id="metrics-grouping"
            className="select select-sm"
            value={grouping}
            onChange={(event) => {
              if (isGrouping(event.target.value)) setGrouping(event.target.value);
            }}
          >
            {GROUPINGS.map((id) => (
              <option key={id} value={id}>
                {GROUPING_LABELS[id]}
              </option>
            ))}
          </select>
        </div>
        <Button
          size="sm"
          variant="ghost"
          icon="download"
          aria-label={`Download breakdown by ${groupingInSentence(grouping)} as CSV`}
          onClick={() => void saveCsv(`metrics-by-${grouping}`, table.header, table.rows)}
        >
          CSV
        </Button>
      </header>
      <p className="chart-note muted">
        Hours, median and 85th percentile; an incident of several types, techniques or systems counts in each.
      </p>
      <DataTable caption={`Metrics by ${groupingInSentence(grouping)}`} header={table.header} rows={table.rows} />
    </section>
  );
}
