/**
 * The one IPC contract between the renderer and the host (Electron main, or the loopback test host). Each channel,
 * named `domain:verb`, maps to a zod request schema and a zod response schema; every type on both sides is inferred
 * from here. Each capability declares its slice of channels beside its schemas; `ipcContract` merges them, one
 * spread each, so the typed client and the gate see every channel. Results cross the boundary in an envelope so that
 * a rejected request arrives as a clear message.
 */
import { z } from 'zod';
import { bundlesIpc } from '../domain/bundles/ipc';
import { couchIpc } from '../domain/couch/ipc';
import { couchContentIpc } from '../domain/couch/contentIpc';
import { evidenceIpc } from '../domain/evidence/ipc';
import { exercisesIpc } from '../domain/exercises/ipc';
import { trustIpc } from '../domain/trust/ipc';
import { reportsIpc } from '../reports/ipc';
import { saveExportRequestSchema, saveExportResultSchema } from './files';

export { fileNameSchema, safeFileName } from './fileName';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  host: z.enum(['electron', 'test-host']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** The core's own channels. */
const coreIpc = {
  'app:getInfo': { request: z.object({}).strict(), response: appInfoSchema },
  'files:saveExport': { request: saveExportRequestSchema, response: saveExportResultSchema },
} as const;

export const ipcContract = {
  ...coreIpc,
  ...evidenceIpc,
  ...reportsIpc,
  ...trustIpc,
  ...exercisesIpc,
  ...bundlesIpc,
  ...couchIpc,
  ...couchContentIpc,
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>;

export const IPC_CHANNELS = Object.keys(ipcContract) as IpcChannel[];

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value);
}

export const IPC_ERROR_CODES = ['bad-request', 'unknown-channel', 'forbidden', 'failed'] as const;
export const ipcErrorSchema = z.object({ code: z.enum(IPC_ERROR_CODES), message: z.string() });
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcEnvelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** The API the preload exposes as `window.firebreak`; the test host client implements the same type. */
export interface FirebreakHostApi {
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcEnvelope<IpcResponse<C>>>;
}

export const HOST_API_GLOBAL = 'firebreak';
