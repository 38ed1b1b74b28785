/**
 * The one IPC contract between the renderer and the host (Electron main, or the loopback test host). Each channel,
 * named `domain:verb`, maps to a zod request schema and a zod response schema; every type on both sides is inferred
 * from here. Results cross the boundary in an envelope so that a rejected request arrives as a clear message.
 */
import { z } from 'zod';
import {
  createSelfSignedRequestSchema,
  importPkcs12RequestSchema,
  signAndSaveRequestSchema,
  signAndSaveResultSchema,
  signingIdentitySchema,
  verificationResultSchema,
  verifyPdfRequestSchema,
} from '../reports/signing';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  host: z.enum(['electron', 'test-host']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const EXPORT_MEDIA_TYPES = [
  'application/json',
  'text/csv',
  'text/plain',
  'application/octet-stream',
  'application/pdf',
] as const;

const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'The file needs a name.')
  .max(200, 'Use a file name under 200 characters.')
  // Control characters are exactly what this rule refuses.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'A file name cannot contain / \\ : * ? " < > | or control characters.');

export const saveExportRequestSchema = z
  .object({
    suggestedName: fileNameSchema,
    mediaType: z.enum(EXPORT_MEDIA_TYPES),
    content: z.string().max(256 * 1024 * 1024, 'The export is larger than 256 MB.'),
  })
  .strict();
export type SaveExportRequest = z.infer<typeof saveExportRequestSchema>;

export const saveExportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), bytes: z.number().int().min(0) }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SaveExportResult = z.infer<typeof saveExportResultSchema>;

/** Evidence export, streamed: begin (where, how big, which hash), chunks in order, finish (the host's own hash). */
export const EVIDENCE_EXPORT_CHUNK_MAX_BASE64 = 12 * 1024 * 1024;
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 hex digest.');
const exportIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'Not an export id.');
export const evidenceExportBeginSchema = z
  .object({ suggestedName: fileNameSchema, size: z.number().int().min(0), sha256: sha256Hex })
  .strict();
export const evidenceExportBeginResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready'), exportId: exportIdSchema }),
  z.object({ status: z.literal('cancelled') }),
]);
export const evidenceExportChunkSchema = z
  .object({
    exportId: exportIdSchema,
    index: z.number().int().min(0),
    base64: z
      .string()
      .max(EVIDENCE_EXPORT_CHUNK_MAX_BASE64, 'An export chunk is larger than 12 MB.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.'),
  })
  .strict();
export const evidenceExportFinishResultSchema = z.object({
  path: z.string(),
  bytes: z.number().int().min(0),
  sha256: sha256Hex,
});
export type EvidenceExportFinishResult = z.infer<typeof evidenceExportFinishResultSchema>;

export const ipcContract = {
  'app:getInfo': { request: z.object({}).strict(), response: appInfoSchema },
  'files:saveExport': { request: saveExportRequestSchema, response: saveExportResultSchema },
  'evidence:exportBegin': { request: evidenceExportBeginSchema, response: evidenceExportBeginResultSchema },
  'evidence:exportChunk': {
    request: evidenceExportChunkSchema,
    response: z.object({ received: z.number().int().min(0) }),
  },
  'evidence:exportFinish': {
    request: z.object({ exportId: exportIdSchema }).strict(),
    response: evidenceExportFinishResultSchema,
  },
  'evidence:exportAbort': { request: z.object({ exportId: exportIdSchema }).strict(), response: z.object({}) },
  'signing:getIdentity': { request: z.object({}).strict(), response: signingIdentitySchema.nullable() },
  'signing:createSelfSigned': { request: createSelfSignedRequestSchema, response: signingIdentitySchema },
  'signing:importPkcs12': { request: importPkcs12RequestSchema, response: signingIdentitySchema },
  'reports:signAndSave': { request: signAndSaveRequestSchema, response: signAndSaveResultSchema },
  'reports:verify': {
    request: verifyPdfRequestSchema,
    response: verificationResultSchema,
  },
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

/** Turns a zod error into one sentence a person can act on. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
