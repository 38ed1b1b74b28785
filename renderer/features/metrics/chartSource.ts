/**
 * What a dashboard chart source is (see `chartSources.ts` for the list): a function from the dashboard's context to
 * charts. A source reads its own capability's queries (never another's tables) and counts only the incidents the
 * dashboard counts: `incidentsCounted(db, ids, filter, now)` gives those among its incidents (live, real — practice
 * incidents never are — and matching the filter), read from the metrics projection by key.
 *
 * A filter change must not read whole tables (issue 12: 20,000 reviews, 60,000 action items and 30,000 regulatory
 * profiles at 100,000 incidents). A source so reads its records once per audit head (`preparedAtHead`): it pairs each
 * record with its incident's metrics row (`metricsFactsOf`) and keeps that in memory, and each filter change only
 * tests the kept rows against the filter (`compileFilter`). Any write moves the audit head, and the next call reads
 * again; the summary's `seq` says which head the dashboard is at.
 */
import { compileFilter, type MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { IncidentMetricsFact } from '../../../shared/domain/metrics/facts';
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
  /**
   * The audit sequence number the summary is as of: records a source read at this head are still current, so it
   * may keep them between filter changes (`preparedAtHead`). Without it a source reads afresh.
   */
  readonly seq?: number;
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

/**
 * From this many ids on, `metricsFactsOf` weighs one read of the whole projection against a request per id: IndexedDB
 * answers a `get` at a time, so at 100,000 incidents 20,000 gets took 853 ms where the whole table took 773 ms (the
 * sources of 20,000 reviews and 30,000 profiles asked for 50,000 ids, a request each, on every fresh dashboard).
 */
const MANY_IDS = 5_000;
/** Past this share of the projection's rows, the whole table is read once (per audit head) instead. */
const WHOLE_TABLE_SHARE = 0.2;

/**
 * Each of these incidents' metrics row, by id; incidents without one (practice incidents, deleted) are absent. Many
 * ids are answered from one read of the whole projection, kept for audit head `seq` (when given) and shared by every
 * source that asks at that head. `manyIds` is where many begins (tests lower it).
 */
export async function metricsFactsOf(
  db: FirebreakDatabase,
  incidentIds: Iterable<string>,
  seq?: number,
  manyIds = MANY_IDS,
): Promise<Map<string, IncidentMetricsFact>> {
  const ids = [...new Set(incidentIds)];
  if (ids.length >= manyIds && ids.length >= WHOLE_TABLE_SHARE * (await db.metricsFacts.count())) {
    const all = await preparedAtHead(db, 'metricsFacts', seq, async () => {
      const rows = await db.metricsFacts.toArray();
      return new Map(rows.map((fact) => [fact.id, fact] as const));
    });
    return new Map(ids.flatMap((id) => (all.has(id) ? [[id, all.get(id)!] as const] : [])));
  }
  const facts = await db.metricsFacts.bulkGet(ids);
  return new Map(facts.flatMap((fact) => (fact === undefined ? [] : [[fact.id, fact] as const])));
}

const prepared = new WeakMap<FirebreakDatabase, Map<string, { seq: number; value: Promise<unknown> }>>();

/**
 * What `load` makes from `db` at audit head `seq`, made once per head and source `key`: the same promise while the
 * head stays, a fresh read when it moves (or when `seq` is unknown). A failed read is not kept.
 */
export function preparedAtHead<T>(
  db: FirebreakDatabase,
  key: string,
  seq: number | undefined,
  load: () => Promise<T>,
): Promise<T> {
  if (seq === undefined) return load();
  let byKey = prepared.get(db);
  if (!byKey) prepared.set(db, (byKey = new Map()));
  const kept = byKey.get(key);
  if (kept && kept.seq === seq) return kept.value as Promise<T>;
  const value = load();
  byKey.set(key, { seq, value });
  value.catch(() => {
    if (byKey.get(key)?.value === value) byKey.delete(key);
  });
  return value;
}
