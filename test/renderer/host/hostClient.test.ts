/**
 * The test-host client: it posts JSON to /ipc/<channel> with the bearer token, passes a valid envelope through,
 * refuses an answer that breaks the contract, and turns every failure (no token, no host, bad JSON) into an
 * envelope with a message in words — never a throw.
 */
import { describe, expect, it } from 'vitest';
import { createHttpHostClient } from '../../../renderer/host/hostClient';

const INFO = { name: 'Firebreak', version: '0.1.0', platform: 'linux', host: 'test-host' };

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init: init ?? {} });
    return respond(url, init ?? {});
  };
  return { impl: impl satisfies typeof fetch, calls };
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createHttpHostClient', () => {
  it('posts the request with the bearer token and returns the envelope', async () => {
    const fetch = fakeFetch(() => json({ ok: true, value: INFO }));
    const envelope = await createHttpHostClient('secret-token', fetch.impl).invoke('app:getInfo', {});
    expect(envelope).toEqual({ ok: true, value: INFO });
    expect(fetch.calls).toEqual([
      {
        url: '/ipc/app%3AgetInfo',
        init: expect.objectContaining({
          method: 'POST',
          body: '{}',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer secret-token' },
        }),
      },
    ]);
  });

  it('passes the host’s refusal through as it was sent', async () => {
    const refusal = { ok: false, error: { code: 'forbidden', message: 'This request was refused: wrong token.' } };
    const fetch = fakeFetch(() => json(refusal, 403));
    expect(await createHttpHostClient('t', fetch.impl).invoke('app:getInfo', {})).toEqual(refusal);
  });

  it('refuses an answer that does not match the contract', async () => {
    const fetch = fakeFetch(() => json({ ok: true, value: { name: 'Firebreak' } }));
    const envelope = await createHttpHostClient('t', fetch.impl).invoke('app:getInfo', {});
    expect(envelope.ok).toBe(false);
    expect(envelope.ok ? '' : envelope.error.message).toMatch(/^The host's answer to app:getInfo is not valid: /);
  });

  it('answers in words when there is no token, no host, or no JSON', async () => {
    const unreachable = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const notJson = fakeFetch(() => new Response('<html>502</html>', { status: 502 }));
    const results = await Promise.all([
      createHttpHostClient(undefined, unreachable.impl).invoke('app:getInfo', {}),
      createHttpHostClient('t', unreachable.impl).invoke('app:getInfo', {}),
      createHttpHostClient('t', notJson.impl).invoke('app:getInfo', {}),
    ]);
    expect(results).toEqual([
      {
        ok: false,
        error: { code: 'failed', message: 'Firebreak is not connected to a host, so this is unavailable here.' },
      },
      { ok: false, error: { code: 'failed', message: 'The Firebreak host could not be reached.' } },
      { ok: false, error: { code: 'failed', message: 'The host refused app:getInfo (HTTP 502).' } },
    ]);
    expect(unreachable.calls).toHaveLength(1);
  });
});
