/**
 * The metrics dashboard: response times with their definitions, charts from every chart source (each with its data
 * table and CSV), and a breakdown per grouping, for a period, severities and types. Everything is computed by the
 * metrics worker from the metrics projection and the chart sources' fact tables, so the screen opens fast and a filter change answers from memory.
 */
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { EmptyState } from '../../ui/EmptyState';
import { ZoneNote } from '../../ui/ZoneNote';
import { Breakdown } from './Breakdown';
import { ChartCard } from './ChartCard';
import { MetricsFilters } from './MetricsFilters';
import { MetricsReportButton } from './MetricsReportButton';
import { useMetricsStore } from './metricsStore';
import { ResponseTimes } from './ResponseTimes';
import { useMetricsSummary } from './useMetricsSummary';

export function MetricsScreen() {
  useDocumentTitle('Metrics');
  const filter = useMetricsStore((state) => state.filter);
  const metric = useMetricsStore((state) => state.metric);
  // The charts come with the summary of the same filter, so a filter change draws them once, when its answer arrives.
  const view = useMetricsSummary(filter, metric);
  const { charts, failed, summary, version } = view;
  const counted = summary?.incidents;
  return (
    <div className="screen screen-metrics">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Metrics</h1>
          <p className="screen-subtitle">
            How fast incidents are detected, acknowledged, contained, recovered and closed. Practice incidents of
            tabletop exercises are never counted. <ZoneNote />
          </p>
        </div>
        <div className="screen-actions">
          <MetricsReportButton summary={summary} charts={charts} filter={view.filter} />
        </div>
      </header>
      <MetricsFilters />
      {view.error ? (
        <div className="banner banner-danger" role="alert">
          {view.error}
        </div>
      ) : null}
      <p className="metrics-status" role="status" data-metrics-version={version} data-incidents-counted={counted ?? ''}>
        {summary === undefined ? 'Computing metrics…' : `${counted} incident${counted === 1 ? '' : 's'} counted.`}
      </p>
      {summary !== undefined && summary.incidents === 0 ? (
        <EmptyState icon="info" title="No incidents to measure">
          {filter.period === 'all' && filter.severities.length === 0 && filter.types.length === 0
            ? 'Declare an incident and record its milestones (first response, contained, recovered); its times appear here.'
            : 'No incident matches these filters. Choose another period, severity or type, or clear the filters.'}
        </EmptyState>
      ) : null}
      {summary !== undefined && summary.incidents > 0 ? (
        <>
          <ResponseTimes summary={summary} />
          {failed.length > 0 ? (
            <div className="banner banner-danger" role="alert">
              Some charts could not be drawn ({failed.join(', ')}).
            </div>
          ) : null}
          <div className="chart-grid-layout">
            {charts.map((chart) => (
              <ChartCard key={chart.id} chart={chart} />
            ))}
          </div>
          <Breakdown summary={summary} />
        </>
      ) : null}
    </div>
  );
}
