/**
 * The WebAssembly SHA-256 the renderer installs before its first write gives the same digests as the pure-JS one and
 * as Node's, for strings (ASCII, accents, emoji, empty, long) and bytes — so audit chains and record hashes written
 * before and after it are the same.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fastSha256Ready } from '../../../renderer/db/fastSha256';
import { hashValue, sha256Hex } from '../../../shared/domain/hash';

const strings = ['', 'abc', 'Café — naïve', '🔥 incident 事件', 'x'.repeat(1_000_003)];
const bytes = [new Uint8Array(0), new Uint8Array(70_000).map((_, index) => (index * 131) % 256)];
const values = [{ b: 1, a: ['é', null, { z: true }] }, 'plain'];

function digests() {
  return {
    strings: strings.map((text) => sha256Hex(text)),
    bytes: bytes.map((data) => sha256Hex(data)),
    values: values.map((value) => hashValue(value)),
  };
}

describe('fast SHA-256', () => {
  it('gives the same digests as the pure-JS one and as node:crypto once installed', async () => {
    const before = digests();
    await fastSha256Ready();
    expect(fastSha256Ready()).toBeUndefined();
    expect(digests()).toEqual(before);
    expect(before.strings).toEqual(strings.map((text) => createHash('sha256').update(text, 'utf8').digest('hex')));
    expect(before.bytes).toEqual(bytes.map((data) => createHash('sha256').update(data).digest('hex')));
  });
});
