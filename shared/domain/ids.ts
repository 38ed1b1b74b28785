/**
 * Record identity and ordering for offline merge: UUIDv7 ids (time-ordered, collision-free across machines) and a
 * hybrid logical clock stamp that orders edits made on different machines without a shared clock. `nextHlc` is the
 * local step (a write here), `receiveHlc` the merge step (a stamp arriving from another installation); the
 * `HybridLogicalClock` class keeps the last stamp and offers both as `now()` and `receive(remote)`.
 */
import { randomBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';

export const uuidV7Schema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Not a UUIDv7 identifier.');

export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `001732262400000-0000-k3x9q2m7a1b4`: wall-clock ms (15 digits), logical counter (4 digits), node id. Lexical order
 * is causal order.
 */
export const hlcSchema = z.string().regex(/^\d{15}-\d{4}-[0-9a-z]{1,32}$/, 'Not a hybrid logical clock stamp.');
export type HlcStamp = z.infer<typeof hlcSchema>;

export interface HlcParts {
  readonly wallMs: number;
  readonly counter: number;
  readonly node: string;
}

export function formatHlc({ wallMs, counter, node }: HlcParts): HlcStamp {
  return `${String(wallMs).padStart(15, '0')}-${String(counter).padStart(4, '0')}-${node}`;
}

export function parseHlc(stamp: HlcStamp): HlcParts {
  const [wall = '0', counter = '0', node = ''] = stamp.split('-');
  return { wallMs: Number(wall), counter: Number(counter), node };
}

const MAX_COUNTER = 9_999;

/**
 * Next stamp after `last` (ours or one received), never behind the wall clock and never equal to `last`. When more
 * than 10,000 stamps fall in one millisecond (bulk writes), the clock runs a millisecond ahead rather than widen the
 * counter, which keeps stamps fixed-width and so lexically ordered.
 */
export function nextHlc(last: HlcStamp | undefined, node: string, now: number = Date.now()): HlcStamp {
  if (!last) return formatHlc({ wallMs: now, counter: 0, node });
  const prev = parseHlc(last);
  if (now > prev.wallMs) return formatHlc({ wallMs: now, counter: 0, node });
  if (prev.counter >= MAX_COUNTER) return formatHlc({ wallMs: prev.wallMs + 1, counter: 0, node });
  return formatHlc({ wallMs: prev.wallMs, counter: prev.counter + 1, node });
}

/**
 * How far ahead of this machine's clock a received stamp may be. Beyond it the other machine's clock (or ours) is
 * wrong, and accepting the stamp would drag every later local stamp into the future with it, so it is refused.
 * Five minutes matches the clock skew the lifecycle rules tolerate for event times.
 */
export const MAX_HLC_DRIFT_MS = 5 * 60_000;

/** A received stamp lies further in the future than MAX_HLC_DRIFT_MS; nothing was merged. */
export class ClockDriftError extends Error {
  override name = 'ClockDriftError';
  constructor(
    readonly remote: HlcStamp,
    readonly aheadMs: number,
    readonly maxDriftMs: number,
  ) {
    super(
      `A change from installation ${parseHlc(remote).node} is stamped ${Math.ceil(aheadMs / 1000)} seconds ahead of ` +
        `this machine's clock; at most ${Math.round(maxDriftMs / 1000)} seconds are allowed. Check the date and time ` +
        'on both machines, then try again.',
    );
  }
}

/**
 * The stamp after receiving `remote`: later than both `last` and `remote`, and never behind the wall clock. Refuses
 * (ClockDriftError) a remote stamp more than `maxDriftMs` ahead of `now`, so one bad clock cannot push every
 * installation it touches into the future.
 */
export function receiveHlc(
  last: HlcStamp | undefined,
  remote: HlcStamp,
  node: string,
  now: number = Date.now(),
  maxDriftMs: number = MAX_HLC_DRIFT_MS,
): HlcStamp {
  const theirs = parseHlc(remote);
  if (theirs.wallMs - now > maxDriftMs) throw new ClockDriftError(remote, theirs.wallMs - now, maxDriftMs);
  const ours = last ? parseHlc(last) : { wallMs: -1, counter: 0 };
  const wallMs = Math.max(ours.wallMs, theirs.wallMs, now);
  let counter = 0;
  if (wallMs === ours.wallMs && wallMs === theirs.wallMs) counter = Math.max(ours.counter, theirs.counter) + 1;
  else if (wallMs === ours.wallMs) counter = ours.counter + 1;
  else if (wallMs === theirs.wallMs) counter = theirs.counter + 1;
  if (counter > MAX_COUNTER) return formatHlc({ wallMs: wallMs + 1, counter: 0, node });
  return formatHlc({ wallMs, counter, node });
}

/** One installation's clock: the last stamp it issued or received, and the two HLC steps. */
export class HybridLogicalClock {
  constructor(
    readonly node: string,
    private last: HlcStamp | undefined = undefined,
    private readonly wallClock: () => number = Date.now,
    readonly maxDriftMs: number = MAX_HLC_DRIFT_MS,
  ) {}

  /** The stamp for a local event. */
  now(): HlcStamp {
    this.last = nextHlc(this.last, this.node, this.wallClock());
    return this.last;
  }

  /** Merges a stamp from another installation and returns the local stamp that follows it. */
  receive(remote: HlcStamp): HlcStamp {
    this.last = receiveHlc(this.last, remote, this.node, this.wallClock(), this.maxDriftMs);
    return this.last;
  }

  /** The last stamp issued or received, if any. */
  get latest(): HlcStamp | undefined {
    return this.last;
  }
}
