/** The evidence capability's IPC slice: exporting an item, streamed in chunks, with the host's own SHA-256. */
import { z } from 'zod';
import { fileNameSchema } from '../../ipc/fileName';
import { sha256HexSchema } from '../hashSchema';

/** Evidence export, streamed: begin (where, how big, which hash), chunks in order, finish (the host's own hash). */
export const EVIDENCE_EXPORT_CHUNK_MAX_BASE64 = 12 * 1024 * 1024;
/** The largest evidence file the host writes in one export (64 GiB); intake has no smaller limit of its own. */
export const EVIDENCE_EXPORT_MAX_BYTES = 64 * 1024 ** 3;
/** How many evidence exports may be open at once; a fifth is refused until one finishes. */
export const EVIDENCE_EXPORT_MAX_OPEN = 4;
const exportIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'Not an export id.');
export const evidenceExportBeginSchema = z
  .object({
    suggestedName: fileNameSchema,
    size: z.number().int().min(0).max(EVIDENCE_EXPORT_MAX_BYTES, 'Firebreak exports evidence files up to 64 GiB.'),
    sha256: sha256HexSchema,
  })
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
  sha256: sha256HexSchema,
});
export type EvidenceExportFinishResult = z.infer<typeof evidenceExportFinishResultSchema>;

export const evidenceIpc = {
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
} as const;
