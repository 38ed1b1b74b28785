/**
 * Keeps an IncidentIndex in step with the database: a paged initial load (with progress), then catch-up reads driven
 * by the audit log's head, which moves in the same transaction as every write (from this window or another one).
 */
import { liveQuery, type Subscription } from 'dexie';
import { AUDIT_HEAD_KEY, entityIdsChangedSince, readAuditHead } from '../../db/auditTrail';
import type { FirebreakDatabase } from '../../db/database';
import { incidentPage, incidentsByIds, storedIncidentCount } from '../../db/incidents/queries';
import { IncidentIndex } from './incidentIndex';

export interface IndexStatus {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly loaded: number;
  readonly total: number;
  /** Bumped whenever the index content changes. */
  readonly version: number;
  readonly error?: string;
}

const PAGE_SIZE = 5_000;
/** Past this many unseen audit entries, reloading everything is cheaper than catching up. */
const RELOAD_THRESHOLD = 50_000;

export class LiveIncidentIndex {
  readonly index = new IncidentIndex();
  private status: IndexStatus = { phase: 'loading', loaded: 0, total: 0, version: 0 };
  private readonly listeners = new Set<() => void>();
  private cursor = 0;
  private subscription: Subscription | undefined;
  private work: Promise<void> = Promise.resolve();
  private started = false;

  constructor(private readonly db: FirebreakDatabase) {}

  getStatus = (): IndexStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.start();
    return () => this.listeners.delete(listener);
  };

  private publish(next: Partial<IndexStatus>): void {
    this.status = { ...this.status, ...next };
    for (const listener of this.listeners) listener();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.subscription = liveQuery(() => this.db.meta.get(AUDIT_HEAD_KEY)).subscribe({
      next: () => this.enqueue(() => this.catchUp()),
      error: (error: unknown) => this.publish({ phase: 'failed', error: String(error) }),
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.started = false;
  }

  /** Serialises loads so that catch-ups never interleave. */
  private enqueue(task: () => Promise<void>): void {
    this.work = this.work.then(task).catch((error: unknown) => {
      this.publish({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    });
  }

  private async catchUp(): Promise<void> {
    const head = await readAuditHead(this.db.meta);
    if (this.status.phase === 'loading' || head.seq - this.cursor > RELOAD_THRESHOLD) {
      await this.loadAll(head.seq);
      return;
    }
    if (head.seq <= this.cursor) return;
    const ids = await entityIdsChangedSince(this.db, this.cursor, 'incident');
    // Writes to other records (checklists, evidence, settings) leave the register as it is: no re-sort, no re-render.
    if (ids.size === 0) {
      this.cursor = head.seq;
      return;
    }
    this.index.upsert(await incidentsByIds(this.db, ids));
    this.cursor = head.seq;
    this.publish({ version: this.status.version + 1, loaded: this.index.size, total: this.index.size });
  }

  private async loadAll(headSeq: number): Promise<void> {
    const total = await storedIncidentCount(this.db);
    this.publish({ phase: 'loading', loaded: 0, total });
    let lastId: string | undefined;
    let loaded = 0;
    for (;;) {
      const page = await incidentPage(this.db, lastId, PAGE_SIZE);
      if (page.length === 0) break;
      this.index.upsert(page);
      loaded += page.length;
      lastId = page[page.length - 1]?.id;
      this.publish({ loaded, total: Math.max(total, loaded) });
    }
    // Changes written while the pages were read are re-read by the next catch-up from this cursor.
    this.cursor = headSeq;
    this.publish({ phase: 'ready', version: this.status.version + 1, loaded, total: loaded });
    const head = await readAuditHead(this.db.meta);
    if (head.seq > headSeq) await this.catchUp();
  }
}

const live = new WeakMap<FirebreakDatabase, LiveIncidentIndex>();

export function liveIncidentIndexFor(db: FirebreakDatabase): LiveIncidentIndex {
  let instance = live.get(db);
  if (!instance) {
    instance = new LiveIncidentIndex(db);
    live.set(db, instance);
  }
  return instance;
}
