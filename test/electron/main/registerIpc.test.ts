import { describe, expect, it } from 'vitest';
import { createHostApi } from '../../../electron/preload/hostApi';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../electron/ipc/handleRequest';
import { judgeSender, registerIpc } from '../../../electron/main/registerIpc';
import type { FrameIdentity, InvokeEvent } from '../../../electron/main/registerIpc';
import { fakeAppInfo, fakeServices } from '../helpers';

const mainFrame: FrameIdentity = { url: 'app://firebreak/incidents', processId: 7, routingId: 1 };

describe('judgeSender', () => {
  it('trusts only the main frame of the window showing app://firebreak', () => {
    expect(judgeSender(mainFrame, mainFrame)).toEqual({ trusted: true });
    expect(judgeSender({ ...mainFrame }, mainFrame)).toEqual({ trusted: true });
  });

  it('refuses subframes, foreign pages, destroyed frames and a missing window', () => {
    const verdicts = [
      judgeSender({ ...mainFrame, routingId: 2 }, mainFrame),
      judgeSender({ ...mainFrame, processId: 8 }, mainFrame),
      judgeSender({ ...mainFrame, url: 'https://example.com/' }, { ...mainFrame, url: 'https://example.com/' }),
      judgeSender(null, mainFrame),
      judgeSender(mainFrame, undefined),
    ];
    expect(verdicts.map((verdict) => verdict.trusted)).toEqual([false, false, false, false, false]);
    expect(verdicts.map((verdict) => (verdict.trusted ? '' : verdict.reason))).toEqual([
      'only the main frame of the Firebreak window may call the host.',
      'only the main frame of the Firebreak window may call the host.',
      'the sending page is not the Firebreak console.',
      'the sending frame is gone.',
      'the sending frame is gone.',
    ]);
  });
});

describe('registerIpc', () => {
  it('registers every contract channel through handleRequest with the sender check', async () => {
    const handlers = new Map<string, (event: InvokeEvent, request: unknown) => Promise<IpcResult>>();
    registerIpc({ handle: (channel, listener) => handlers.set(channel, listener) }, fakeServices(), () => mainFrame);

    expect([...handlers.keys()]).toEqual(IPC_CHANNELS);
    const getInfo = handlers.get('app:getInfo');
    expect(await getInfo?.({ senderFrame: mainFrame }, {})).toEqual({ ok: true, value: fakeAppInfo });
    expect(await getInfo?.({ senderFrame: { ...mainFrame, routingId: 99 } }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await getInfo?.({ senderFrame: mainFrame }, { unexpected: 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('the Electron transport', () => {
  it('carries a chunk’s bytes both ways by structured clone, as they are, and refuses them as text', async () => {
    const received: Uint8Array[] = [];
    const handlers = new Map<string, (event: InvokeEvent, request: unknown) => Promise<IpcResult>>();
    registerIpc(
      { handle: (channel, listener) => handlers.set(channel, listener) },
      fakeServices({
        'bundles:importChunk': async ({ bytes }) => {
          received.push(bytes);
          return { received: bytes.byteLength };
        },
        // The host answers with a Node Buffer; structured clone delivers a plain Uint8Array.
        'bundles:importEvidence': async ({ length }) => ({ bytes: Buffer.alloc(length, 7) }),
      }),
      () => mainFrame,
    );
    // ipcRenderer.invoke and ipcMain.handle: the request and the answer are each structured-cloned.
    const api = createHostApi(async (channel, request) =>
      structuredClone(await handlers.get(channel)!({ senderFrame: mainFrame }, structuredClone(request))),
    );
    const importId = 'a'.repeat(32);
    const bytes = new Uint8Array([1, 2, 3, 250]);

    expect(await api.invoke('bundles:importChunk', { importId, offset: 0, bytes })).toEqual({
      ok: true,
      value: { received: 4 },
    });
    expect([...received[0]!]).toEqual([1, 2, 3, 250]);
    const answer = await api.invoke('bundles:importEvidence', {
      importId,
      sha256: 'b'.repeat(64),
      offset: 0,
      length: 5,
    });
    expect(answer.ok && [...answer.value.bytes]).toEqual([7, 7, 7, 7, 7]);

    // Bytes sent as text (the old base64 path) are refused in words, and the service is not called.
    const text = await api.invoke('bundles:importChunk', { importId, offset: 0, bytes: 'AQID+g==' as never });
    expect(text).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(text.ok ? '' : text.error.message).toContain('A bundle chunk must be sent as bytes.');
    expect(received).toHaveLength(1);
  });
});
