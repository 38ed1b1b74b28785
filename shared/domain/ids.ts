/**
 * Record identity and ordering for offline merge: UUIDv7 ids (time-ordered, collision-free across machines) and a
 * hybrid logical clock stamp that orders edits made on different machines without a shared clock.
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

/** `001732262400000-0000-<node>`: wall-clock ms, logical counter, node id. Lexical order is causal order. */
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
