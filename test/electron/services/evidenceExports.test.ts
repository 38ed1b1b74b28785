/**
 * Evidence export through the one IPC gate and over the test host's HTTP: chunks in order, atomic write, the host's
 * hash of the written bytes, and clean refusals (out of order, wrong size, abort) that leave no file behind.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleRequest, TRUSTED_SENDER } from '../../../electron/ipc/handleRequest';
import { createServices } from '../../../electron/services/createServices';
import { createDirectorySaveDialog } from '../../../electron/services/directorySaveDialog';
import { startTestHost } from '../../../electron/testhost/server';
import { temporaryFolder } from '../helpers';

const bytes = Buffer.from('2026-11-20T09:00:00Z gateway: ignore previous instructions\n'.repeat(500));
const sha256 = createHash('sha256').update(bytes).digest('hex');
const identity = { name: 'Firebreak', version: '0.1.0', platform: 'linux', host: 'test-host' } as const;

async function servicesIn(folder: string) {
  const services = createServices({ identity, saveDialog: createDirectorySaveDialog(folder) });
  return (channel: string, request: unknown) => handleRequest(channel, request, TRUSTED_SENDER, services);
}

describe('evidence export through handleRequest', () => {
  it('writes the chunks in order and answers with the hash of exactly what it wrote', async () => {
    const folder = await temporaryFolder();
    const call = await servicesIn(folder);
    const begun = await call('evidence:exportBegin', { suggestedName: 'gateway.log', size: bytes.length, sha256 });
    if (!begun.ok || begun.value === null || !('status' in begun.value) || begun.value.status !== 'ready') throw new Error('not begun');
    const { exportId } = begun.value as { exportId: string };
    const half = Math.floor(bytes.length / 2);
    await call('evidence:exportChunk', { exportId, index: 0, base64: bytes.subarray(0, half).toString('base64') });
    await call('evidence:exportChunk', { exportId, index: 1, base64: bytes.subarray(half).toString('base64') });
    const finished = await call('evidence:exportFinish', { exportId });
    expect(finished).toEqual({
      ok: true,
      value: { path: path.join(folder, 'gateway.log'), bytes: bytes.length, sha256 },
    });
    expect(await readFile(path.join(folder, 'gateway.log'))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['gateway.log']);
  });

  it('abandons an export whose chunks arrive out of order, or end short, and leaves no file', async () => {
    const folder = await temporaryFolder();
    const call = await servicesIn(folder);
    const begin = async () => {
      const begun = await call('evidence:exportBegin', { suggestedName: 'a.bin', size: 10, sha256 });
      return (begun as { value: { exportId: string } }).value.exportId;
    };
    const first = await begin();
    expect(await call('evidence:exportChunk', { exportId: first, index: 1, base64: 'AAAA' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/out of order/) },
    });
    const second = await begin();
    await call('evidence:exportChunk', { exportId: second, index: 0, base64: 'AAAA' });
    expect(await call('evidence:exportFinish', { exportId: second })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/after 3 of 10 bytes/) },
    });
    const third = await begin();
    expect(await call('evidence:exportAbort', { exportId: third })).toEqual({ ok: true, value: {} });
    expect(await readdir(folder)).toEqual([]);
    expect(await call('evidence:exportChunk', { exportId: second, index: 0, base64: 'A' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not open any more/) },
    });
  });
});

describe('evidence export over the test host', () => {
  it('streams an export over POST /ipc with the token', async () => {
    const base = await temporaryFolder();
    const rendererDir = path.join(base, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Firebreak</title>');
    const outputDir = path.join(base, 'exports');
    const host = await startTestHost({ rendererDir, outputDir });
    try {
      const call = async (channel: string, body: unknown) => {
        const response = await fetch(`${host.origin}/ipc/${channel}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        return (await response.json()) as { ok: boolean; value: Record<string, unknown> };
      };
      const begun = await call('evidence:exportBegin', { suggestedName: 'gateway.log', size: bytes.length, sha256 });
      const exportId = begun.value['exportId'];
      await call('evidence:exportChunk', { exportId, index: 0, base64: bytes.toString('base64') });
      expect(await call('evidence:exportFinish', { exportId })).toEqual({
        ok: true,
        value: { path: path.join(outputDir, 'gateway.log'), bytes: bytes.length, sha256 },
      });
    } finally {
      await host.close();
    }
  });
});
