/**
 * The machine-readable manifest every signed report carries as an embedded file (`firebreak-manifest.json`): what
 * the report is, who signed it, which evidence it speaks about (by SHA-256) and the audit-chain head it was cut from.
 * The in-app and command-line verifiers read it back from the PDF and check it against the signature.
 */
import { z } from 'zod';
import { sha256HexSchema } from '../domain/hashSchema';

export const MANIFEST_FILE_NAME = 'firebreak-manifest.json';
export const MANIFEST_FORMAT = 'firebreak-report-manifest';

const fingerprintSchema = z.union([z.literal(''), sha256HexSchema]);

export const reportManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  reportType: z.string().min(1),
  incidentId: z.string().min(1),
  incidentRef: z.string(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  signerFingerprint: fingerprintSchema,
  evidence: z.array(z.object({ id: z.string(), name: z.string(), sha256: sha256HexSchema })),
  auditHead: z.object({ seq: z.number().int().min(0), hash: sha256HexSchema }),
});
export type ReportManifest = z.infer<typeof reportManifestSchema>;

export function serializeManifest(manifest: ReportManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
