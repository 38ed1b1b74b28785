/**
 * Live sync's host services through the IPC gate: revisions signed with the installation key verify and an altered
 * one does not; a key that is not the one its fingerprint names is refused; the server settings are probed before
 * they are sealed, the password never comes back to the renderer, a bad URL is refused in words; `couch:request`
 * reaches the configured database's protocol endpoints and nothing else.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/createServices';
import { createDirectorySaveDialog } from '../../../electron/services/directorySaveDialog';
import { passphraseFileKeyStore } from '../../../electron/services/signing/keyStore';
import { handleRequest, TRUSTED_SENDER } from '../../../electron/ipc/handleRequest';
import type { IpcChannel, IpcEnvelope, IpcRequest, IpcResponse } from '../../../shared/ipc/contract';
import { startCouchServer, type CouchServer } from '../../renderer/db/couch/couchServer';
import { fakeAppInfo, temporaryFolder } from '../helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function host() {
  const root = await temporaryFolder('firebreak-couch-host-');
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const services = createServices({
    identity: fakeAppInfo,
    saveDialog: createDirectorySaveDialog(root),
    trust: {
      keyStore: passphraseFileKeyStore(join(root, 'installation-key.json'), 'test passphrase'),
      journalPath: join(root, 'journal.ndjson'),
    },
    couch: { settingsStore: passphraseFileKeyStore(join(root, 'couch-settings.json'), 'test passphrase') },
  });
  return {
    root,
    call: <C extends IpcChannel>(channel: C, request: IpcRequest<C>) =>
      handleRequest(channel, request, TRUSTED_SENDER, services) as Promise<IpcEnvelope<IpcResponse<C>>>,
  };
}

async function server(): Promise<CouchServer> {
  const started = await startCouchServer('firebreak');
  cleanups.push(started.stop);
  return started;
}

describe('live sync host services', () => {
  it('signs revisions that verify, and names what is wrong with altered or mislabelled ones', async () => {
    const { call } = await host();
    const content = '{"_id":"incident:1","record":{},"sync":{}}';
    const signed = await call('couch:signRevisions', {
      installationId: 'node-a',
      siteCode: 'LON',
      contents: [content],
    });
    if (!signed.ok) throw new Error(signed.error.message);
    const [signature] = signed.value.signatures;
    expect(signature).toMatchObject({ installationId: 'node-a', siteCode: 'LON' });
    const otherKey = Buffer.alloc(32, 7).toString('base64');
    const checked = await call('couch:verifyRevisions', {
      revisions: [
        { content, signature: signature! },
        { content: `${content} `, signature: signature! },
        { content, signature: { ...signature!, publicKey: otherKey } },
      ],
    });
    expect(checked).toEqual({
      ok: true,
      value: {
        problems: [
          null,
          expect.stringMatching(/signature does not match its content/),
          'Its public key is not the key its fingerprint names.',
        ],
        ownFingerprint: signature!.fingerprint,
      },
    });
  });

  it('probes and seals the server settings, keeps the password in the host, and passes only protocol requests', async () => {
    const { call, root } = await host();
    const couch = await server();
    expect(await call('couch:settings', {})).toEqual({
      ok: true,
      value: { url: null, username: null, hasPassword: false },
    });
    const refused = await call('couch:configure', { url: 'ftp://couch/firebreak', username: '', password: '' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Give the database URL/) } });
    const gone = await call('couch:configure', {
      url: 'http://127.0.0.1:9/firebreak',
      username: 'dana',
      password: 's3cret',
    });
    expect(gone).toMatchObject({ ok: false, error: { message: expect.stringMatching(/does not answer/) } });

    const saved = await call('couch:configure', { url: couch.databaseUrl, username: 'dana', password: 's3cret' });
    expect(saved).toEqual({ ok: true, value: { url: couch.databaseUrl, username: 'dana', hasPassword: true } });
    expect(await readFile(join(root, 'couch-settings.json'), 'utf8')).not.toContain('s3cret');

    const changes = await call('couch:request', { method: 'GET', path: '_changes?since=0&style=all_docs&limit=5' });
    expect(changes).toMatchObject({ ok: true, value: { status: 200 } });
    for (const path of ['_all_docs', '../_users/_all_docs', '_changes?since=0&style=all_docs&limit=5&filter=x'])
      expect(await call('couch:request', { method: 'GET', path })).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/outside the replication protocol/) },
      });
    expect(await call('couch:request', { method: 'PUT', path: '_bulk_docs', body: '{}' })).toMatchObject({ ok: false });
  });

  it('lets a wait for changes run until a change or its timeout, refuses one over a minute, and ends waits on request', async () => {
    const { call } = await host();
    const couch = await server();
    expect(await call('couch:configure', { url: couch.databaseUrl, username: '', password: '' })).toMatchObject({
      ok: true,
    });
    const tooLong = await call('couch:request', {
      method: 'GET',
      path: '_changes?feed=longpoll&since=0&timeout=90000&limit=1',
    });
    expect(tooLong).toMatchObject({ ok: false, error: { message: expect.stringMatching(/outside the replication/) } });

    const waiting = call('couch:request', { method: 'GET', path: '_changes?feed=longpoll&since=0&timeout=30000&limit=1' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await couch.putAsIs({ _id: 'incident:x', _rev: '1-aa', record: {} });
    const changed = await waiting;
    expect(changed.ok && JSON.parse(changed.value.text).results).toHaveLength(1);

    let settled = false;
    const cancelled = call('couch:request', {
      method: 'GET',
      path: '_changes?feed=longpoll&since=now&timeout=30000&limit=1',
    }).finally(() => (settled = true));
    const started = Date.now();
    let ended = 0;
    // The wait reaches the host a moment after it is sent (the machine may be loaded): cancel until it has ended.
    while (!settled && Date.now() - started < 20_000) {
      const answer = await call('couch:cancelWaits', {});
      if (answer.ok) ended += answer.value.cancelled;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const answer = await cancelled;
    expect(ended).toBe(1);
    expect(answer.ok && JSON.parse(answer.value.text).results).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
