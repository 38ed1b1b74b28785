/**
 * The loopback test host over real HTTP on 127.0.0.1: static files with the CSP, IPC through the same gate as
 * Electron, and every way a foreign caller could try to get in.
 */
import { request as httpRequest } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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

/** A raw request, so the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(rawPath: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: host.port, path: rawPath, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
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
    const script = await fetch(`${host.origin}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${host.origin}/incidents/42`)).status).toBe(200);
    expect((await fetch(`${host.origin}/assets/missing.js`)).status).toBe(404);
  });

  it('refuses path traversal on static files', async () => {
    expect(await rawGet('/..%2fsecret.txt')).toBe(403);
    expect(await rawGet('/assets/..%2f..%2fsecret.txt')).toBe(403);
    expect(await rawGet('/assets/%2e%2e%5c%2e%2e%5csecret.txt')).toBe(403);
    const normalised = await fetch(`${host.origin}/../secret.txt`);
    expect(await normalised.text()).not.toContain('outside the renderer');
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
