import { describe, expect, it } from 'vitest';
import type { IpcChannel } from '../../../shared/ipc/contract';
import { createHostApi } from '../../../electron/preload/hostApi';
import type { InvokeTransport } from '../../../electron/preload/hostApi';
import { fakeAppInfo } from '../helpers';

function recordingTransport(answer: unknown): { transport: InvokeTransport; calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    transport: async (channel, request) => {
      calls.push([channel, request]);
      return answer;
    },
  };
}

/** What a compromised or buggy renderer can pass at run time, whatever the static types say. */
function untypedChannel(value: string): IpcChannel {
  return JSON.parse(JSON.stringify(value));
}

describe('createHostApi', () => {
  it('refuses a channel outside the contract without touching the transport', async () => {
    const { transport, calls } = recordingTransport({ ok: true, value: {} });
    const api = createHostApi(transport);
    for (const channel of ['shell:openExternal', '__proto__', 'constructor']) {
      expect(await api.invoke(untypedChannel(channel), {})).toEqual({
        ok: false,
        error: { code: 'unknown-channel', message: `There is no IPC channel named ${channel}; nothing was sent.` },
      });
    }
    expect(calls).toEqual([]);
  });

  it('forwards a contract channel and returns the validated envelope', async () => {
    const { transport, calls } = recordingTransport({ ok: true, value: fakeAppInfo });
    const api = createHostApi(transport);
    expect(await api.invoke('app:getInfo', {})).toEqual({ ok: true, value: fakeAppInfo });
    expect(calls).toEqual([['app:getInfo', {}]]);
  });

  it('passes the host’s rejection through', async () => {
    const rejection = { ok: false, error: { code: 'bad-request', message: 'suggestedName: The file needs a name.' } };
    const api = createHostApi(recordingTransport(rejection).transport);
    expect(await api.invoke('files:saveExport', { suggestedName: '', mediaType: 'text/plain', content: '' })).toEqual(
      rejection,
    );
  });

  it('turns a malformed answer or a transport error into a failed envelope', async () => {
    const malformed = createHostApi(recordingTransport({ ok: true, value: { status: 'exploded' } }).transport);
    expect(
      await malformed.invoke('files:saveExport', { suggestedName: 'a', mediaType: 'text/plain', content: '' }),
    ).toEqual({
      ok: false,
      error: { code: 'failed', message: "The host's answer to files:saveExport is not a valid IPC envelope." },
    });
    const broken = createHostApi(async () => {
      throw new Error('No handler registered for app:getInfo');
    });
    expect(await broken.invoke('app:getInfo', {})).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The host did not answer app:getInfo: No handler registered for app:getInfo' },
    });
  });
});
