import { describe, expect, it } from 'vitest';
import { handleRequest, TRUSTED_SENDER } from '../../../electron/ipc/handleRequest';
import type { IpcServices, SenderVerdict } from '../../../electron/ipc/handleRequest';
import { fakeAppInfo, fakeServices } from '../helpers';

describe('handleRequest', () => {
  it('answers a good request with the service result', async () => {
    expect(await handleRequest('app:getInfo', {}, TRUSTED_SENDER, fakeServices())).toEqual({
      ok: true,
      value: fakeAppInfo,
    });
  });

  it('passes the parsed request (trimmed by the schema) to the service', async () => {
    const received: unknown[] = [];
    const services = fakeServices({
      'files:saveExport': async (request) => {
        received.push(request);
        return { status: 'saved', path: '/tmp/x.json', bytes: 2 };
      },
    });
    const request = { suggestedName: '  report.json ', mediaType: 'application/json', content: '{}' };
    const result = await handleRequest('files:saveExport', request, TRUSTED_SENDER, services);
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: '/tmp/x.json', bytes: 2 } });
    expect(received).toEqual([{ suggestedName: 'report.json', mediaType: 'application/json', content: '{}' }]);
  });

  it('rejects a bad request in words, without calling the service', async () => {
    let called = false;
    const services = fakeServices({
      'files:saveExport': async () => {
        called = true;
        return { status: 'cancelled' };
      },
    });
    const result = await handleRequest(
      'files:saveExport',
      { suggestedName: '../etc/passwd', mediaType: 'application/x-sh', content: '' },
      TRUSTED_SENDER,
      services,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: expect.stringMatching(
          /^The files:saveExport request is not valid: suggestedName: A file name cannot contain/,
        ),
      },
    });
    expect(result.ok ? '' : result.error.message).toMatch(/mediaType: /);
    expect(called).toBe(false);
  });

  it('rejects unknown keys (the contract schemas are strict)', async () => {
    const result = await handleRequest('app:getInfo', { extra: true }, TRUSTED_SENDER, fakeServices());
    expect(result.ok ? undefined : result.error.code).toBe('bad-request');
  });

  it('rejects an unknown channel, naming it', async () => {
    expect(await handleRequest('shell:openExternal', {}, TRUSTED_SENDER, fakeServices())).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'There is no IPC channel named "shell:openExternal".' },
    });
    const inherited = await handleRequest('toString', {}, TRUSTED_SENDER, fakeServices());
    expect(inherited.ok ? undefined : inherited.error.code).toBe('unknown-channel');
    const notAString = await handleRequest(42, {}, TRUSTED_SENDER, fakeServices());
    expect(notAString.ok ? undefined : notAString.error.message).toBe('There is no IPC channel named of type number.');
  });

  it('rejects a forbidden sender before looking at the channel or the request', async () => {
    const verdict = { trusted: false, reason: 'only the main frame may call the host.' } satisfies SenderVerdict;
    for (const channel of ['app:getInfo', 'no:such-channel']) {
      expect(await handleRequest(channel, {}, verdict, fakeServices())).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This request was refused: only the main frame may call the host.' },
      });
    }
  });

  it('reports a failing service as failed, with its message and no stack', async () => {
    const services = fakeServices({
      'app:getInfo': async () => {
        throw new Error('The disk is full.');
      },
    });
    const result = await handleRequest('app:getInfo', {}, TRUSTED_SENDER, services);
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'app:getInfo failed: The disk is full.' } });
    expect(JSON.stringify(result)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a service answer that breaks the contract', async () => {
    const broken: IpcServices['app:getInfo'] = async () => JSON.parse('{"name":"Firebreak","host":"somewhere"}');
    const result = await handleRequest('app:getInfo', {}, TRUSTED_SENDER, fakeServices({ 'app:getInfo': broken }));
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error).toEqual({
      code: 'failed',
      message: expect.stringMatching(/^app:getInfo produced an answer that breaks the IPC contract: .*version/),
    });
  });
});
