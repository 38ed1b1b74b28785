/**
 * The metrics worker's state: a `MetricsIndex` and the chart sources' fact rows (each with its incident's position
 * in the index), kept current by following the audit log (the head moves with every write, from any window): only the
 * records written since are re-read, from their projection rows, and the index is rebuilt from the rows in memory. It
 * opens from the saved packed copy (`metricsSnapshot`, one record) when there is one and catches up from its sequence
 * number; otherwise it reads the projection tables once. After building from rows it saves a new packed copy, off the
 * answer's path, so the next window opens from it. Each answer is the summary for the filter and every chart source's
 * charts (`chartSources.ts`), each source given the rows of the incidents counted. Runs in the worker; unit tests drive
 * it directly.
 */
import { entityIdsChangedSince, readAuditHead } from '../../db/auditTrail';
import { readMetricsSnapshot, saveMetricsSnapshot } from '../../db/metrics/metricsSnapshot';
import { packRows, unpackRows } from '../../../shared/domain/metrics/columns';
import { localMonth, MetricsIndex, type MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
import type { MetricId } from '../../../shared/domain/metrics/definitions';
import type { IncidentMetricsFact, LinkedFact, StepMetricsFact } from '../../../shared/domain/metrics/facts';
import type { MetricsFilter } from '../../../shared/domain/metrics/filter';
import { chartsOfSources, type ChartSource, type FactTable } from './chartSource';
import { CHART_SOURCES } from './chartSources';
import type { MetricsDatabase } from './metricsDatabase';

/** Past this many unseen audit entries, reading everything again is cheaper than catching up. */
const RELOAD_THRESHOLD = 20_000;

/** The metrics projection's own tables, followed like the sources' fact tables. */
const INCIDENT_FACTS = { table: 'metricsFacts', entity: 'incident' } as const;
const STEP_FACTS = { table: 'metricsStepFacts', entity: 'checklistStep' } as const;

/** Every table the follower reads for these sources: the metrics projection's and the sources' fact tables. */
export function followedTables(
  sources: readonly ChartSource[] = CHART_SOURCES,
): readonly Pick<FactTable, 'table' | 'entity'>[] {
  return [INCIDENT_FACTS, STEP_FACTS, ...sources.flatMap((source) => source.tables)];
}

export interface MetricsFollowerOptions {
  /** The month an incident counts in; the machine's time zone unless told otherwise. */
  readonly monthOf?: (declaredAt: number) => string;
  /** The name of the zone `monthOf` uses: a saved index is used only in the zone it was made in. */
  readonly zone?: string;
  /** The chart sources to answer for (the dashboard's list unless told otherwise). */
  readonly sources?: readonly ChartSource[];
}

export interface MetricsAnswerData {
  readonly summary: MetricsSummary;
  /** The audit sequence number the answer is as of. */
  readonly seq: number;
  readonly charts: MetricsChart[];
  /** The ids of sources whose charts could not be made. */
  readonly failed: string[];
}

/** A fact table's rows and, for each, its incident's position in the index (-1: not counted). */
interface LinkedRows {
  readonly rows: readonly LinkedFact[];
  readonly positions: Int32Array;
}

interface MetricsState {
  readonly index: MetricsIndex;
  /** Per fact table: its rows and their incidents' positions in the index. */
  readonly linked: ReadonlyMap<string, LinkedRows>;
}

type Rows = Map<string, { readonly id: string }>;

export class MetricsFollower {
  /** Every followed table's rows by id: read lazily, only when writes have to be applied to a saved copy. */
  private rows: Map<string, Rows> | undefined;
  private state: MetricsState | undefined;
  private cursor = -1;
  private work: Promise<unknown> = Promise.resolve();
  private readonly monthOf: (declaredAt: number) => string;
  private readonly zone: string;
  private readonly sources: readonly ChartSource[];
  private readonly tables: readonly Pick<FactTable, 'table' | 'entity'>[];
  /** Where the index came from the last time it was made: for tests and the benchmark. */
  lastSource: 'snapshot' | 'rows' | 'memory' | undefined;

  constructor(
    private readonly db: MetricsDatabase,
    options: MetricsFollowerOptions = {},
  ) {
    this.monthOf = options.monthOf ?? localMonth;
    this.zone = options.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.sources = options.sources ?? CHART_SOURCES;
    this.tables = followedTables(this.sources);
  }

  /** The summary for `filter` (see `answer`). */
  summarize(filter: MetricsFilter, now: number, headSeq?: number): Promise<MetricsSummary> {
    return this.answer(filter, now, headSeq).then(({ summary }) => summary);
  }

  /**
   * The summary and every source's charts for `filter` as of the latest write, or as of audit sequence `headSeq` when
   * the caller knows it (the page follows the head itself): then a filter change reads nothing from the database.
   * `metric` is the one the trend and severity charts show. Answered in order.
   */
  answer(filter: MetricsFilter, now: number, headSeq?: number, metric: MetricId = 'close'): Promise<MetricsAnswerData> {
    const next = this.work.then(async () => {
      const { index, linked } = await this.current(headSeq);
      const summary = index.summarize(filter, now);
      const pass = index.passing(filter, now);
      const counted = new Map<string, readonly LinkedFact[]>();
      for (const [table, { rows, positions }] of linked) {
        counted.set(
          table,
          rows.filter((_, i) => {
            const position = positions[i] ?? -1;
            return position >= 0 && pass[position] === 1;
          }),
        );
      }
      const { charts, failed } = chartsOfSources(this.sources, () => ({ summary, metric, now, rows: counted }));
      return { summary, seq: this.cursor, charts, failed };
    });
    this.work = next.catch(() => undefined);
    return next;
  }

  /** Resolves once the saved copy written after the last rebuild (if any) is stored. */
  settled(): Promise<unknown> {
    return this.work;
  }

  private async current(headSeq: number | undefined): Promise<MetricsState> {
    const head = headSeq === undefined ? await readAuditHead(this.db.meta) : { seq: headSeq };
    if (this.state === undefined) {
      const snapshot = await readMetricsSnapshot(this.db, this.zone);
      // A copy newer than the head the page has seen is simply more current; one without a source's rows is not used.
      const saved = new Map(Object.entries(snapshot?.linked ?? {}));
      if (
        snapshot !== undefined &&
        head.seq - snapshot.seq <= RELOAD_THRESHOLD &&
        this.linkedTables().every((table) => saved.has(table))
      ) {
        const linked = new Map(
          [...saved].map(([table, { rows, positions }]) => [table, { rows: unpackRows<LinkedFact>(rows), positions }]),
        );
        this.state = { index: MetricsIndex.fromPacked(snapshot.index), linked };
        this.cursor = snapshot.seq;
        this.lastSource = 'snapshot';
      }
    }
    if (this.state !== undefined && head.seq <= this.cursor) return this.state;
    if (this.state === undefined || head.seq - this.cursor > RELOAD_THRESHOLD) {
      const read = await Promise.all(
        this.tables.map(({ table }) => this.db.table<{ id: string }, string>(table).toArray()),
      );
      this.rows = new Map(
        this.tables.map(({ table }, i) => [table, new Map((read[i] ?? []).map((row) => [row.id, row]))]),
      );
      this.lastSource = 'rows';
    } else if (!(await this.followLog())) {
      this.cursor = head.seq;
      return this.state;
    } else {
      this.lastSource = 'memory';
    }
    this.cursor = head.seq;
    const state = this.build(this.rows as Map<string, Rows>);
    this.state = state;
    this.saveAfter(state, head.seq);
    return state;
  }

  private linkedTables(): string[] {
    return this.sources.flatMap((source) => source.tables.map(({ table }) => table));
  }

  /** The index and the fact rows' positions in it, from every followed table's rows. */
  private build(rows: Map<string, Rows>): MetricsState {
    const valuesOf = <Row>(table: string) => [...(rows.get(table)?.values() ?? [])] as Row[];
    const index = new MetricsIndex(
      valuesOf<IncidentMetricsFact>(INCIDENT_FACTS.table),
      valuesOf<StepMetricsFact>(STEP_FACTS.table),
      { monthOf: this.monthOf },
    );
    const linked = new Map<string, LinkedRows>();
    for (const table of this.linkedTables()) {
      const facts = valuesOf<LinkedFact>(table);
      linked.set(table, { rows: facts, positions: index.positionsOf(facts.map((fact) => fact.incidentId)) });
    }
    return { index, linked };
  }

  /** Saves the packed copy once the current answer is out (queued behind it, so it never delays one). */
  private saveAfter({ index, linked }: MetricsState, seq: number): void {
    const saved = this.work.then(() => {
      const packed = {
        index: index.toPacked(),
        linked: Object.fromEntries(
          [...linked].map(([table, { rows, positions }]) => [table, { rows: packRows(rows), positions }]),
        ),
      };
      return saveMetricsSnapshot(this.db, packed, seq, this.zone);
    });
    this.work = saved.catch(() => undefined);
  }

  /** Re-reads the rows of the records written after the cursor; says whether any was. */
  private async followLog(): Promise<boolean> {
    const changed = await Promise.all(
      this.tables.map(({ entity }) => entityIdsChangedSince(this.db, this.cursor, entity)),
    );
    if (changed.every((ids) => ids.size === 0)) return false;
    this.rows ??= this.rowsOfState(this.state as MetricsState);
    const rows = this.rows;
    await Promise.all(
      this.tables.map(async ({ table }, i) => {
        const keys = [...(changed[i] ?? [])];
        if (keys.length === 0) return;
        const found = await this.db.table<{ id: string }, string>(table).bulkGet(keys);
        const kept = rows.get(table) ?? new Map();
        rows.set(table, kept);
        keys.forEach((id, k) => {
          const row = found[k];
          if (row === undefined) kept.delete(id);
          else kept.set(id, row);
        });
      }),
    );
    return true;
  }

  /** Opened from the saved copy: its rows, to apply the writes to. */
  private rowsOfState({ index, linked }: MetricsState): Map<string, Rows> {
    const { incidents, steps } = index.toFacts();
    const byId = (list: readonly { readonly id: string }[]): Rows => new Map(list.map((row) => [row.id, row]));
    return new Map([
      [INCIDENT_FACTS.table, byId(incidents)],
      [STEP_FACTS.table, byId(steps)],
      ...[...linked].map(([table, { rows }]) => [table, byId(rows)] as const),
    ]);
  }
}
