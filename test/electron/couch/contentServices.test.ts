/**
 * Live sync's evidence content channels through the IPC gate, against the real loopback server: a slice goes up and
 * comes back byte for byte to the configured database, with the sealed credentials; a slice the server lacks comes
 * back as null; a request that is not a hash and an index in range, or a slice larger than 8 MiB, is refused before
 * anything is sent; and the store itself refuses any path but a content slice's.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/createServices';
import { createDirectorySaveDialog } from '../../../electron/services/directorySaveDialog';
import { passphraseFileKeyStore } from '../../../electron/services/signing/keyStore';
import { handleRequest, TRUSTED_SENDER } from '../../../electron/ipc/handleRequest';
import { isContentPath } from '../../../shared/domain/couch/content';
import type { IpcChannel, IpcEnvelope, IpcRequest, IpcResponse } from '../../../shared/ipc/contract';
import { startCouchServer } from '../../renderer/db/couch/couchServer';
import { fakeAppInfo, temporaryFolder } from '../helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function configuredHost() {
  const root = await temporaryFolder('firebreak-couch-content-');
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const couch = await startCouchServer('firebreak');
  cleanups.push(couch.stop);
  const sent: { url: string; method: string }[] = [];
  const services = createServices({
    identity: fakeAppInfo,
    saveDialog: createDirectorySaveDialog(root),
    couch: {
      settingsStore: passphraseFileKeyStore(join(root, 'couch-settings.json'), 'test passphrase'),
      binaryFetch: (url, init) => {
        sent.push({ url, method: init.method });
        return fetch(url, init);
      },
    },
  });
  const call = <C extends IpcChannel>(channel: C, request: IpcRequest<C>) =>
    handleRequest(channel, request, TRUSTED_SENDER, services) as Promise<IpcEnvelope<IpcResponse<C>>>;
  const configured = await call('couch:configure', { url: couch.databaseUrl, username: '', password: '' });
  if (!configured.ok) throw new Error(configured.error.message);
  return { call, couch, sent };
}

const sha = 'ab'.repeat(32);

describe('live sync evidence content channels', () => {
  it('puts and gets slices of the configured database only, and refuses anything else before sending', async () => {
    const { call, couch, sent } = await configuredHost();
    const bytes = Buffer.from('evidence bytes, slice three');
    expect(await call('couch:contentHas', { sha256: sha, chunkCount: 4 })).toEqual({
      ok: true,
      value: { present: false },
    });
    expect(await call('couch:contentPut', { sha256: sha, index: 3, base64: bytes.toString('base64') })).toEqual({
      ok: true,
      value: {},
    });
    expect(await call('couch:contentGet', { sha256: sha, index: 3 })).toEqual({
      ok: true,
      value: { base64: bytes.toString('base64') },
    });
    expect(await call('couch:contentHas', { sha256: sha, chunkCount: 4 })).toEqual({
      ok: true,
      value: { present: true },
    });
    expect(await call('couch:contentGet', { sha256: sha, index: 2 })).toEqual({ ok: true, value: { base64: null } });
    const slice = `${couch.databaseUrl}/content%3A${sha}%3A000003`;
    expect(sent).toEqual([
      { url: slice, method: 'GET' },
      { url: `${slice}/bytes`, method: 'PUT' },
      { url: `${slice}/bytes`, method: 'GET' },
      { url: slice, method: 'GET' },
      { url: `${couch.databaseUrl}/content%3A${sha}%3A000002/bytes`, method: 'GET' },
    ]);

    const refused = [
      await call('couch:contentGet', { sha256: '../_all_docs', index: 0 }),
      await call('couch:contentGet', { sha256: sha, index: -1 }),
      await call('couch:contentPut', { sha256: sha, index: 0, base64: 'A'.repeat(11_184_816) }),
      await call('couch:contentPut', { sha256: sha, index: 0, base64: '{"_id":"x"}' }),
    ];
    expect(refused.map((answer) => answer.ok)).toEqual([false, false, false, false]);
    expect(sent).toHaveLength(5);
  });

  it('lets through only content slice paths, GET and PUT on a slice, GET on its document', () => {
    expect(isContentPath('GET', `content%3A${sha}%3A000000/bytes`)).toBe(true);
    expect(isContentPath('PUT', `content%3A${sha}%3A000000/bytes`)).toBe(true);
    expect(isContentPath('GET', `content%3A${sha}%3A000000`)).toBe(true);
    expect(isContentPath('PUT', `content%3A${sha}%3A000000`)).toBe(false);
    expect(isContentPath('DELETE', `content%3A${sha}%3A000000/bytes`)).toBe(false);
    expect(isContentPath('GET', `content%3A${sha}%3A000000/other`)).toBe(false);
    expect(isContentPath('GET', `incident%3A${sha}`)).toBe(false);
    expect(isContentPath('GET', '_all_docs')).toBe(false);
  });
});
