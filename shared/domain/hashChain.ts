/**
 * A hash chain: the append-only shape the audit log and each evidence item's chain of custody share. Every link
 * carries its sequence number, the previous link's hash and its own hash over its canonical content; the head (last
 * sequence number and hash) is anchored apart from the links, so an altered, removed, inserted or reordered link —
 * the last one included — is detected. What a link holds and how it is named in a report is the caller's.
 */
import { z } from 'zod';
import { sha256HexSchema } from './hashSchema';

/** The previous hash of a chain's first link. */
export const GENESIS_HASH = '0'.repeat(64);

export const chainHeadSchema = z.object({ seq: z.number().int().min(0), hash: sha256HexSchema });
export type ChainHead = z.infer<typeof chainHeadSchema>;
export const EMPTY_CHAIN_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

export interface ChainLink {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** The link that follows `head`: `fields` with its sequence number, the previous hash and its own hash. */
export function nextLink<F extends object>(
  head: ChainHead,
  fields: F,
  hashOf: (unsigned: F & { seq: number; prevHash: string }) => string,
): F & ChainLink {
  const unsigned = { ...fields, seq: head.seq + 1, prevHash: head.hash };
  return { ...unsigned, hash: hashOf(unsigned) };
}

export type ChainReport =
  | { readonly ok: true; readonly count: number; readonly head: ChainHead }
  | { readonly ok: false; readonly seq: number; readonly problem: string };

/** How a chain's links are checked and named in the words of a report. */
export interface ChainRules<L extends ChainLink> {
  readonly schema: z.ZodType<L>;
  readonly hashOf: (link: L) => string;
  /** "Entry", "Custody event": starts every problem. */
  readonly noun: string;
  /** The link `seq` should follow, in words: "entry 4", "the one before". */
  readonly previous: (seq: number) => string;
  /** The anchored head, in words: "the recorded head of the log". */
  readonly anchorName: string;
  /** A problem particular to this chain (a link of another item's chain), checked first; null when none. */
  readonly problemOf?: (link: L) => string | null;
}

/**
 * Checks links (in storage order) against each other and against the anchored head. Reports the first sequence
 * number at which the chain is broken or missing a link.
 */
export function verifyChain<L extends ChainLink>(
  links: Iterable<unknown>,
  anchor: ChainHead,
  rules: ChainRules<L>,
): ChainReport {
  const { noun } = rules;
  let head = EMPTY_CHAIN_HEAD;
  let count = 0;
  for (const raw of links) {
    const expected = head.seq + 1;
    const parsed = rules.schema.safeParse(raw);
    if (!parsed.success) return { ok: false, seq: expected, problem: `${noun} ${expected} is malformed.` };
    const link = parsed.data;
    const problem = rules.problemOf?.(link);
    if (problem) return { ok: false, seq: link.seq, problem };
    if (link.seq !== expected) {
      return link.seq > expected
        ? { ok: false, seq: expected, problem: `${noun} ${expected} is missing.` }
        : { ok: false, seq: link.seq, problem: `${noun} ${link.seq} is out of order.` };
    }
    if (link.prevHash !== head.hash) {
      return { ok: false, seq: link.seq, problem: `${noun} ${link.seq} does not link to ${rules.previous(head.seq)}.` };
    }
    if (rules.hashOf(link) !== link.hash) {
      return { ok: false, seq: link.seq, problem: `${noun} ${link.seq} was altered after it was written.` };
    }
    head = { seq: link.seq, hash: link.hash };
    count++;
  }
  if (head.seq < anchor.seq) return { ok: false, seq: head.seq + 1, problem: `${noun} ${head.seq + 1} is missing.` };
  if (head.seq > anchor.seq || head.hash !== anchor.hash) {
    return { ok: false, seq: head.seq, problem: `${noun} ${head.seq} does not match ${rules.anchorName}.` };
  }
  return { ok: true, count, head };
}
