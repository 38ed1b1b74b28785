/**
 * The loopback test host: the console in an ordinary browser, for end-to-end tests, benchmarks and `npm run
 * dev:web`. It binds 127.0.0.1 only, serves the built renderer through the same staticAssets module and CSP as the
 * app:// protocol, and answers `POST /ipc/<channel>` through the same handleRequest wrapper and services as Electron
 * (JSON, or raw bytes for messages that carry them: `httpIpc.ts`). Each run has a random token and every route needs it (requestGate.ts): the URL it returns carries it (`?token=`),
 * which sets a cookie for the page's assets, and the renderer sends it back as a bearer token for IPC. Requests
 * addressed to any other Host are refused. A per-run key-store folder in the temporary directory is removed at close.
 * The packaged app never includes this module.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDirectorySaveDialog } from '../services/directorySaveDialog';
import { createServices } from '../services/createServices';
import { passphraseFileKeyStore, personalPassphraseKeyStore } from '../services/signing/keyStore';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { securityHeaders } from '../services/securityHeaders';
import { resolveStaticAsset, staticAssetHeaders } from '../services/staticAssets';
import { answerIpcRequest, binaryAnswer, IPC_PATH_PREFIX } from './httpIpc';
import { IPC_BINARY_CONTENT_TYPE, IPC_BINARY_HEADER } from '../../shared/ipc/binary';
import type { HttpCaller } from './httpIpc';
import type { IpcServices } from '../ipc/handleRequest';
import { judgePageRequest, tokenCookie } from './requestGate';

export interface TestHostOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The built renderer, normally dist/renderer. */
  readonly rendererDir: string;
  /** Where 'files:saveExport' writes. */
  readonly outputDir: string;
  /** Defaults to 32 random bytes, base64url. */
  readonly token?: string;
  /** Largest IPC request body accepted; defaults to 300 MB (the contract allows 256 MB exports). */
  readonly maxBodyBytes?: number;
  /** The passphrase-sealed signing key store; defaults to a file in a per-run temporary folder, removed at close. */
  readonly keyStorePath?: string;
  /** Defaults to FIREBREAK_KEYSTORE_PASSPHRASE, else the run's token. */
  readonly keyStorePassphrase?: string;
  /**
   * 'passphrase' behaves like an app on a system without a keyring: the person must choose a passphrase for a new
   * key and give it to sign. Defaults to 'host' (the test host seals with keyStorePassphrase on its own).
   */
  readonly keyProtection?: 'host' | 'passphrase';
}

export interface TestHost {
  /** http://127.0.0.1:PORT/?token=TOKEN — open this in the browser. */
  readonly url: string;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export const TEST_HOST_ADDRESS = '127.0.0.1';
const TEST_HOST_PASSPHRASE_REASON =
  'This test host was started without a keyring, like a Linux system where Electron would fall back to its ' +
  'basic_text backend. Choose a passphrase to seal the signing key; you will be asked for it each time you sign.';
const DEFAULT_MAX_BODY_BYTES = 300 * 1024 * 1024;

export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const keyStoreDir =
    options.keyStorePath === undefined ? await mkdtemp(join(tmpdir(), 'firebreak-testhost-')) : undefined;
  const keyStorePath = options.keyStorePath ?? join(keyStoreDir ?? '', 'signing-identity.json');
  const services = createServices({
    identity: { name: 'Firebreak', version: packageVersion(), platform: process.platform, host: 'test-host' },
    saveDialog: createDirectorySaveDialog(options.outputDir),
    exportCleanup: { outputDir: options.outputDir },
    keyStore:
      options.keyProtection === 'passphrase'
        ? personalPassphraseKeyStore(keyStorePath, TEST_HOST_PASSPHRASE_REASON)
        : passphraseFileKeyStore(
            keyStorePath,
            options.keyStorePassphrase ?? process.env.FIREBREAK_KEYSTORE_PASSPHRASE ?? token,
          ),
    // The installation key and the checkpoint journal live beside the signing key store.
    trust: {
      keyStore: passphraseFileKeyStore(
        join(dirname(keyStorePath), 'installation-key.json'),
        options.keyStorePassphrase ?? process.env.FIREBREAK_KEYSTORE_PASSPHRASE ?? token,
      ),
      journalPath: join(dirname(keyStorePath), 'audit-checkpoints.ndjson'),
    },
    // The site's age identity and the bundle staging folder too.
    bundles: {
      ageKeyStore: passphraseFileKeyStore(
        join(dirname(keyStorePath), 'age-identity.json'),
        options.keyStorePassphrase ?? process.env.FIREBREAK_KEYSTORE_PASSPHRASE ?? token,
      ),
      stagingFolder: join(dirname(keyStorePath), 'bundle-staging'),
    },
    // The live sync server's settings (URL, user, password), sealed the same way.
    couch: {
      settingsStore: passphraseFileKeyStore(
        join(dirname(keyStorePath), 'couch-settings.json'),
        options.keyStorePassphrase ?? process.env.FIREBREAK_KEYSTORE_PASSPHRASE ?? token,
      ),
    },
  });
  const settings = {
    services,
    rendererDir: options.rendererDir,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
  // Known only once the port is bound; requests cannot arrive before that.
  const bound: { caller?: HttpCaller } = {};
  const server = createServer((request, response) => {
    const caller = bound.caller;
    if (caller === undefined) {
      response.writeHead(503).end();
      return;
    }
    route(request, response, caller, settings).catch((error: unknown) => {
      if (!response.headersSent) {
        sendText(response, 500, `The test host failed: ${error instanceof Error ? error.message : String(error)}`);
      } else {
        response.destroy();
      }
    });
  });
  let port: number;
  try {
    port = await listen(server, options.port ?? 0);
  } catch (error) {
    if (keyStoreDir !== undefined) await rm(keyStoreDir, { recursive: true, force: true });
    throw error;
  }
  const origin = `http://${TEST_HOST_ADDRESS}:${port}`;
  bound.caller = { token, port };
  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    port,
    token,
    async close() {
      await closeServer(server);
      if (keyStoreDir !== undefined) await rm(keyStoreDir, { recursive: true, force: true });
    },
  };
}

