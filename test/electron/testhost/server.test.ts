/**
 * The loopback test host over real HTTP on 127.0.0.1: static files with the CSP, IPC through the same gate as
 * Electron, and every way a foreign caller could try to get in.
 */
import { request as httpRequest } from 'node:http';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../../electron/services/securityHeaders';
import { startTestHost } from '../../../electron/testhost/server';
import type { TestHost } from '../../../electron/testhost/server';
import { temporaryFolder } from '../helpers';

let host: TestHost;
let outputDir: string;

beforeEach(async () => {
  const base = await temporaryFolder();
  const rendererDir = path.join(base, 'renderer');
  outputDir = path.join(base, 'exports');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Firebreak</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(base, 'secret.txt'), 'outside the renderer');
  host = await startTestHost({ rendererDir, outputDir, maxBodyBytes: 64 * 1024 });
});

afterEach(async () => {
  await host.close();
});

function callIpc(channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${host.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function answer(response: Response): Promise<[number, unknown]> {
  return [response.status, await response.json()];
}

/** The cookie the first token-bearing page request sets, as a browser would send it back. */
function tokenCookie(): Record<string, string> {
  return { Cookie: `firebreak-token-${host.port}=${encodeURIComponent(host.token)}` };
}

function getPage(pathname: string, headers: Record<string, string> = tokenCookie()): Promise<Response> {
  return fetch(`${host.origin}${pathname}`, { headers });
}

/** A raw request, so the path and Host reach the server exactly as written (fetch would normalise both). */
function rawGet(rawPath: string, headers: Record<string, string> = tokenCookie()): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: host.port, path: rawPath, method: 'GET', headers },
      (response) => {
        response.resume();
        resolve(response.statusCode);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('startTestHost', () => {
  it('listens on 127.0.0.1 and hands out a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${encodeURIComponent(host.token)}`);
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.token).toMatch(/^[\w-]{43}$/);
  });

  it('serves the renderer with the CSP and companion headers, falling back to index.html for routes', async () => {
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(
      Object.fromEntries(
        [
          'content-type',
          'content-security-policy',
          'x-content-type-options',
          'referrer-policy',
          'cross-origin-opener-policy',
        ].map((name) => [name, page.headers.get(name)]),
      ),
    ).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': buildContentSecurityPolicy(),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(await page.text()).toBe('<!doctype html><title>Firebreak</title>');
    const script = await getPage('/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await getPage('/incidents/42')).status).toBe(200);
    expect((await getPage('/assets/missing.js')).status).toBe(404);
  });

  it('refuses path traversal on static files', async () => {
    expect(await rawGet('/..%2fsecret.txt')).toBe(403);
    expect(await rawGet('/assets/..%2f..%2fsecret.txt')).toBe(403);
    expect(await rawGet('/assets/%2e%2e%5c%2e%2e%5csecret.txt')).toBe(403);
    const normalised = await getPage('/../secret.txt');
    expect(await normalised.text()).not.toContain('outside the renderer');
  });

  it('answers pages only with the token: the first request sets an HttpOnly, SameSite=Strict cookie', async () => {
    const page = await fetch(host.url);
    expect(page.headers.get('set-cookie')).toBe(
      `firebreak-token-${host.port}=${encodeURIComponent(host.token)}; HttpOnly; SameSite=Strict; Path=/`,
    );
    const statuses = await Promise.all([
      getPage('/', {}),
      getPage('/assets/app.js', {}),
      getPage('/incidents/42', {}),
      getPage('/assets/app.js', { Cookie: `firebreak-token-${host.port}=not-the-token` }),
      getPage('/assets/app.js', { Cookie: `firebreak-token-1=${host.token}` }),
      getPage('/?token=not-the-token', {}),
      getPage('/assets/app.js', { Authorization: `Bearer ${host.token}` }),
    ]);
    expect(statuses.map((response) => response.status)).toEqual([401, 401, 401, 401, 401, 401, 401]);
    expect(await statuses[0]!.text()).toBe(
      'This test host answers only with its per-run token: open the address it printed, token included.',
    );
    expect((await getPage('/assets/app.js')).status).toBe(200);
    expect((await getPage('/assets/app.js')).headers.get('set-cookie')).toBeNull();
  });

  it('refuses a request addressed to another host name on every route (DNS rebinding)', async () => {
    const withHost = (hostHeader: string): Record<string, string> => ({ ...tokenCookie(), Host: hostHeader });
    expect(
      await Promise.all([
        rawGet(`/?token=${encodeURIComponent(host.token)}`, withHost(`attacker.example:${host.port}`)),
        rawGet('/assets/app.js', withHost(`attacker.example:${host.port}`)),
        rawGet('/assets/app.js', withHost('127.0.0.1')),
        rawGet('/assets/app.js', withHost(`127.0.0.1:${host.port + 1}`)),
        rawGet('/assets/app.js', withHost(`localhost:${host.port}`)),
        rawGet('/assets/app.js', withHost(`127.0.0.1:${host.port}`)),
      ]),
    ).toEqual([403, 403, 403, 403, 200, 200]);
  });

  it('answers IPC through the contract with the right services', async () => {
    expect(await answer(await callIpc('app:getInfo', {}))).toEqual([
      200,
      {
        ok: true,
        value: { name: 'Firebreak', version: expect.any(String), platform: process.platform, host: 'test-host' },
      },
    ]);
    const saved = await answer(
      await callIpc(
        'files:saveExport',
        { suggestedName: 'brief', mediaType: 'text/plain', content: 'SEV1' },
        { Origin: host.origin },
      ),
    );
    expect(saved).toEqual([
      200,
      { ok: true, value: { status: 'saved', path: path.join(outputDir, 'brief.txt'), bytes: 4 } },
    ]);
    expect(await readFile(path.join(outputDir, 'brief.txt'), 'utf8')).toBe('SEV1');
  });

  it('refuses a wrong or missing token, a foreign Origin and a foreign Host with 403', async () => {
    const refusals = await Promise.all([
      callIpc('app:getInfo', {}, { Authorization: 'Bearer not-the-token' }),
      callIpc('app:getInfo', {}, { Authorization: '' }),
      callIpc('app:getInfo', {}, { Origin: 'https://evil.example' }),
      callIpc('app:getInfo', {}, { Origin: 'http://localhost:1' }),
    ]);
    for (const response of refusals) {
      expect(await answer(response)).toEqual([
        403,
        { ok: false, error: { code: 'forbidden', message: expect.stringMatching(/^This request was refused: /) } },
      ]);
    }
    const rebound = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/ipc/app:getInfo',
          method: 'POST',
          headers: {
            Host: `attacker.example:${host.port}`,
            Authorization: `Bearer ${host.token}`,
            'Content-Type': 'application/json',
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      );
      request.on('error', reject);
      request.end('{}');
    });
    expect(rebound).toBe(403);
  });

  it('rejects bad JSON, a bad request, an unknown channel, a wrong method and an oversized body in words', async () => {
    expect(await answer(await callIpc('app:getInfo', '{not json'))).toEqual([
      400,
      { ok: false, error: { code: 'bad-request', message: 'The request body is not valid JSON.' } },
    ]);
    expect(
      await answer(await callIpc('files:saveExport', { suggestedName: 'a/b', mediaType: 'text/plain', content: '' })),
    ).toEqual([
      400,
      {
        ok: false,
        error: { code: 'bad-request', message: expect.stringMatching(/suggestedName: A file name cannot contain/) },
      },
    ]);
    expect(await answer(await callIpc('shell:openExternal', {}))).toEqual([
      404,
      { ok: false, error: { code: 'unknown-channel', message: 'There is no IPC channel named "shell:openExternal".' } },
    ]);
    expect((await answer(await callIpc('app:getInfo', '{}', { 'Content-Type': 'text/plain' })))[0]).toBe(415);
    const get = await fetch(`${host.origin}/ipc/app:getInfo`, { headers: { Authorization: `Bearer ${host.token}` } });
    expect((await answer(get))[0]).toBe(405);
    const huge = { suggestedName: 'big.txt', mediaType: 'text/plain', content: 'x'.repeat(100 * 1024) };
    expect(await answer(await callIpc('files:saveExport', huge))).toEqual([
      413,
      {
        ok: false,
        error: { code: 'bad-request', message: 'The request is larger than 64 KB; send a smaller export.' },
      },
    ]);
  });

  it('removes its per-run key-store folder from the temporary directory when it stops', async () => {
    const temporary = await temporaryFolder();
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
    try {
      const own = await startTestHost({ rendererDir: outputDir, outputDir });
      const created = await fetch(`${own.origin}/ipc/signing:createSelfSigned`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${own.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Dana Reyes', organisation: 'Firebreak tests' }),
      });
      expect(created.status).toBe(200);
      const folders = await readdir(temporary);
      expect(folders).toEqual([expect.stringMatching(/^firebreak-testhost-/)]);
      expect((await readdir(path.join(temporary, folders[0]!))).length).toBeGreaterThan(0);
      await own.close();
      expect(await readdir(temporary)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });

  it('closes promptly even with a kept-alive connection open', async () => {
    // Node keeps idle connections for 5 s; a close that waited for them would take that long.
    await fetch(host.url);
    const started = Date.now();
    await host.close();
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(fetch(host.url)).rejects.toThrow();
    host = await startTestHost({ rendererDir: outputDir, outputDir });
  });
});
