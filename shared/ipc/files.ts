/** The core's file channel: saving an export the renderer made (JSON, CSV, text) where the user chooses. */
import { z } from 'zod';

export const EXPORT_MEDIA_TYPES = [
  'application/json',
  'text/csv',
  'text/plain',
  'application/octet-stream',
  'application/pdf',
] as const;

/** A file name a person could type: what every suggested export name must satisfy. */
export const fileNameSchema = z
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
