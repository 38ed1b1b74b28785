/**
 * The host's streamed export (`bundles:exportBegin/Chunk/Finish` through the IPC gate): evidence arrives as raw
 * chunks, in order, and goes straight into the signed bundle, encrypted on the way — no spooled copy, no plain ZIP.
 * The bundle the host writes opens with the host's own identity and gives back every evidence byte; evidence out of
 * order, a chunk at the wrong offset, bytes that are not what the manifest declared, or evidence that never came are
 * refused in words with no bundle and no partial file left.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleRequest, TRUSTED_SENDER } from '../../../electron/ipc/handleRequest';
import { createServices } from '../../../electron/services/createServices';
import { createDirectorySaveDialog } from '../../../electron/services/directorySaveDialog';
import { passphraseFileKeyStore } from '../../../electron/services/signing/keyStore';
import { uuidv7 } from '../../../shared/domain/ids';
import type { IpcChannel, IpcRequest, IpcResponse } from '../../../shared/ipc/contract';
import { temporaryFolder } from '../helpers';

const CHUNK = 1024 * 1024;

async function host() {
  const root = await temporaryFolder('firebreak-export-stream-');
  const outputDir = path.join(root, 'out');
  const services = createServices({
    identity: { name: 'Firebreak', version: '0.0.0', platform: 'linux', host: 'test-host' },
    saveDialog: createDirectorySaveDialog(outputDir),
    trust: {
      keyStore: passphraseFileKeyStore(path.join(root, 'installation-key.json'), 'test passphrase'),
      journalPath: path.join(root, 'journal.ndjson'),
    },
    bundles: {
      ageKeyStore: passphraseFileKeyStore(path.join(root, 'age.json'), 'test passphrase'),
      stagingFolder: path.join(root, 'staging'),
    },
  });
  const call = async <C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> => {
    const envelope = await handleRequest(channel, request, TRUSTED_SENDER, services);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as IpcResponse<C>;
  };
  const refusal = (pending: Promise<unknown>) =>
    pending.then(
      () => 'accepted',
      (error: Error) => error.message,
    );
  const written = async () => readdir(outputDir).catch(() => []);
  return { call, refusal, written, outputDir };
}

function evidence(size: number) {
  const bytes = randomBytes(size);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), size };
}

async function begin(site: Awaited<ReturnType<typeof host>>, items: readonly ReturnType<typeof evidence>[]) {
  const { recipient } = await site.call('bundles:identity', {});
  const begun = await site.call('bundles:exportBegin', {
    suggestedName: 'LON-BER.fbundle.age',
    recipients: [recipient],
    bundleId: uuidv7(),
    createdAt: '2026-11-30T10:00:00.000Z',
    sender: { installationId: uuidv7(), siteCode: 'LON' },
    hlcRange: null,
    records: [],
    evidence: items.map(({ sha256, size }) => ({ sha256, size })),
  });
  if (begun.status !== 'ready') throw new Error('The export was cancelled.');
  return begun.exportId;
}

async function send(site: Awaited<ReturnType<typeof host>>, exportId: string, item: ReturnType<typeof evidence>) {
  for (let offset = 0; offset < item.size; offset += CHUNK)
    await site.call('bundles:exportChunk', {
      exportId,
      sha256: item.sha256,
      offset,
      bytes: item.bytes.subarray(offset, offset + CHUNK),
    });
}

describe('the streamed export', () => {
  it('writes evidence sent in raw chunks straight into an encrypted bundle that opens with every byte', async () => {
    const site = await host();
    const items = [evidence(2 * CHUNK + 5), evidence(0), evidence(CHUNK)];
    const exportId = await begin(site, items);
    for (const item of items) await send(site, exportId, item);
    const finished = await site.call('bundles:exportFinish', { exportId });
    expect(finished.encrypted).toBe(true);
    expect(await site.written()).toEqual([path.basename(finished.path)]);
    // Open it as an import would: upload, decrypt, verify, then read each evidence file back.
    const sealed = await readFile(finished.path);
    expect(sealed.subarray(0, 22).toString('latin1')).toBe('age-encryption.org/v1\n');
    const { importId } = await site.call('bundles:importBegin', { fileName: 'b.fbundle.age', size: sealed.length });
    await site.call('bundles:importChunk', { importId, offset: 0, bytes: sealed });
    const opened = await site.call('bundles:importOpen', { importId });
    expect(opened.manifest.entries.map((entry: { name: string }) => entry.name)).toEqual(
      items.map((item) => `evidence/${item.sha256}`),
    );
    for (const item of items.filter((candidate) => candidate.size > 0)) {
      const { bytes } = await site.call('bundles:importEvidence', {
        importId,
        sha256: item.sha256,
        offset: 0,
        length: item.size,
      });
      expect(Buffer.from(bytes).equals(item.bytes)).toBe(true);
    }
    await site.call('bundles:importClose', { importId });
  });

  it('refuses evidence out of order, a chunk at the wrong offset, changed bytes and missing evidence, leaving no file', async () => {
    const site = await host();
    const [a, b] = [evidence(CHUNK + 10), evidence(300)];
    const outOfOrder = await begin(site, [a!, b!]);
    expect(
      await site.refusal(
        site.call('bundles:exportChunk', { exportId: outOfOrder, sha256: b!.sha256, offset: 0, bytes: b!.bytes }),
      ),
    ).toBe('bundles:exportChunk failed: Evidence arrived out of the order the export listed; the export was stopped.');
    expect(await site.refusal(site.call('bundles:exportFinish', { exportId: outOfOrder }))).toBe(
      'bundles:exportFinish failed: This export is no longer open; start it again.',
    );

    const skipped = await begin(site, [a!, b!]);
    await site.call('bundles:exportChunk', { exportId: skipped, sha256: a!.sha256, offset: 0, bytes: a!.bytes.subarray(0, 10) });
    expect(
      await site.refusal(
        site.call('bundles:exportChunk', { exportId: skipped, sha256: a!.sha256, offset: 20, bytes: a!.bytes.subarray(20) }),
      ),
    ).toBe('bundles:exportChunk failed: An evidence chunk arrived out of order (at byte 20, expected 10); the export was stopped.');

    const changed = await begin(site, [a!, b!]);
    await send(site, changed, a!);
    const forged = Buffer.from(b!.bytes);
    forged[0] = forged[0]! ^ 1;
    await site.call('bundles:exportChunk', { exportId: changed, sha256: b!.sha256, offset: 0, bytes: forged });
    expect(await site.refusal(site.call('bundles:exportFinish', { exportId: changed }))).toMatch(
      /^bundles:exportFinish failed: evidence\/[0-9a-f]{64} changed while the bundle was written/,
    );

    const tooLong = await begin(site, [b!]);
    expect(
      await site.refusal(
        site.call('bundles:exportChunk', {
          exportId: tooLong,
          sha256: b!.sha256,
          offset: 0,
          bytes: Buffer.concat([b!.bytes, Buffer.from('x')]),
        }),
      ),
    ).toMatch(/changed while the bundle was written \(301 bytes or more; expected 300 bytes/);

    const missing = await begin(site, [a!, b!]);
    await send(site, missing, a!);
    expect(await site.refusal(site.call('bundles:exportFinish', { exportId: missing }))).toBe(
      'bundles:exportFinish failed: An evidence file did not arrive before the export finished; nothing was written.',
    );
    expect(await site.written()).toEqual([]);
  });
});
