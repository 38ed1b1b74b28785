/**
 * An incident's live checklist rows, read once and then kept up to date from the audit log: on each move of the
 * audit head it reads the log entries after its cursor and re-reads only the checklist rows they name (see
 * `useChecklist`). Catch-ups run one at a time.
 */
import type { AuditHead } from '../../../shared/domain/audit';
import { sortChecklist, type ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import { entityIdsChangedSince, readAuditHead } from '../../db/auditTrail';
import type { FirebreakDatabase } from '../../db/database';
import { liveChecklistOfIncident } from '../../db/runbooks/queries';

/** Past this many unseen audit entries, reading the whole checklist again is cheaper than following the log. */
const RELOAD_AFTER_ENTRIES = 5_000;

/** The incident's live rows, by id, kept up to date from the audit log. */
export class ChecklistFollower {
  private rows: Map<string, ChecklistStep> | undefined;
  private cursor = 0;
  private work: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly db: FirebreakDatabase,
    private readonly incidentId: string,
    private readonly publish: (steps: readonly ChecklistStep[]) => void,
    private readonly fail: (error: unknown) => void,
  ) {}

  /** Catches up once per audit head change (the anchored head as the live query read it), one at a time. */
  headMoved(head: AuditHead): void {
    this.work = this.work.then(() => this.catchUp(head)).catch((error: unknown) => this.fail(error));
  }

  stop(): void {
    this.stopped = true;
  }

  /** Takes a row this window has just committed, unless a newer revision is already shown. */
  take(step: ChecklistStep): void {
    if (this.rows === undefined || step.incidentId !== this.incidentId) return;
    const shown = this.rows.get(step.id);
    if (shown !== undefined && shown.rev >= step.rev) return;
    if (step.deletedAt === null) this.rows.set(step.id, step);
    else this.rows.delete(step.id);
    this.show();
  }

  private show(): void {
    if (!this.stopped && this.rows) this.publish(sortChecklist([...this.rows.values()]));
  }

  private async catchUp(head: AuditHead): Promise<void> {
    if (this.stopped) return;
    if (this.rows === undefined || head.seq - this.cursor > RELOAD_AFTER_ENTRIES) {
      // The head and the rows in one read transaction: every later change is past the cursor.
      await this.db.transaction('r', [this.db.meta, this.db.checklistSteps], async () => {
        const [current, steps] = await Promise.all([
          readAuditHead(this.db.meta),
          liveChecklistOfIncident(this.db, this.incidentId),
        ]);
        this.cursor = current.seq;
        this.rows = new Map(steps.map((step) => [step.id, step]));
      });
      this.show();
      return;
    }
    if (head.seq <= this.cursor) return;
    const ids = await entityIdsChangedSince(this.db, this.cursor, 'checklistStep');
    this.cursor = Math.max(this.cursor, head.seq);
    if (ids.size === 0) return;
    const rows = await this.db.checklistSteps.bulkGet([...ids]);
    let changed = false;
    for (const row of rows) {
      if (row === undefined) continue;
      const shown = this.rows.get(row.id);
      if (row.incidentId === this.incidentId && row.deletedAt === null) {
        if (shown === undefined || shown.rev < row.rev) {
          this.rows.set(row.id, row);
          changed = true;
        }
      } else if (shown !== undefined) {
        this.rows.delete(row.id);
        changed = true;
      }
    }
    if (changed) this.show();
  }
}
