/**
 * IPC over loopback HTTP for the test host: `POST /ipc/<channel>` with a JSON body and `Authorization: Bearer
 * <token>`. The caller is judged like Electron judges a frame — the per-run token must match, and the Origin (when a
 * browser sends one) and Host must be the host's own, which shuts out other web pages and DNS rebinding. The body is
 * read only after that, up to a size limit, and the answer is always an IpcEnvelope from handleRequest. A message
 * that carries bytes (`shared/ipc/binary.ts`) comes as an `application/octet-stream` body with the rest of it in the
 * `X-Firebreak-Ipc` header, and goes to handleRequest as one message like any other; an answer that carries bytes
 * goes back the same way (`binaryAnswer`).
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import {
  decodeIpcHeader,
  encodeIpcHeader,
  IPC_BINARY_CONTENT_TYPE,
  IPC_BINARY_HEADER,
  joinBytes,
  splitBytes,
} from '../../shared/ipc/binary';
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
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.toLowerCase().startsWith(IPC_BINARY_CONTENT_TYPE)) {
    const rest = decodeIpcHeader(request.headers[IPC_BINARY_HEADER.toLowerCase()] as string | undefined);
    if (!rest) {
      request.resume();
      return {
        status: 400,
        envelope: reject('bad-request', `A request sent as bytes must describe itself in the ${IPC_BINARY_HEADER} header.`),
      };
    }
    const bytes = await readBytes(request, maxBodyBytes);
    if (!bytes.ok) return { status: 413, envelope: reject('bad-request', bytes.message) };
    return withStatus(await handleRequest(channel, joinBytes(rest, bytes.bytes), sender, services));
  }
  if (!/^application\/json\b/i.test(contentType)) {
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

/** How an answer goes out: JSON, or — when its value carries bytes — the bytes as the body and the rest in a header. */
export function binaryAnswer(envelope: IpcResult): { readonly header: string; readonly bytes: Uint8Array } | undefined {
  if (!envelope.ok) return undefined;
  const split = splitBytes(envelope.value);
  return split ? { header: encodeIpcHeader({ ok: true, value: split.rest }), bytes: split.bytes } : undefined;
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

type BytesResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly message: string };

/**
 * Reads a binary body into one buffer: sized from Content-Length when the sender gave it (one copy from the socket,
 * no concatenation), else gathered; refused past the limit, the rest drained so the answer arrives.
 */
function readBytes(request: IncomingMessage, maxBytes: number): Promise<BytesResult> {
  const tooLarge: BytesResult = { ok: false, message: `The request is larger than ${formatBytes(maxBytes)}.` };
  const header = request.headers['content-length'];
  const declared = header === undefined ? undefined : Number(header);
  if (declared !== undefined && !(Number.isSafeInteger(declared) && declared >= 0)) {
    request.resume();
    return Promise.resolve({ ok: false, message: 'The request declares an impossible length.' });
  }
  if (declared !== undefined && declared > maxBytes) {
    request.resume();
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve, rejectRead) => {
    const whole = declared === undefined ? undefined : Buffer.allocUnsafe(declared);
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      if (whole && received + chunk.length <= whole.length) chunk.copy(whole, received);
      else if (!whole && received + chunk.length <= maxBytes) chunks.push(chunk);
      received += chunk.length;
    });
    request.on('end', () => {
      if (received > maxBytes) resolve(tooLarge);
      else if (whole && received !== whole.length)
        resolve({ ok: false, message: 'The request body is not as long as it declares.' });
      else resolve({ ok: true, bytes: whole ?? Buffer.concat(chunks) });
    });
    request.on('error', rejectRead);
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
