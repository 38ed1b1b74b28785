/**
 * IPC over loopback HTTP for the test host: `POST /ipc/<channel>` with a JSON body and `Authorization: Bearer
 * <token>`. The caller is judged like Electron judges a frame — the per-run token must match, and the Origin (when a
 * browser sends one) and Host must be the host's own, which shuts out other web pages and DNS rebinding. The body is
 * read only after that, up to a size limit, and the answer is always a JSON IpcEnvelope from handleRequest.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { handleRequest, reject } from '../ipc/handleRequest';
import type { IpcResult, IpcServices, SenderVerdict } from '../ipc/handleRequest';
import { isOwnHost, ownOrigins, sameSecret } from './requestGate';

export const IPC_PATH_PREFIX = '/ipc/';

export interface HttpCaller {
  readonly token: string;
  readonly port: number;
}

export interface HttpIpcAnswer {
  readonly status: number;
  readonly envelope: IpcResult;
}

export function judgeHttpSender(headers: IncomingHttpHeaders, expected: HttpCaller): SenderVerdict {
  const presented = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  if (presented === undefined || !sameSecret(presented, expected.token)) {
    return { trusted: false, reason: 'the request does not carry this host’s token.' };
  }
  if (headers.origin !== undefined && !ownOrigins(expected.port).includes(headers.origin)) {
    return { trusted: false, reason: `requests from ${headers.origin} are not accepted.` };
  }
  if (!isOwnHost(headers, expected.port)) {
    return { trusted: false, reason: 'the request was addressed to another host name.' };
  }
  return { trusted: true };
}

export async function answerIpcRequest(
  request: IncomingMessage,
  pathname: string,
  caller: HttpCaller,
  services: IpcServices,
  maxBodyBytes: number,
): Promise<HttpIpcAnswer> {
  const channel = decodeChannel(pathname.slice(IPC_PATH_PREFIX.length));
  const sender = judgeHttpSender(request.headers, caller);
  if (!sender.trusted) {
    request.resume();
    return withStatus(await handleRequest(channel, undefined, sender, services));
  }
  if (request.method !== 'POST') {
    request.resume();
    return { status: 405, envelope: reject('bad-request', 'IPC requests must use POST.') };
  }
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    request.resume();
    return { status: 415, envelope: reject('bad-request', 'IPC requests must be sent as application/json.') };
  }
  const body = await readBody(request, maxBodyBytes);
  if (!body.ok) {
    return { status: 413, envelope: reject('bad-request', body.message) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    return { status: 400, envelope: reject('bad-request', 'The request body is not valid JSON.') };
  }
  return withStatus(await handleRequest(channel, parsed, sender, services));
}

const STATUS_BY_CODE = { 'bad-request': 400, 'unknown-channel': 404, forbidden: 403, failed: 500 } as const;

function withStatus(envelope: IpcResult): HttpIpcAnswer {
  return { status: envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code], envelope };
}

function decodeChannel(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type BodyResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Reads the whole body, or stops keeping it once it passes the limit (the rest is drained so the answer arrives). */
function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const tooLarge: BodyResult = {
    ok: false,
    message: `The request is larger than ${formatBytes(maxBytes)}; send a smaller export.`,
  };
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > maxBytes) {
    request.resume();
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve, rejectRead) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) {
        chunks.push(chunk);
      }
    });
    request.on('end', () =>
      resolve(received > maxBytes ? tooLarge : { ok: true, text: Buffer.concat(chunks).toString('utf8') }),
    );
    request.on('error', rejectRead);
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
