/**
 * A subject's live rows of one table, read once and then kept up to date from the audit log: on each move of the
 * audit head it reads the log entries after its cursor and re-reads only the rows of its entity they name, so a
 * change to one row of a long list reads one row, not the list. Catch-ups run one at a time. The checklist
 * (`ChecklistFollower`) and the timeline (`TimelineFollower`) are followers.
 */
import type { AuditHead } from '../../shared/domain/audit';
import { entityIdsChangedSince, readAuditHead } from './auditTrail';
import type { FirebreakDatabase } from './database';

/** Past this many unseen audit entries, reading the whole list again is cheaper than following the log. */
const RELOAD_AFTER_ENTRIES = 5_000;

/** The fields a followed row has. */
export interface FollowedRow {
  readonly id: string;
  readonly rev: number;
  readonly deletedAt: string | null;
}

export interface FollowedList<Row extends FollowedRow> {
  /** The audit log's entity name for the rows. */
  readonly entity: string;
  /** The name of the table the rows are in. */
  readonly table: string;
  /** The rows with these ids (undefined for an id with no row). */
  readonly readRows: (db: FirebreakDatabase, ids: string[]) => Promise<ReadonlyArray<Row | undefined>>;
  /** Every live row of the subject (read inside a read transaction with the audit head). */
  readonly readAll: (db: FirebreakDatabase) => Promise<Row[]>;
  /** Whether a row read after a change belongs to the subject (deleted rows leave the list whatever this says). */
  readonly belongs: (row: Row) => boolean;
  /** The rows in display order. */
  readonly order: (rows: Row[]) => readonly Row[];
}

export class AuditFollower<Row extends FollowedRow> {
  private rows: Map<string, Row> | undefined;
  private cursor = 0;
  private work: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly db: FirebreakDatabase,
    private readonly list: FollowedList<Row>,
    private readonly publish: (rows: readonly Row[]) => void,
    private readonly fail: (error: unknown) => void,
  ) {}

  /** Catches up once per audit head change (the anchored head as the live query read it), one at a time. */
  headMoved(head: AuditHead): void {
    this.work = this.work.then(() => this.catchUp(head)).catch((error: unknown) => this.fail(error));
  }

  /** Resolves when the catch-ups asked for so far have run. */
  settled(): Promise<void> {
    return this.work;
  }

  stop(): void {
    this.stopped = true;
  }

  /** Takes a row this window has just committed, unless a newer revision is already shown. */
  take(row: Row): void {
    if (this.rows === undefined || !this.list.belongs(row)) return;
    const shown = this.rows.get(row.id);
    if (shown !== undefined && shown.rev >= row.rev) return;
    if (row.deletedAt === null) this.rows.set(row.id, row);
    else this.rows.delete(row.id);
    this.show();
  }

  /**
   * Shows `row` at once, while the write that makes it is still under way (it keeps the stored row's revision, so the
   * committed row, one revision on, replaces it). Returns a function that puts the replaced row back if the write
   * fails; it does nothing once anything newer has been shown.
   */
  propose(row: Row): () => void {
    const before = this.rows?.get(row.id);
    if (this.rows === undefined || before === undefined || !this.list.belongs(row)) return () => undefined;
    this.rows.set(row.id, row);
    this.show();
    return () => {
      if (this.rows?.get(row.id) !== row) return;
      this.rows.set(row.id, before);
      this.show();
    };
  }

  private show(): void {
    if (!this.stopped && this.rows) this.publish(this.list.order([...this.rows.values()]));
  }

  private async catchUp(head: AuditHead): Promise<void> {
    if (this.stopped) return;
    if (this.rows === undefined || head.seq - this.cursor > RELOAD_AFTER_ENTRIES) {
      // The head and the rows in one read transaction: every later change is past the cursor.
      await this.db.transaction('r', [this.db.meta.name, this.list.table], async () => {
        const [current, rows] = await Promise.all([readAuditHead(this.db.meta), this.list.readAll(this.db)]);
        this.cursor = current.seq;
        this.rows = new Map(rows.map((row) => [row.id, row]));
      });
      this.show();
      return;
    }
    if (head.seq <= this.cursor) return;
    const ids = await entityIdsChangedSince(this.db, this.cursor, this.list.entity);
    this.cursor = Math.max(this.cursor, head.seq);
    if (ids.size === 0) return;
    const rows = await this.list.readRows(this.db, [...ids]);
    let changed = false;
    for (const row of rows) {
      if (row === undefined) continue;
      const shown = this.rows.get(row.id);
      if (row.deletedAt === null && this.list.belongs(row)) {
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
