/**
 * The live sync loop: runs `replicateOnce` for as long as it is started, and sleeps between rounds until something
 * happens — a change on the server (CouchDB's `_changes?feed=longpoll`, one wait in flight at a time), a local write
 * (`nudge` with the audit log's head, a short debounce gathering a burst), or a control (`wake`: pause, resume, try
 * now). It never blocks work: a round that fails leaves the database as the round found it, the status says why in
 * words, and the loop tries again with a doubling backoff (capped), resuming from the checkpoints. While paused (the
 * preference is stored and audited) it does nothing until woken. The client, keys and clock are injected, so the same
 * loop runs against the host in the app and against a loopback server in the tests.
 */
import { ExplainedError } from '../../../shared/errors';
import { CouchUnavailableError } from '../../../shared/domain/couch/client';
import { replicationIdOf } from './liveSyncTables';
import { readLiveSyncPreferences } from './preferences';
import type { LiveSyncContext } from './pull';
import { replicateOnce, type ReplicationRound } from './replicate';

export type LiveSyncPhase = 'starting' | 'connected' | 'offline' | 'paused' | 'failed' | 'stopped';

export interface LiveSyncStatus {
  readonly phase: LiveSyncPhase;
  /** Why the loop is offline or failed, in words. */
  readonly message: string | null;
  /** When the last round finished (ISO). */
  readonly lastRoundAt: string | null;
  /** When the next attempt is due while offline (ISO). */
  readonly retryAt: string | null;
  readonly lastRound: ReplicationRound | null;
}

export interface LiveSyncLoopOptions {
  readonly ctx: LiveSyncContext;
  readonly publish: (status: LiveSyncStatus) => void;
  /** Ends the wait for changes in flight (the host's `couch:cancelWaits`). */
  readonly cancelWaits?: () => Promise<void>;
  /** How long one wait for changes may last on the server (default 25 s). */
  readonly waitMs?: number;
  /**
   * How long a local write waits for others before the push (default 5 ms: writes of one burst land within it, and
   * any made during a push go with the next round anyway).
   */
  readonly debounceMs?: number;
  /** First and longest pause between attempts while the server does not answer (default 1 s and 30 s). */
  readonly backoffMs?: { readonly first: number; readonly longest: number };
}

/** A latch: fired until consumed, so a wake-up that comes before anyone waits is not lost. */
class Signal {
  private fired = false;
  private waiters: (() => void)[] = [];
  fire(): void {
    this.fired = true;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
  wait(): Promise<void> {
    return this.fired ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
  consume(): void {
    this.fired = false;
  }
}

const DEBOUNCE_MS = 5;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class LiveSyncLoop {
  private stopped = true;
  private running: Promise<void> | undefined;
  private readonly localWrite = new Signal();
  private readonly control = new Signal();
  private wait: Promise<void> | undefined;
  /** The newest audit entry a nudge announced, and the audit head the last push began at. */
  private nudgedSeq = 0;
  private pushedSeq = 0;
  private status: LiveSyncStatus = {
    phase: 'starting',
    message: null,
    lastRoundAt: null,
    retryAt: null,
    lastRound: null,
  };

  constructor(private readonly options: LiveSyncLoopOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.run();
  }

  /** Stops after the round in flight (if any); resolves when the loop has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.control.fire();
    await this.options.cancelWaits?.().catch(() => undefined);
    await this.running;
    this.publish({ phase: 'stopped', retryAt: null });
  }

  /** A local write reached the audit log at `seq`: push it soon, unless the last push already covered it. */
  nudge(seq: number): void {
    this.nudgedSeq = Math.max(this.nudgedSeq, seq);
    if (this.nudgedSeq > this.pushedSeq) this.localWrite.fire();
  }

  /** Pause, resume or "try now": look at the preferences again and run a round at once. */
  wake(): void {
    this.control.fire();
    void this.options.cancelWaits?.().catch(() => undefined);
  }

  current(): LiveSyncStatus {
    return this.status;
  }

  private publish(change: Partial<LiveSyncStatus>): void {
    this.status = { ...this.status, ...change };
    this.options.publish(this.status);
  }

  private async run(): Promise<void> {
    const { ctx } = this.options;
    const backoff = this.options.backoffMs ?? { first: 1_000, longest: 30_000 };
    let delay = backoff.first;
    while (!this.stopped) {
      // What woke the loop is handled by this round.
      this.localWrite.consume();
      this.control.consume();
      if ((await readLiveSyncPreferences(ctx.db)).paused) {
        this.publish({ phase: 'paused', message: null, retryAt: null });
        await Promise.race([this.control.wait(), this.localWrite.wait()]);
        continue;
      }
      try {
        const round = await replicateOnce(ctx);
        const checkpoint = await ctx.db.couchCheckpoints.get(replicationIdOf(ctx.actor.nodeId));
        this.pushedSeq = checkpoint?.pushedAuditSeq ?? 0;
        delay = backoff.first;
        this.publish({
          phase: 'connected',
          message: null,
          retryAt: null,
          lastRoundAt: new Date().toISOString(),
          lastRound: round,
        });
        if (this.stopped) break;
        // Written while the round ran (after its push began): go again now.
        if (this.nudgedSeq > this.pushedSeq) {
          await sleep(this.options.debounceMs ?? DEBOUNCE_MS);
          continue;
        }
        // Nudges from this round's own writes (what the pull applied) need no push.
        this.localWrite.consume();
        await this.waitForWork(checkpoint?.pullSeq ?? 0);
      } catch (error) {
        if (this.stopped) break;
        const offline = error instanceof CouchUnavailableError;
        const message =
          error instanceof ExplainedError || error instanceof Error
            ? error.message
            : 'Live sync failed for a reason Firebreak could not read.';
        this.publish({
          phase: offline ? 'offline' : 'failed',
          message,
          retryAt: new Date(Date.now() + delay).toISOString(),
        });
        // Offline, local writes wait for the backoff; after any other failure a new write is worth a try at once.
        await Promise.race([sleep(delay), this.control.wait(), ...(offline ? [] : [this.localWrite.wait()])]);
        delay = Math.min(delay * 2, backoff.longest);
      }
    }
  }

  /** Until the server has a change, a local write was made (then a short debounce), or a control came. */
  private async waitForWork(since: unknown): Promise<void> {
    const { ctx } = this.options;
    if (!this.wait) {
      // A failed wait ends like a change: the next round finds out whether the server is there.
      const wait = ctx.client.waitForChange(since, this.options.waitMs ?? 25_000).then(
        () => undefined,
        () => undefined,
      );
      this.wait = wait;
      void wait.then(() => {
        if (this.wait === wait) this.wait = undefined;
      });
    }
    const woken = await Promise.race([
      this.wait.then(() => 'server' as const),
      this.localWrite.wait().then(() => 'local' as const),
      this.control.wait().then(() => 'control' as const),
    ]);
    if (woken === 'local') await sleep(this.options.debounceMs ?? DEBOUNCE_MS);
  }
}
