import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol, serveAppRequest } from '../../../electron/main/protocol';
import { buildContentSecurityPolicy } from '../../../electron/main/security';
import { temporaryFolder } from '../helpers';

let rendererDir: string;

beforeEach(async () => {
  rendererDir = await temporaryFolder();
  await mkdir(path.join(rendererDir, 'assets'));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Firebreak</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
});

describe('app:// protocol', () => {
  it('is registered as a standard, secure, fetch-capable scheme named app', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false }),
      },
    ]);
  });

  it('serves the renderer with the CSP and the right media type', async () => {
    const response = await serveAppRequest(new Request('app://firebreak/assets/app.css'), rendererDir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    expect(await response.text()).toBe('body{}');
  });

  it('falls back to index.html for app routes and refuses traversal and other hosts', async () => {
    const route = await serveAppRequest(new Request('app://firebreak/incidents/42'), rendererDir);
    expect([route.status, await route.text()]).toEqual([200, '<!doctype html><title>Firebreak</title>']);
    expect((await serveAppRequest(new Request('app://firebreak/..%2f..%2fetc%2fpasswd'), rendererDir)).status).toBe(
      403,
    );
    expect((await serveAppRequest(new Request('app://elsewhere/index.html'), rendererDir)).status).toBe(404);
    expect((await serveAppRequest(new Request('app://firebreak/', { method: 'POST' }), rendererDir)).status).toBe(405);
  });

  it('registers its handler for the app scheme', async () => {
    const handlers = new Map<string, (request: Request) => Promise<Response>>();
    registerAppProtocol({ handle: (scheme, handler) => handlers.set(scheme, handler) }, rendererDir);
    const response = await handlers.get('app')?.(new Request('app://firebreak/'));
    expect(response?.status).toBe(200);
  });
});