interface RouteSettings {
  readonly services: IpcServices;
  readonly rendererDir: string;
  readonly maxBodyBytes: number;
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  caller: HttpCaller,
  settings: RouteSettings,
): Promise<void> {
  const url = new URL(request.url ?? '/', `http://${TEST_HOST_ADDRESS}:${caller.port}`);
  const pathname = url.pathname;
  if (pathname.startsWith(IPC_PATH_PREFIX)) {
    const answer = await answerIpcRequest(request, pathname, caller, settings.services, settings.maxBodyBytes);
    const binary = binaryAnswer(answer.envelope);
    if (binary) {
      response.writeHead(answer.status, {
        ...securityHeaders(),
        'Content-Type': IPC_BINARY_CONTENT_TYPE,
        [IPC_BINARY_HEADER]: binary.header,
        'Content-Length': binary.bytes.byteLength,
        'Cache-Control': 'no-store',
      });
      response.end(binary.bytes);
      return;
    }
    const body = JSON.stringify(answer.envelope);
    response.writeHead(answer.status, {
      ...securityHeaders(),
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    response.end(body);
    return;
  }
  request.resume();
  const verdict = judgePageRequest(request.headers, url, caller);
  if (!verdict.allowed) {
    sendText(response, verdict.status, verdict.message);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed');
    return;
  }
  if (verdict.setCookie) response.setHeader('Set-Cookie', tokenCookie(caller));
  await serveStatic(request, response, pathname, settings.rendererDir);
}

async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  rendererDir: string,
): Promise<void> {
  const asset = await resolveStaticAsset(rendererDir, pathname);
  if (asset.kind === 'forbidden') {
    sendText(response, 403, `Forbidden: ${asset.reason}`);
    return;
  }
  if (asset.kind === 'not-found') {
    sendText(response, 404, 'Not found');
    return;
  }
  response.writeHead(200, staticAssetHeaders(asset));
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise<void>((resolve, rejectStream) => {
    const stream = createReadStream(asset.filePath);
    stream.on('error', rejectStream);
    response.on('finish', resolve);
    response.on('close', resolve);
    stream.pipe(response);
  });
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, TEST_HOST_ADDRESS, () => {
      server.off('error', rejectListen);
      const address: AddressInfo | string | null = server.address();
      if (address === null || typeof address === 'string') {
        rejectListen(new Error('The test host did not get a TCP port.'));
        return;
      }
      resolve(address.port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, rejectClose) => {
    server.close((error) => (error === undefined ? resolve() : rejectClose(error)));
    // Browsers keep connections alive; without this, close() would wait for them to time out.
    server.closeAllConnections();
  });
}

function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
    ? manifest.version
    : '0.0.0';
}
