/**
 * The metrics worker's state: the metrics projection read once into a `MetricsIndex`, then kept current by following
 * the audit log (the head moves with every write, from any window): only the incidents and steps written since are
 * re-read, and the index is rebuilt from the rows in memory. Runs in the worker; unit tests drive it directly.
 */
import { entityIdsChangedSince, readAuditHead } from '../../db/auditTrail';
import type { FirebreakDatabase } from '../../db/database';
import { readMetricsFacts } from '../../db/metrics/metricsFacts';
import { localMonth, MetricsIndex, type MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { IncidentMetricsFact, StepMetricsFact } from '../../../shared/domain/metrics/facts';
import type { MetricsFilter } from '../../../shared/domain/metrics/filter';

/** Past this many unseen audit entries, reading everything again is cheaper than catching up. */
const RELOAD_THRESHOLD = 20_000;

export class MetricsFollower {
  private incidents = new Map<string, IncidentMetricsFact>();
  private steps = new Map<string, StepMetricsFact>();
  private index: MetricsIndex | undefined;
  private cursor = -1;
  private work: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: FirebreakDatabase,
    private readonly monthOf: (declaredAt: number) => string = localMonth,
  ) {}

  /** The summary for `filter` as of the latest write; requests are answered in order. */
  summarize(filter: MetricsFilter, now: number): Promise<MetricsSummary> {
    const next = this.work.then(async () => (await this.current()).summarize(filter, now));
    this.work = next.catch(() => undefined);
    return next;
  }

  private async current(): Promise<MetricsIndex> {
    const head = await readAuditHead(this.db.meta);
    if (this.index !== undefined && head.seq === this.cursor) return this.index;
    if (this.index === undefined || head.seq - this.cursor > RELOAD_THRESHOLD) {
      const { incidents, steps } = await readMetricsFacts(this.db);
      this.incidents = new Map(incidents.map((fact) => [fact.id, fact]));
      this.steps = new Map(steps.map((fact) => [fact.id, fact]));
    } else if (!(await this.followLog())) {
      this.cursor = head.seq;
      return this.index;
    }
    this.cursor = head.seq;
    this.index = new MetricsIndex([...this.incidents.values()], [...this.steps.values()], { monthOf: this.monthOf });
    return this.index;
  }

  /** Re-reads the rows of the incidents and steps written after the cursor; says whether any was. */
  private async followLog(): Promise<boolean> {
    const [incidentIds, stepIds] = await Promise.all([
      entityIdsChangedSince(this.db, this.cursor, 'incident'),
      entityIdsChangedSince(this.db, this.cursor, 'checklistStep'),
    ]);
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
    return incidentIds.size > 0 || stepIds.size > 0;
  }
}
