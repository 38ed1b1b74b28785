import { describe, expect, it } from 'vitest';
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
