/**
 * The dashboard's chart sources, in order: each gives charts (`MetricsChart`, the shape the screen draws and the
 * metrics report prints) for the dashboard's filter. This is the extension point other capabilities plug into, one
 * line each in `CHART_SOURCES`, with no change to the screen or the report:
 *
 *   - metrics: trends per month, distributions per severity, types, checklist steps overdue
 *   - reviews: "Incidents by root-cause category" and "Action items open, overdue and done"
 *   - regulatory: "Regulatory filings on time vs late"
 *
 * A source's contract (`ChartSource`, and `incidentsCounted` to count only the incidents the dashboard counts) is in
 * `chartSource.ts`, so a capability's source never imports this list.
 */
import { summaryCharts, type MetricsChart } from '../../../shared/domain/metrics/charts';
import { filingChartSource } from '../regulatory/filingChartSource';
import { reviewChartSource } from '../reviews/reviewChartSource';
import type { ChartSource, ChartSourceContext } from './chartSource';

export {
  incidentsCounted,
  metricsFactsOf,
  preparedAtHead,
  type ChartSource,
  type ChartSourceContext,
} from './chartSource';

/** The incident metrics' own charts: trends per month, distributions per severity, types, overdue steps. */
export const incidentMetricsSource: ChartSource = {
  id: 'incident-metrics',
  charts: ({ summary, metric }) => summaryCharts(summary, metric),
};

/** Every chart source, in dashboard (and report) order. */
export const CHART_SOURCES: readonly ChartSource[] = [incidentMetricsSource, reviewChartSource, filingChartSource];

/** The charts of every source for the context, in order; a source that fails is left out and named. */
export async function chartsOfSources(
  context: ChartSourceContext,
  sources: readonly ChartSource[] = CHART_SOURCES,
): Promise<{ charts: MetricsChart[]; failed: string[] }> {
  const results = await Promise.allSettled(sources.map(async (source) => source.charts(context)));
  const charts: MetricsChart[] = [];
  const failed: string[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') charts.push(...result.value);
    else failed.push(sources[i]?.id ?? 'unknown');
  });
  return { charts, failed };
}
