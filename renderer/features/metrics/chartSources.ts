/**
 * The dashboard's chart sources: each gives charts (`MetricsChart`, the shape the screen draws and the metrics report
 * prints) for the dashboard's filter. This is the extension point other capabilities plug into, one line each in
 * `CHART_SOURCES`, with no change to the screen or the report:
 *
 *   - reviews: "Incidents by root-cause category" and "Action items open / overdue / done"
 *   - notify:  "Regulatory filings on time vs late"
 *
 * A source reads its own capability's queries (never another's tables) and counts only the incidents the dashboard
 * counts: `incidentsCounted(db, ids, filter, now)` gives those among its incidents (practice incidents never are).
 */
import { compileFilter, type MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import { summaryCharts, type MetricsChart } from '../../../shared/domain/metrics/charts';
import type { MetricId } from '../../../shared/domain/metrics/definitions';
import type { MetricsFilter } from '../../../shared/domain/metrics/filter';
import type { FirebreakDatabase } from '../../db/database';

export interface ChartSourceContext {
  readonly db: FirebreakDatabase;
  readonly filter: MetricsFilter;
  /** The incident metrics for the filter, as the worker computed them. */
  readonly summary: MetricsSummary;
  /** The metric chosen for the trend and severity charts. */
  readonly metric: MetricId;
  readonly now: number;
}

export interface ChartSource {
  readonly id: string;
  /** Its charts for the filter; an empty list shows nothing. */
  charts(context: ChartSourceContext): MetricsChart[] | Promise<MetricsChart[]>;
}

/** The incident metrics' own charts: trends per month, distributions per severity, types, overdue steps. */
export const incidentMetricsSource: ChartSource = {
  id: 'incident-metrics',
  charts: ({ summary, metric }) => summaryCharts(summary, metric),
};

/** Every chart source, in dashboard (and report) order. */
export const CHART_SOURCES: readonly ChartSource[] = [incidentMetricsSource];

/** Of these incident ids, the ones the dashboard counts for `filter`: live, real (not practice) and matching. */
export async function incidentsCounted(
  db: FirebreakDatabase,
  incidentIds: Iterable<string>,
  filter: MetricsFilter,
  now: number,
): Promise<Set<string>> {
  const ids = [...new Set(incidentIds)];
  const facts = await db.metricsFacts.bulkGet(ids);
  const passes = compileFilter(filter, now);
  return new Set(facts.flatMap((fact) => (fact !== undefined && passes(fact) ? [fact.id] : [])));
}

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
