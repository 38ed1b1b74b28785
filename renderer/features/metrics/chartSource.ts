/**
 * What a dashboard chart source is (see `chartSources.ts` for the list): a function from the dashboard's context to
 * charts. A source reads its own capability's queries (never another's tables) and counts only the incidents the
 * dashboard counts: `incidentsCounted(db, ids, filter, now)` gives those among its incidents (live, real — practice
 * incidents never are — and matching the filter), read from the metrics projection by key.
 */
import { compileFilter, type MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
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
