/**
 * The dashboard's chart sources, in order: each gives charts (`MetricsChart`, the shape the screen draws and the
 * metrics report prints) for the dashboard's filter, computed in the metrics worker. This is the extension point
 * other capabilities plug into, one line each in `CHART_SOURCES`, with no change to the worker, the screen or the
 * report:
 *
 *   - metrics: trends per month, distributions per severity, types, checklist steps overdue
 *   - reviews: "Incidents by root-cause category" and "Action items open, overdue and done"
 *   - regulatory: "Regulatory filings on time vs late"
 *
 * A source's contract (`ChartSource`, its fact tables) is in `chartSource.ts`, so a capability's source never imports
 * this list.
 */
import { summaryCharts } from '../../../shared/domain/metrics/charts';
import { filingChartSource } from '../regulatory/filingChartSource';
import { reviewChartSource } from '../reviews/reviewChartSource';
import type { ChartSource } from './chartSource';

/** The incident metrics' own charts: trends per month, distributions per severity, types, overdue steps. */
export const incidentMetricsSource: ChartSource = {
  id: 'incident-metrics',
  tables: [],
  charts: ({ summary, metric }) => summaryCharts(summary, metric),
};

/** Every chart source, in dashboard (and report) order. */
export const CHART_SOURCES: readonly ChartSource[] = [incidentMetricsSource, reviewChartSource, filingChartSource];
