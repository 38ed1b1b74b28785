/**
 * What a dashboard chart source is (see `chartSources.ts` for the list): a function from the dashboard's context to
 * charts, run in the metrics worker beside the summary. A source of another capability charts from that capability's
 * chart facts (`LinkedFact` rows: the few fields a chart reads of each record, with its incident's id), which the
 * capability keeps in its own projection tables beside every write. It names those tables (`factTable`) with the
 * record entity whose writes change each; the worker reads them once, keeps them (and saves them with its index),
 * follows the audit log for those entities, and on each request hands the source only the rows of the incidents the
 * dashboard counts for the filter (live, real — practice incidents have no metrics row — and matching it).
 *
 * So a filter change reads no table and a source never reads whole record tables (issue 12: 20,000 reviews, 60,000
 * action items and 30,000 regulatory profiles at 100,000 incidents). A source's module is loaded by the worker: it
 * imports chart functions and types, never schemas or the clock engine.
 */
import type { EntityName } from '../../../shared/domain/capabilities';
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
import type { MetricId } from '../../../shared/domain/metrics/definitions';
import type { LinkedFact } from '../../../shared/domain/metrics/facts';

/** The rows of the incidents counted, by table. */
export type CountedRows = ReadonlyMap<string, readonly LinkedFact[]>;

/** A projection table of chart facts, and the record entity whose writes change its rows. */
export interface FactTable<Row extends LinkedFact = LinkedFact> {
  readonly table: string;
  readonly entity: EntityName;
  /** This table's rows among the counted ones. */
  rowsIn(counted: CountedRows): readonly Row[];
}

/** Declares a fact table whose rows are `Row` (the capability's `derivedRows` keeps them beside `entity`). */
export function factTable<Row extends LinkedFact>(table: string, entity: EntityName): FactTable<Row> {
  // The worker fills each table's entry with that table's rows only, so they are `Row`s.
  return { table, entity, rowsIn: (counted) => (counted.get(table) ?? []) as readonly Row[] };
}

export interface ChartSourceContext {
  /** The incident metrics for the filter. */
  readonly summary: MetricsSummary;
  /** The metric chosen for the trend and severity charts. */
  readonly metric: MetricId;
  /** The time the summary is for (overdue counts from it). */
  readonly now: number;
  /** The rows of the source's fact tables whose incidents are counted. */
  readonly rows: CountedRows;
}

export interface ChartSource {
  readonly id: string;
  /** The fact tables it charts from (none: it charts from the summary alone). */
  readonly tables: readonly FactTable[];
  /** Its charts for the context; an empty list shows nothing. */
  charts(context: ChartSourceContext): MetricsChart[];
}

/** The charts of every source, in order; a source that fails is left out and named. */
export function chartsOfSources(
  sources: readonly ChartSource[],
  contextOf: (source: ChartSource) => ChartSourceContext,
): { charts: MetricsChart[]; failed: string[] } {
  const charts: MetricsChart[] = [];
  const failed: string[] = [];
  for (const source of sources) {
    try {
      charts.push(...source.charts(contextOf(source)));
    } catch {
      failed.push(source.id);
    }
  }
  return { charts, failed };
}
