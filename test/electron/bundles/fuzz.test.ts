/**
 * Mutated bundles: truncations, bit flips anywhere (header entries, payload, directory, end records), and bytes
 * inserted. Each must be refused with a sentence (an `ExplainedError`), or — when the flip hit a byte nothing
 * depends on, such as a DOS timestamp — verify with exactly the original manifest and signer. Never another kind
 * of error, never a hang. 1,000 cases by default; FIREBREAK_BUNDLE_FUZZ=<n> runs n.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../electron/services/bundles/bundleVerifier';
import { ExplainedError } from '../../../shared/errors';
import { temporaryFolder } from '../helpers';
import { sampleBundle } from './fixtures';
import { newInstallationKey } from './keys';

const CASES = Number(process.env.FIREBREAK_BUNDLE_FUZZ ?? 1000);

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its number. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(original: Buffer, next: () => number): Buffer {
  const at = Math.floor(next() * original.length);
  const kind = next();
  if (kind < 0.2) return original.subarray(0, at);
  if (kind < 0.3)
    return Buffer.concat([original.subarray(0, at), Buffer.from([Math.floor(next() * 256)]), original.subarray(at)]);
  const copy = Buffer.from(original);
  // Half the flips land in the last 2 KiB (directory and end records), where a ZIP reader is most exposed.
  const target = kind < 0.65 ? at : Math.max(0, original.length - 1 - Math.floor(next() * 2048));
  copy.writeUInt8(copy.readUInt8(target) ^ (1 << Math.floor(next() * 8)), target);
  return copy;
}

describe('mutated bundles', () => {
  it(`refuses in words or verifies unchanged, over ${CASES} mutations`, async () => {
    const folder = await temporaryFolder('firebreak-fuzz-');
    const key = await newInstallationKey();
    const { bundlePath, manifest } = await sampleBundle(folder, key);
    const original = await readFile(bundlePath);
    const mutatedPath = path.join(folder, 'mutated.fbundle');
    const outcomes = { refused: 0, unchanged: 0 };
    const next = random(11);
    for (let index = 0; index < CASES; index++) {
      await writeFile(mutatedPath, mutate(original, next));
      try {
        const verified = await verifyBundle(mutatedPath);
        expect({ manifest: verified.manifest, signer: verified.signer.fingerprint }, `case ${index}`).toEqual({
          manifest,
          signer: key.fingerprint,
        });
        outcomes.unchanged++;
      } catch (error) {
        if (!(error instanceof ExplainedError)) throw new Error(`case ${index}: ${String(error)}`, { cause: error });
        outcomes.refused++;
      }
    }
    await rm(mutatedPath);
    console.log(`BENCH ${JSON.stringify({ name: 'bundle-fuzz', cases: CASES, ...outcomes })}`);
    expect(outcomes.refused + outcomes.unchanged).toBe(CASES);
  }, 600_000);
});
