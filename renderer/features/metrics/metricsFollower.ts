/**
 * The metrics worker's state: a `MetricsIndex` kept current by following the audit log (the head moves with every
 * write, from any window): only the incidents and steps written since are re-read, and the index is rebuilt from the
 * rows in memory. It opens from the saved packed index (`metricsSnapshot`, one record) when there is one and catches
 * up from its sequence number; otherwise it reads the metrics projection once. After building an index from rows it
 * saves a new packed copy, off the answer's path, so the next window opens from it. Runs in the worker; unit tests
 * drive it directly.
 */
import { entityIdsChangedSince, readAuditHead } from '../../db/auditTrail';
import { readMetricsFacts } from '../../db/metrics/metricsFacts';
import { readMetricsSnapshot, saveMetricsSnapshot } from '../../db/metrics/metricsSnapshot';
import { localMonth, MetricsIndex, type MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { IncidentMetricsFact, StepMetricsFact } from '../../../shared/domain/metrics/facts';
import type { MetricsFilter } from '../../../shared/domain/metrics/filter';
import type { MetricsDatabase } from './metricsDatabase';

/** Past this many unseen audit entries, reading everything again is cheaper than catching up. */
const RELOAD_THRESHOLD = 20_000;

export interface MetricsFollowerOptions {
  /** The month an incident counts in; the machine's time zone unless told otherwise. */
  readonly monthOf?: (declaredAt: number) => string;
  /** The name of the zone `monthOf` uses: a saved index is used only in the zone it was made in. */
  readonly zone?: string;
}

export class MetricsFollower {
  /** The facts by id: read lazily, only when writes have to be applied to an index opened from the saved copy. */
  private incidents: Map<string, IncidentMetricsFact> | undefined;
  private steps: Map<string, StepMetricsFact> | undefined;
  private index: MetricsIndex | undefined;
  private cursor = -1;
  private work: Promise<unknown> = Promise.resolve();
  private readonly monthOf: (declaredAt: number) => string;
  private readonly zone: string;
  /** Where the index came from the last time it was made: for tests and the benchmark. */
  lastSource: 'snapshot' | 'rows' | 'memory' | undefined;

  constructor(
    private readonly db: MetricsDatabase,
    options: MetricsFollowerOptions = {},
  ) {
    this.monthOf = options.monthOf ?? localMonth;
    this.zone = options.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /**
   * The summary for `filter` as of the latest write, or as of audit sequence `headSeq` when the caller knows it (the
   * page follows the head itself): then a filter change reads nothing from the database. Answered in order.
   */
  summarize(filter: MetricsFilter, now: number, headSeq?: number): Promise<MetricsSummary> {
    return this.answer(filter, now, headSeq).then(({ summary }) => summary);
  }

  /** The summary with the audit sequence number it is as of (the page asks again only for a newer head). */
  answer(filter: MetricsFilter, now: number, headSeq?: number): Promise<{ summary: MetricsSummary; seq: number }> {
    const next = this.work.then(async () => {
      const index = await this.current(headSeq);
      return { summary: index.summarize(filter, now), seq: this.cursor };
    });
    this.work = next.catch(() => undefined);
    return next;
  }

  /** Resolves once the saved copy written after the last rebuild (if any) is stored. */
  settled(): Promise<unknown> {
    return this.work;
  }

  private async current(headSeq: number | undefined): Promise<MetricsIndex> {
    const head = headSeq === undefined ? await readAuditHead(this.db.meta) : { seq: headSeq };
    if (this.index === undefined) {
      const snapshot = await readMetricsSnapshot(this.db, this.zone);
      // A copy newer than the head the page has seen is simply more current.
      if (snapshot !== undefined && head.seq - snapshot.seq <= RELOAD_THRESHOLD) {
        this.index = MetricsIndex.fromPacked(snapshot.index);
        this.cursor = snapshot.seq;
        this.lastSource = 'snapshot';
      }
    }
    if (this.index !== undefined && head.seq <= this.cursor) return this.index;
    if (this.index === undefined || head.seq - this.cursor > RELOAD_THRESHOLD) {
      const { incidents, steps } = await readMetricsFacts(this.db);
      this.incidents = new Map(incidents.map((fact) => [fact.id, fact]));
      this.steps = new Map(steps.map((fact) => [fact.id, fact]));
      this.lastSource = 'rows';
    } else if (!(await this.followLog())) {
      this.cursor = head.seq;
      return this.index;
    } else {
      this.lastSource = 'memory';
    }
    this.cursor = head.seq;
    const index = new MetricsIndex([...(this.incidents?.values() ?? [])], [...(this.steps?.values() ?? [])], {
      monthOf: this.monthOf,
    });
    this.index = index;
    this.saveAfter(index, head.seq);
    return index;
  }

  /** Saves the packed index once the current answer is out (queued behind it, so it never delays one). */
  private saveAfter(index: MetricsIndex, seq: number): void {
    const saved = this.work.then(() => saveMetricsSnapshot(this.db, index.toPacked(), seq, this.zone));
    this.work = saved.catch(() => undefined);
  }

  /** Re-reads the rows of the incidents and steps written after the cursor; says whether any was. */
  private async followLog(): Promise<boolean> {
    const [incidentIds, stepIds] = await Promise.all([
      entityIdsChangedSince(this.db, this.cursor, 'incident'),
      entityIdsChangedSince(this.db, this.cursor, 'checklistStep'),
    ]);
    if (incidentIds.size === 0 && stepIds.size === 0) return false;
    if (this.incidents === undefined || this.steps === undefined) {
      // Opened from the saved copy: its facts, to apply the writes to.
      const { incidents, steps } = (this.index as MetricsIndex).toFacts();
      this.incidents = new Map(incidents.map((fact) => [fact.id, fact]));
      this.steps = new Map(steps.map((fact) => [fact.id, fact]));
    }
    const refresh = async <Row extends { readonly id: string }>(
      ids: Set<string>,
      table: 'metricsFacts' | 'metricsStepFacts',
      rows: Map<string, Row>,
    ) => {
      if (ids.size === 0) return;
      const keys = [...ids];
      const found = await this.db.table<Row, string>(table).bulkGet(keys);
      keys.forEach((id, i) => {
        const row = found[i];
        if (row === undefined) rows.delete(id);
        else rows.set(id, row);
      });
    };
    await refresh(incidentIds, 'metricsFacts', this.incidents);
    await refresh(stepIds, 'metricsStepFacts', this.steps);
    return true;
  }
}
