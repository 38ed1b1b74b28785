/** The core's file channel: saving an export the renderer made (JSON, CSV, text) where the user chooses. */
import { z } from 'zod';
import { fileNameSchema } from './fileName';

export const EXPORT_MEDIA_TYPES = [
  'application/json',
  'text/csv',
  'text/plain',
  'application/octet-stream',
  'application/pdf',
] as const;

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
