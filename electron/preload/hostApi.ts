/**
 * The object the preload hands to the renderer, built around an injected `invoke` so it runs without Electron. It
 * refuses any channel outside the contract before the transport is touched, and checks the host's answer against the
 * contract so the renderer only ever sees a well-formed envelope. Imports only shared/ (the preload's rule).
 */
import { ipcContract, ipcErrorSchema, isIpcChannel } from '../../shared/ipc/contract';
import type {
  FirebreakHostApi,
  IpcChannel,
  IpcEnvelope,
  IpcError,
  IpcRequest,
  IpcResponse,
} from '../../shared/ipc/contract';

/** Sends one request to the host and resolves to whatever came back (ipcRenderer.invoke in Electron). */
export type InvokeTransport = (channel: IpcChannel, request: unknown) => Promise<unknown>;

/** What the preload needs of a zod schema (zod itself is not the preload's to import). */
interface Parser<T> {
  safeParse(value: unknown): { readonly success: true; readonly data: T } | { readonly success: false };
}

/** The contract through a mapped type, so a generic channel keeps its own response type. */
type ResponseSchemas = { readonly [C in IpcChannel]: { readonly response: Parser<IpcResponse<C>> } };
const responseSchemas: ResponseSchemas = ipcContract;

export function createHostApi(invoke: InvokeTransport): FirebreakHostApi {
  return {
    async invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcEnvelope<IpcResponse<C>>> {
      // The renderer is untrusted: at run time `channel` can be any value whatever its static type says.
      const claimed: unknown = channel;
      if (!isIpcChannel(claimed)) {
        return failure('unknown-channel', `There is no IPC channel named ${String(claimed)}; nothing was sent.`);
      }
      let answer: unknown;
      try {
        answer = await invoke(channel, request);
      } catch (error) {
        return failure(
          'failed',
          `The host did not answer ${channel}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return readEnvelope(channel, answer);
    },
  };
}

function readEnvelope<C extends IpcChannel>(channel: C, answer: unknown): IpcEnvelope<IpcResponse<C>> {
  if (typeof answer === 'object' && answer !== null && 'ok' in answer) {
    if (answer.ok === true && 'value' in answer) {
      const schema: Parser<IpcResponse<C>> = responseSchemas[channel].response;
      const value = schema.safeParse(answer.value);
      if (value.success) {
        return { ok: true, value: value.data };
      }
    } else if (answer.ok === false && 'error' in answer) {
      const error = ipcErrorSchema.safeParse(answer.error);
      if (error.success) {
        return { ok: false, error: error.data };
      }
    }
  }
  return failure('failed', `The host's answer to ${channel} is not a valid IPC envelope.`);
}

function failure(code: IpcError['code'], message: string): { readonly ok: false; readonly error: IpcError } {
  return { ok: false, error: { code, message } };
}
