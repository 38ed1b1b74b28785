/**
 * Raw bytes over the loopback test host's IPC (`shared/ipc/binary.ts`): the renderer's HTTP client uploads a real
 * encrypted bundle to the real host as `application/octet-stream` chunks, the host opens and verifies it, and the
 * evidence comes back as raw bytes equal to the original; and every malformed binary message is refused in words
 * with nothing written.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBundleFile } from '../../../electron/services/bundles/bundleFile';
import { parseAgeRecipient } from '../../../electron/services/bundles/ageKeys';
import { startTestHost, type TestHost } from '../../../electron/testhost/server';
import { createHttpHostClient } from '../../../renderer/host/hostClient';
import { BUNDLE_CHUNK_MAX_BYTES } from '../../../shared/domain/bundles/ipc';
import type { FirebreakHostApi } from '../../../shared/ipc/contract';
import { evidenceBytes, evidenceSha256, sampleDraft } from '../bundles/fixtures';
import { newInstallationKey } from '../bundles/keys';
import { temporaryFolder } from '../helpers';

let host: TestHost;
let client: FirebreakHostApi;
let base: string;

beforeEach(async () => {
  base = await temporaryFolder();
  const rendererDir = path.join(base, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Firebreak</title>');
  host = await startTestHost({ rendererDir, outputDir: path.join(base, 'exports') });
  client = createHttpHostClient(host.token, (input, init) => fetch(`${host.origin}${String(input)}`, init));
});

afterEach(async () => {
  await host.close();
});

async function value<T>(pending: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const envelope = await pending;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
}

function rawIpc(channel: string, body: Uint8Array, headers: Record<string, string>): Promise<Response> {
  return fetch(`${host.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/octet-stream', ...headers },
    body: new Uint8Array(body),
  });
}

/** A real bundle encrypted to the host's own age recipient. */
async function sealedBundle(): Promise<Buffer> {
  const { recipient } = await value(client.invoke('bundles:identity', {}));
  const target = path.join(base, 'sealed.fbundle.age');
  await writeBundleFile(target, await newInstallationKey(), await sampleDraft(base), [parseAgeRecipient(recipient)]);
  return readFile(target);
}

describe('binary IPC over the test host', () => {
  it('uploads a bundle as raw chunks and reads its evidence back as raw bytes', async () => {
    const sealed = await sealedBundle();
    const { importId } = await value(
      client.invoke('bundles:importBegin', { fileName: 'sealed.fbundle.age', size: sealed.length }),
    );
    const piece = 40_000;
    for (let offset = 0; offset < sealed.length; offset += piece) {
      const answer = await value(
        client.invoke('bundles:importChunk', {
          importId,
          offset,
          bytes: new Uint8Array(sealed.subarray(offset, offset + piece)),
        }),
      );
      expect(answer.received).toBe(Math.min(sealed.length, offset + piece));
    }
    const opened = await value(client.invoke('bundles:importOpen', { importId }));
    expect(opened.encrypted).toBe(true);
    const halves = [];
    for (const [offset, length] of [
      [0, 1000],
      [1000, evidenceBytes.length - 1000],
    ] as const) {
      const { bytes } = await value(
        client.invoke('bundles:importEvidence', { importId, sha256: evidenceSha256, offset, length }),
      );
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(bytes.byteLength).toBe(length);
      halves.push(bytes);
    }
    const hash = createHash('sha256');
    for (const half of halves) hash.update(half);
    expect(hash.digest('hex')).toBe(evidenceSha256);
    await value(client.invoke('bundles:importClose', { importId }));
  });

  it('refuses malformed binary messages in words, writing nothing', async () => {
    const { importId } = await value(client.invoke('bundles:importBegin', { fileName: 'b.fbundle', size: 100 }));
    const refusal = async (response: Response) => {
      const body = (await response.json()) as { ok: boolean; error?: { message: string } };
      expect(body.ok).toBe(false);
      return [response.status, body.error?.message];
    };
    // No description of the bytes.
    expect(await refusal(await rawIpc('bundles:importChunk', new Uint8Array(10), {}))).toEqual([
      400,
      'A request sent as bytes must describe itself in the X-Firebreak-Ipc header.',
    ]);
    // A description that is not JSON.
    expect(
      (await refusal(await rawIpc('bundles:importChunk', new Uint8Array(10), { 'X-Firebreak-Ipc': '%7Bnot' })))[0],
    ).toBe(400);
    // Bytes sent to a channel that takes none.
    const [status, message] = await refusal(
      await rawIpc('app:getInfo', new Uint8Array(10), { 'X-Firebreak-Ipc': encodeURIComponent('{}') }),
    );
    expect(status).toBe(400);
    expect(message).toMatch(/^The app:getInfo request is not valid/);
    // Base64 text where bytes belong.
    const asText = await client.invoke('bundles:importChunk', {
      importId,
      offset: 0,
      bytes: 'AAAA' as unknown as Uint8Array,
    });
    expect(asText.ok).toBe(false);
    if (!asText.ok) expect(asText.error.message).toMatch(/A bundle chunk must be sent as bytes/);
    // A chunk over the limit.
    const large = await client.invoke('bundles:importChunk', {
      importId,
      offset: 0,
      bytes: new Uint8Array(BUNDLE_CHUNK_MAX_BYTES + 1),
    });
    expect(large.ok).toBe(false);
    if (!large.ok) expect(large.error.message).toMatch(/A bundle chunk is larger than 8 MiB/);
    // Nothing of the above reached the upload: a chunk out of order is refused and the session closed.
    const outOfOrder = await client.invoke('bundles:importChunk', { importId, offset: 5, bytes: new Uint8Array(5) });
    expect(outOfOrder.ok).toBe(false);
    if (!outOfOrder.ok) expect(outOfOrder.error.message).toBe('bundles:importChunk failed: A piece of the bundle arrived out of order; choose it again.');
  });
});

describe('binary IPC sessions', () => {
  it('closes an upload whose chunk came out of order', async () => {
    const { importId } = await value(client.invoke('bundles:importBegin', { fileName: 'b.fbundle', size: 10 }));
    const refused = await client.invoke('bundles:importChunk', { importId, offset: 3, bytes: new Uint8Array(3) });
    expect(refused.ok).toBe(false);
    const again = await client.invoke('bundles:importChunk', { importId, offset: 0, bytes: new Uint8Array(3) });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toBe('bundles:importChunk failed: This import is no longer open; choose the bundle again.');
  });
});
