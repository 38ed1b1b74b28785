/**
 * Keeps an IncidentIndex in step with the database. It reads the register's projection (`incidentList`), never whole
 * incident records: first the count and a screenful of the newest rows, so the list and the total show at once, then
 * the rest — from the packed copy saved by the last start (`incidentListSnapshot.ts`), indexed in place, and the
 * incidents the audit log names since, or else the rows in pages, packed once read, saving a new copy afterwards. Then it follows the audit log's head, which moves in the same
 * transaction as every write (from this window or another one), and re-reads the rows of the incidents that changed.
 */
import { liveQuery, type Subscription } from 'dexie';
import { AUDIT_HEAD_KEY, entityIdsChangedSince, readAuditHead } from '../../db/auditTrail';
import type { FirebreakDatabase } from '../../db/database';
import {
  listedIncidentCount,
  listedIncidentsByIds,
  listedIncidentsBefore,
  newestListedIncidents,
  type IncidentListItem,
} from '../../db/incidents/incidentList';
import { readIncidentListSnapshot, saveIncidentListSnapshot } from '../../db/incidents/incidentListSnapshot';
import { IncidentIndex } from './incidentIndex';

export interface IndexStatus {
  /** `loading`: `loaded` of `total` rows are in the index so far (the newest first); `ready`: all of them. */
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly loaded: number;
  readonly total: number;
  /** Bumped whenever the index content changes. */
  readonly version: number;
  readonly error?: string;
}

/** The first read: more rows than any screen shows. */
export const FIRST_SCREEN_ROWS = 60;
const PAGE_SIZE = 25_000;
/** A packed copy this many audit entries behind is saved again after the start. */
const SNAPSHOT_STALE_ENTRIES = 5_000;
/** How long after the index is ready the packed copy is saved, leaving the first interactions alone. */
const SNAPSHOT_DELAY_MS = 1_000;
/** Past this many rows written since the start, they are folded back into the packed rows. */
const COMPACT_AFTER_WRITTEN = 5_000;
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

  /**
   * Resolves once the first load has finished (every incident listed and searchable) or failed: work the register does
   * not need (the holiday calendar, intake clean-up) waits for it rather than competing with the start.
   */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      if (this.status.phase !== 'loading') return resolve();
      const unsubscribe = this.subscribe(() => {
        if (this.status.phase === 'loading') return;
        unsubscribe();
        resolve();
      });
    });
  }

  /** Starts loading (and following); subscribing starts it too. The app calls it at boot, before the first render. */
  start(): void {
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
    // Writes to other records (checklists, evidence, settings) leave the register as it is: no re-sort, no re-render.
    if (await this.followLog(head.seq)) {
      this.publish({ version: this.status.version + 1, loaded: this.index.size, total: this.index.size });
    }
  }

  /** Re-reads the rows of the incidents written after the cursor, up to `headSeq`; says whether any changed. */
  private async followLog(headSeq: number): Promise<boolean> {
    const ids = await entityIdsChangedSince(this.db, this.cursor, 'incident');
    if (ids.size > 0) {
      const rows = await listedIncidentsByIds(this.db, ids);
      this.index.remove([...rows].filter(([, row]) => row === undefined).map(([id]) => id));
      this.index.upsert([...rows.values()].filter((row): row is IncidentListItem => row !== undefined));
      if (this.index.written > COMPACT_AFTER_WRITTEN) this.index.compact();
    }
    this.cursor = Math.max(this.cursor, headSeq);
    return ids.size > 0;
  }

  private async loadAll(headSeq: number): Promise<void> {
    const [total, firstScreen] = await Promise.all([
      listedIncidentCount(this.db),
      newestListedIncidents(this.db, FIRST_SCREEN_ROWS),
    ]);
    // The packed copy is read once the first screen is in hand: its strings are large, and the list comes first.
    const packedCopy = readIncidentListSnapshot(this.db).catch(() => undefined);
    // A reload (far behind the log) starts afresh, so incidents deleted meanwhile leave the index.
    this.index.clear();
    this.index.upsert(firstScreen);
    this.publish({
      phase: 'loading',
      loaded: firstScreen.length,
      total: Math.max(total, firstScreen.length),
      version: this.status.version + 1,
    });
    const copy = await packedCopy;

    if (copy && copy.seq <= headSeq && headSeq - copy.seq <= RELOAD_THRESHOLD && this.index.setBase(copy.packed)) {
      // The copy holds every row as of its sequence number; the log says which incidents changed since.
      this.cursor = copy.seq;
      await this.followLog(headSeq);
      this.publishReady();
      if (headSeq - copy.seq > SNAPSHOT_STALE_ENTRIES) this.scheduleSnapshot();
    } else {
      await this.loadRows(firstScreen);
      // Rows arrive as objects; packing them keeps 100,000 incidents in a few strings.
      this.index.compact();
      this.cursor = headSeq;
      this.publishReady();
      this.scheduleSnapshot();
    }
    const head = await readAuditHead(this.db.meta);
    if (head.seq > this.cursor) await this.catchUp();
  }

  /** Reads every row older than the first screen, in pages, forwards. */
  private async loadRows(firstScreen: readonly IncidentListItem[]): Promise<void> {
    const oldestShown = firstScreen.length < FIRST_SCREEN_ROWS ? undefined : firstScreen.at(-1);
    let after: IncidentListItem | undefined;
    while (oldestShown !== undefined) {
      const page = await listedIncidentsBefore(this.db, oldestShown, after, PAGE_SIZE);
      this.index.upsert(page);
      this.publish({ loaded: this.index.size, total: Math.max(this.status.total, this.index.size) });
      if (page.length < PAGE_SIZE) break;
      after = page.at(-1);
    }
  }

  private publishReady(): void {
    this.publish({
      phase: 'ready',
      version: this.status.version + 1,
      loaded: this.index.size,
      total: this.index.size,
    });
  }

  /** Saves the packed copy for the next start, once the console has settled; a failure only costs the next start. */
  private scheduleSnapshot(): void {
    setTimeout(() => {
      this.enqueue(async () => {
        if (!this.started || this.status.phase !== 'ready') return;
        await saveIncidentListSnapshot(this.db, this.index.packed(), this.cursor).catch(() => undefined);
      });
    }, SNAPSHOT_DELAY_MS);
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
