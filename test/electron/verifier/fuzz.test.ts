/**
 * Fuzzes the verifier with mutated signed reports (bit flips, truncations, duplicated and deleted objects, random
 * dictionaries in the signature gap, appended bytes) from a seeded PRNG. No case may throw, take 2 s or more, or
 * be called valid (trusted or untrusted) when a signed byte changed. `FIREBREAK_FUZZ_CASES` sets the count (default
 * 500, about a second), `FIREBREAK_FUZZ_SEED` the seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIdentity } from '../../../electron/services/signing/identity';
import { createSelfSignedIdentity } from '../../../electron/services/signing/identity';
import { passphraseFileKeyStore } from '../../../electron/services/signing/keyStore';
import { textReport } from '../../../electron/verifier/textReport';
import { verifySignedPdf } from '../../../electron/verifier/verifyPdf';
import { verificationResultSchema } from '../../../shared/reports/signing';
import { temporaryFolder } from '../helpers';
import { addSecondSignature, byteRangeOf, signWith } from './forgeries';
import { join } from 'node:path';

const CASES = Number(process.env.FIREBREAK_FUZZ_CASES ?? 500);
const SEED = Number(process.env.FIREBREAK_FUZZ_SEED ?? 0x5eed_f12e);

/** mulberry32: small, seeded, good enough to pick mutations reproducibly. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = (random: Random, n: number) => Math.floor(random() * n);

function objectSpans(pdf: Buffer): Array<[number, number]> {
  const text = pdf.toString('latin1');
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(/\d+ 0 obj[\s\S]*?endobj\n/g))
    spans.push([match.index, match.index + match[0].length]);
  return spans;
}

const KEYS = ['/M', '/Name', '/Reason', '/Contents', '/ByteRange', '/Type', '/V', '/FT', '/Length', '/Prev', '/Root'];
const VALUES = [
  '(D:19990101000000Z)',
  '(Mallory)',
  '<FEFF0041>',
  '<FEFF00>',
  '[0 1 2 3]',
  '1 0 R',
  '99999999999999999999',
  '<<',
  '/Sig',
  '(\\033[2J)',
  'null',
];

function randomDictionary(random: Random, length: number): string {
  let text = '>';
  while (text.length < length - 1) text += ` ${KEYS[pick(random, KEYS.length)]} ${VALUES[pick(random, VALUES.length)]}`;
  return `${text.slice(0, length - 1)}<`;
}

interface Mutation {
  readonly name: string;
  readonly bytes: Buffer;
}

function mutate(source: Buffer, random: Random): Mutation {
  const [, b, c] = byteRangeOf(source);
  const kind = pick(random, 7);
  const copy = Buffer.from(source);
  if (kind === 0) {
    for (let i = 0, n = 1 + pick(random, 4); i < n; i++) {
      const at = pick(random, copy.length);
      copy[at] = (copy[at] ?? 0) ^ (1 << pick(random, 8));
    }
    return { name: 'bit flips', bytes: copy };
  }
  if (kind === 1) return { name: 'truncation', bytes: source.subarray(0, pick(random, source.length)) };
  const spans = objectSpans(source);
  const [start, end] = spans[pick(random, spans.length)] ?? [0, 0];
  if (kind === 2) {
    const at = pick(random, source.length);
    const object = source.subarray(start, end);
    return { name: 'duplicated object', bytes: Buffer.concat([source.subarray(0, at), object, source.subarray(at)]) };
  }
  if (kind === 3)
    return { name: 'deleted object', bytes: Buffer.concat([source.subarray(0, start), source.subarray(end)]) };
  if (kind === 4) {
    const length = 8 + pick(random, 200);
    const at = b + 1 + pick(random, Math.max(1, c - b - length - 2));
    copy.write(randomDictionary(random, length), at, 'latin1');
    return { name: 'dictionary in the gap', bytes: copy };
  }
  if (kind === 5) {
    const at = b + 1 + pick(random, c - b - 2);
    copy[at] = '0123456789ABCDEFabcdef'.charCodeAt(pick(random, 22));
    return { name: 'gap hex digit', bytes: copy };
  }
  const tail = Buffer.from(Array.from({ length: 1 + pick(random, 64) }, () => pick(random, 256)));
  return { name: 'appended bytes', bytes: Buffer.concat([source, tail]) };
}

/** Whether any byte the newest signature covers differs (a length change always does). */
function signedBytesChanged(original: Buffer, mutated: Buffer): boolean {
  if (original.length !== mutated.length) return true;
  const [, b, c] = byteRangeOf(original);
  return !original.subarray(0, b).equals(mutated.subarray(0, b)) || !original.subarray(c).equals(mutated.subarray(c));
}

describe('verifier fuzz', () => {
  let sources: Buffer[] = [];
  let fingerprint = '';

  beforeAll(async () => {
    const dir = await temporaryFolder();
    const store = passphraseFileKeyStore(join(dir, 'identity.json'), 'fuzz');
    await createSelfSignedIdentity(store, { name: 'Fuzz Signer', organisation: 'Firebreak' });
    const identity = await loadIdentity(store);
    if (identity === undefined) throw new Error('No identity.');
    fingerprint = identity.summary.fingerprint;
    const single = await signWith(identity);
    sources = [single, addSecondSignature(single, identity)];
  }, 60_000);

  it(`survives ${CASES} mutated signed reports`, () => {
    const anchors = { fingerprints: new Set([fingerprint]), caCertificates: [] };
    for (const source of sources) expect(verifySignedPdf(source, { anchors }).verdict).toBe('trusted');
    const random = prng(SEED);
    const started = performance.now();
    const failures: string[] = [];
    const tally = new Map<string, number>();
    let slowest = 0;
    for (let i = 0; i < CASES; i++) {
      const source = sources[i % sources.length]!;
      const mutation = mutate(source, random);
      const at = performance.now();
      let verdict: string;
      try {
        const result = verificationResultSchema.parse(verifySignedPdf(mutation.bytes, { anchors }));
        textReport('fuzz.pdf', result, undefined);
        verdict = result.verdict;
      } catch (error) {
        failures.push(`case ${i} (${mutation.name}) threw ${String(error)}`);
        continue;
      }
      const took = performance.now() - at;
      slowest = Math.max(slowest, took);
      if (took >= 2_000) failures.push(`case ${i} (${mutation.name}) took ${Math.round(took)} ms`);
      const called = `${mutation.name} → ${verdict}`;
      tally.set(called, (tally.get(called) ?? 0) + 1);
      if (signedBytesChanged(source, mutation.bytes) && (verdict === 'trusted' || verdict === 'untrusted')) {
        failures.push(`case ${i} (${mutation.name}) changed signed bytes but was called ${verdict}`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `fuzz: ${CASES} cases, seed ${SEED}, ${seconds} s, slowest ${Math.round(slowest)} ms\n` +
        [...tally]
          .toSorted()
          .map(([called, n]) => `  ${called}: ${n}`)
          .join('\n'),
    );
    expect(failures).toEqual([]);
  }, 3_600_000);
});
