/**
 * The renderer's way to the host. Inside Electron the preload exposes `window.firebreak`; in a plain browser page
 * served by the loopback test host, the same FirebreakHostApi is implemented over `POST /ipc/<channel>` with the
 * launch token as a bearer token. Either way every answer is an IpcEnvelope: a failure arrives as a message in
 * words, never as a throw, and an answer that does not match the contract is refused here too.
 */
import {
  HOST_API_GLOBAL,
  ipcContract,
  ipcErrorSchema,
  type FirebreakHostApi,
  type IpcChannel,
  type IpcEnvelope,
  type IpcError,
  type IpcRequest,
  type IpcResponse,
} from '../../shared/ipc/contract';
import type { z } from 'zod';
import {
  decodeIpcHeader,
  encodeIpcHeader,
  IPC_BINARY_CONTENT_TYPE,
  IPC_BINARY_HEADER,
  joinBytes,
  splitBytes,
} from '../../shared/ipc/binary';
import { describeZodError } from '../../shared/errors';
import { launchOptions } from './launchOptions';

declare global {
  interface Window {
    readonly [HOST_API_GLOBAL]?: FirebreakHostApi;
  }
}

/** The contract seen through a mapped type, so a generic channel keeps its own response type. */
const responseSchemas: { readonly [C in IpcChannel]: { readonly response: z.ZodType<IpcResponse<C>> } } = ipcContract;

function failure(message: string, code: IpcError['code'] = 'failed'): IpcEnvelope<never> {
  return { ok: false, error: { code, message } };
}

function parseEnvelope<C extends IpcChannel>(channel: C, body: unknown): IpcEnvelope<IpcResponse<C>> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) {
    return failure(`The host sent an answer to ${channel} that Firebreak cannot read.`);
  }
  if (body.ok === false && 'error' in body) {
    const error = ipcErrorSchema.safeParse(body.error);
    return error.success ? { ok: false, error: error.data } : failure(`The host refused ${channel}.`);
  }
  if (body.ok === true && 'value' in body) {
    const value = responseSchemas[channel].response.safeParse(body.value);
    return value.success
      ? { ok: true, value: value.data }
      : failure(`The host's answer to ${channel} is not valid: ${describeZodError(value.error)}`);
  }
  return failure(`The host sent an answer to ${channel} that Firebreak cannot read.`);
}

/** An answer as JSON, or — bytes as the body, the rest in a header (`shared/ipc/binary.ts`) — put back together. */
async function readAnswer(response: Response): Promise<unknown> {
  if (!(response.headers.get('Content-Type') ?? '').toLowerCase().startsWith(IPC_BINARY_CONTENT_TYPE))
    return response.json();
  const envelope = decodeIpcHeader(response.headers.get(IPC_BINARY_HEADER));
  if (!envelope || typeof envelope['value'] !== 'object' || envelope['value'] === null)
    throw new Error('A binary answer without its envelope.');
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { ...envelope, value: joinBytes(envelope['value'] as Record<string, unknown>, bytes) };
}

/** A FirebreakHostApi over the loopback test host's HTTP endpoint (raw bytes for messages that carry them). */
export function createHttpHostClient(token: string | undefined, fetchImpl: typeof fetch = fetch): FirebreakHostApi {
  return {
    async invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcEnvelope<IpcResponse<C>>> {
      if (token === undefined || token === '') {
        return failure('Firebreak is not connected to a host, so this is unavailable here.');
      }
      const binary = splitBytes(request);
      let response: Response;
      try {
        response = await fetchImpl(`/ipc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: binary
            ? {
                'Content-Type': IPC_BINARY_CONTENT_TYPE,
                [IPC_BINARY_HEADER]: encodeIpcHeader(binary.rest),
                Authorization: `Bearer ${token}`,
              }
            : { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          // Bytes go as a Blob: the same bytes on the wire, and a browser under DevTools (Playwright's tests and
          // benchmarks) then does not copy every body into its network events as base64.
          body: binary ? new Blob([binary.bytes as Uint8Array<ArrayBuffer>]) : JSON.stringify(request),
          cache: 'no-store',
          credentials: 'omit',
        });
      } catch {
        return failure('The Firebreak host could not be reached.');
      }
      let body: unknown;
      try {
        body = await readAnswer(response);
      } catch {
        return failure(
          response.ok
            ? `The host's answer to ${channel} could not be read.`
            : `The host refused ${channel} (HTTP ${response.status}).`,
        );
      }
      return parseEnvelope(channel, body);
    },
  };
}

let client: FirebreakHostApi | undefined;

/** The host API for this window: Electron's preload bridge when present, else the test host over HTTP. */
export function hostClient(): FirebreakHostApi {
  if (client) return client;
  const options = launchOptions();
  const bridge = window[HOST_API_GLOBAL];
  client = bridge && typeof bridge.invoke === 'function' ? bridge : createHttpHostClient(options.token);
  return client;
}
