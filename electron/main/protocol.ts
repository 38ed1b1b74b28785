/**
 * The app:// protocol that serves the built renderer (dist/renderer) inside Electron. The scheme is registered as
 * standard and secure so the page gets a real origin (app://firebreak), IndexedDB and fetch; every answer carries the
 * CSP. The file lookup is the plain Node staticAssets module the loopback test host also uses.
 */
import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { securityHeaders } from '../services/securityHeaders';
import { resolveStaticAsset, staticAssetHeaders } from '../services/staticAssets';
import { APP_HOST, APP_SCHEME } from './appUrl';

/** Must be passed to protocol.registerSchemesAsPrivileged before the app is ready. */
export const APP_SCHEME_PRIVILEGES: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      bypassCSP: false,
      allowServiceWorkers: false,
      stream: true,
    },
  },
];

export interface ProtocolRegistry {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

export function registerAppProtocol(protocol: ProtocolRegistry, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
}

export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) {
    return textResponse(404, 'Not found');
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method not allowed');
  }
  const asset = await resolveStaticAsset(rendererDir, url.pathname);
  switch (asset.kind) {
    case 'forbidden':
      return textResponse(403, `Forbidden: ${asset.reason}`);
    case 'not-found':
      return textResponse(404, 'Not found');
    case 'file': {
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(asset.filePath));
      return new Response(body, { status: 200, headers: staticAssetHeaders(asset) });
    }
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
