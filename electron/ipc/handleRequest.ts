/**
 * The one gate every IPC message passes, in Electron and in the loopback test host alike: it checks the sender,
 * knows the channel, parses the request with the contract's zod schema, calls the plain Node service, and parses the
 * answer with the contract's response schema. Whatever happens, the caller gets an `IpcEnvelope` back, never a throw,
 * and a rejected request carries a message a person can act on (no stack traces cross the boundary).
 */
import { ZodError, type z } from 'zod';
import { describeZodError } from '../../shared/errors';
import { ipcContract, isIpcChannel } from '../../shared/ipc/contract';
import type { IpcChannel, IpcContract, IpcEnvelope, IpcError, IpcResponse } from '../../shared/ipc/contract';

/** What a service receives: the request after zod parsing (defaults applied, strings trimmed). */
export type IpcServiceRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>;

/** A capability's handlers: one plain Node function per channel of its slice of the contract. */
export type ServicesFor<K extends IpcChannel> = {
  [C in K]: (request: IpcServiceRequest<C>) => Promise<IpcResponse<C>>;
};

/** The handler map, one plain Node function per contract channel. */
export type IpcServices = ServicesFor<IpcChannel>;

/** The host's judgement of who sent a message, made before the message is looked at. */
export type SenderVerdict = { readonly trusted: true } | { readonly trusted: false; readonly reason: string };

export type IpcResult = IpcEnvelope<IpcResponse<IpcChannel>>;

/**
 * The contract seen through a mapped type, so that indexing it with a generic channel keeps the request and response
 * types tied to that channel (TypeScript cannot correlate them through `typeof ipcContract` directly).
 */
type ChannelSchemas = {
  readonly [C in IpcChannel]: {
    readonly request: z.ZodType<IpcServiceRequest<C>>;
    readonly response: z.ZodType<IpcResponse<C>>;
  };
};
const channelSchemas: ChannelSchemas = ipcContract;

export const TRUSTED_SENDER: SenderVerdict = { trusted: true };

export async function handleRequest(
  channel: unknown,
  rawRequest: unknown,
  sender: SenderVerdict,
  services: IpcServices,
): Promise<IpcResult> {
  // The sender is judged first so that an untrusted caller learns nothing, not even which channels exist.
  if (!sender.trusted) {
    return reject('forbidden', `This request was refused: ${sender.reason}`);
  }
  if (!isIpcChannel(channel)) {
    return reject('unknown-channel', `There is no IPC channel named ${describeChannel(channel)}.`);
  }
  return dispatch(channel, rawRequest, services);
}

async function dispatch<C extends IpcChannel>(
  channel: C,
  rawRequest: unknown,
  services: IpcServices,
): Promise<IpcResult> {
  const schemas = channelSchemas[channel];
  const request = schemas.request.safeParse(rawRequest);
  if (!request.success) {
    return reject('bad-request', `The ${channel} request is not valid: ${describeZodError(request.error)}`);
  }

  const service: (request: IpcServiceRequest<C>) => Promise<IpcResponse<C>> = services[channel];
  let answer: unknown;
  try {
    answer = await service(request.data);
  } catch (error) {
    return reject('failed', `${channel} failed: ${describeFailure(error)}`);
  }

  const response = schemas.response.safeParse(answer);
  if (!response.success) {
    return reject(
      'failed',
      `${channel} produced an answer that breaks the IPC contract: ${describeZodError(response.error)}`,
    );
  }
  return { ok: true, value: response.data };
}

export function reject(code: IpcError['code'], message: string): IpcResult {
  return { ok: false, error: { code, message } };
}

/** A service error's own message, without its stack; anything that is not an Error gets a generic sentence. */
export function describeFailure(error: unknown): string {
  if (error instanceof ZodError) return describeZodError(error);
  if (error instanceof Error && error.message.trim().length > 0) {
    return error.message;
  }
  return 'the host could not complete the request.';
}

function describeChannel(channel: unknown): string {
  if (typeof channel !== 'string') {
    return `of type ${channel === null ? 'null' : typeof channel}`;
  }
  return JSON.stringify(channel.length > 80 ? `${channel.slice(0, 80)}…` : channel);
}
