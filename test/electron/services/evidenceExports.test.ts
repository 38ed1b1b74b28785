/**
 * Evidence export through the one IPC gate and over the test host's HTTP: chunks in order, atomic write, the host's
 * hash of the written bytes, clean refusals (out of order, wrong size, abort) that leave no file behind, the size and
 * concurrency caps, and the removal at start of temporary files a crashed export left.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleRequest, TRUSTED_SENDER } from '../../../electron/ipc/handleRequest';
import { createServices } from '../../../electron/services/createServices';
import { createDirectorySaveDialog } from '../../../electron/services/directorySaveDialog';
import { createEvidenceExportService } from '../../../electron/services/evidence/evidenceExports';
import type { SaveDialog } from '../../../electron/services/dialogs';
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
    if (!begun.ok || begun.value === null || !('status' in begun.value) || begun.value.status !== 'ready')
      throw new Error('not begun');
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

describe('evidence export limits', () => {
  it('refuses a declared size above 64 GiB and a chunk past the declared size, in words', async () => {
    const folder = await temporaryFolder();
    const call = await servicesIn(folder);
    expect(await call('evidence:exportBegin', { suggestedName: 'huge.bin', size: 64 * 1024 ** 3 + 1, sha256 })).toEqual(
      {
        ok: false,
        error: {
          code: 'bad-request',
          message:
            'The evidence:exportBegin request is not valid: size: Firebreak exports evidence files up to 64 GiB.',
        },
      },
    );
    const service = createEvidenceExportService(createDirectorySaveDialog(folder));
    await expect(service.begin({ suggestedName: 'huge.bin', size: 64 * 1024 ** 3 + 1, sha256 })).rejects.toThrow(
      'Firebreak exports evidence files up to 64 GiB.',
    );
    const begun = await call('evidence:exportBegin', { suggestedName: 'small.bin', size: 4, sha256 });
    const { exportId } = (begun as { value: { exportId: string } }).value;
    expect(await call('evidence:exportChunk', { exportId, index: 0, base64: 'AAAA' })).toEqual({
      ok: true,
      value: { received: 3 },
    });
    expect(await call('evidence:exportChunk', { exportId, index: 1, base64: 'AAA=' })).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'evidence:exportChunk failed: The export is larger than announced; it was abandoned.',
      },
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps at most four exports open, counting those still choosing where to save', async () => {
    const folder = await temporaryFolder();
    const pending: Array<() => void> = [];
    let asked = 0;
    const slowDialog: SaveDialog = {
      chooseSavePath: (name) =>
        new Promise((resolve) => {
          asked++;
          pending.push(() => resolve(path.join(folder, name)));
        }),
    };
    const service = createEvidenceExportService(slowDialog);
    const begin = (name: string) => service.begin({ suggestedName: name, size: 1, sha256 });
    const four = ['1.bin', '2.bin', '3.bin', '4.bin'].map(begin);
    await expect(begin('5.bin')).rejects.toThrow(
      '4 evidence exports are already running; wait for one to finish, then export again.',
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toBe(4);
    for (const answer of pending.splice(0)) answer();
    const ready = await Promise.all(four);
    await expect(begin('5.bin')).rejects.toThrow(/already running/);
    const first = ready[0];
    if (first?.status !== 'ready') throw new Error('not begun');
    await service.abort({ exportId: first.exportId });
    const fifth = begin('5.bin');
    await new Promise((resolve) => setTimeout(resolve, 10));
    pending.splice(0).forEach((answer) => answer());
    expect(await fifth).toEqual({ status: 'ready', exportId: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it('removes at start the .partial files a crash left, in the output folder and from the journal', async () => {
    const folder = await temporaryFolder();
    const outputDir = path.join(folder, 'exports');
    const elsewhere = path.join(folder, 'chosen-by-dialog');
    const journalPath = path.join(folder, 'state', 'evidence-exports-in-progress.json');
    await mkdir(outputDir, { recursive: true });
    await mkdir(elsewhere, { recursive: true });
    const id = 'ab'.repeat(16);
    await writeFile(path.join(outputDir, `.gateway.log.${id}.partial`), 'half');
    await writeFile(path.join(outputDir, 'kept.partial'), 'not ours');
    await writeFile(path.join(outputDir, 'gateway.log'), 'a finished export');

    // A crash in the middle of an export: the journal still lists its temporary file.
    const crashed = createEvidenceExportService(
      { chooseSavePath: async (name) => path.join(elsewhere, name) },
      { journalPath },
    );
    const begun = await crashed.begin({ suggestedName: 'transcript.json', size: 10, sha256 });
    if (begun.status !== 'ready') throw new Error('not begun');
    await crashed.chunk({ exportId: begun.exportId, index: 0, base64: 'AAAA' });
    expect(await readdir(elsewhere)).toEqual([`.transcript.json.${begun.exportId}.partial`]);
    expect(JSON.parse(await readFile(journalPath, 'utf8'))).toEqual([
      path.join(elsewhere, `.transcript.json.${begun.exportId}.partial`),
    ]);

    const restarted = createEvidenceExportService(createDirectorySaveDialog(outputDir), { outputDir, journalPath });
    await expect(restarted.begin({ suggestedName: 'x.bin', size: 0, sha256 })).resolves.toMatchObject({
      status: 'ready',
    });
    expect((await readdir(outputDir)).filter((name) => !name.startsWith('.x.bin.')).sort()).toEqual([
      'gateway.log',
      'kept.partial',
    ]);
    expect(await readdir(elsewhere)).toEqual([]);
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
