/**
 * The machine-readable manifest every signed report carries as an embedded file (`firebreak-manifest.json`): what
 * the report is, who signed it, which evidence it speaks about (by SHA-256) and the audit-chain head it was cut from.
 * The in-app and command-line verifiers read it back from the PDF and check it against the signature.
 *
 * Version 1 named an incident (`incidentId`, `incidentRef`); version 2 names its subject, which may also be an
 * exercise, a review or a filing. New reports are written as version 2; verifiers read both forever.
 */
import { z } from 'zod';
import { sha256HexSchema } from '../domain/hashSchema';

export const MANIFEST_FILE_NAME = 'firebreak-manifest.json';
export const MANIFEST_FORMAT = 'firebreak-report-manifest';

const fingerprintSchema = z.union([z.literal(''), sha256HexSchema]);

const manifestCommon = {
  format: z.literal(MANIFEST_FORMAT),
  reportType: z.string().min(1),
  generatedAt: z.string(),
  generatedBy: z.string(),
  signerFingerprint: fingerprintSchema,
  evidence: z.array(z.object({ id: z.string(), name: z.string(), sha256: sha256HexSchema })),
  auditHead: z.object({ seq: z.number().int().min(0), hash: sha256HexSchema }),
};

export const reportManifestV1Schema = z.object({
  ...manifestCommon,
  version: z.literal(1),
  incidentId: z.string().min(1),
  incidentRef: z.string(),
});
export type ReportManifestV1 = z.infer<typeof reportManifestV1Schema>;

export const REPORT_SUBJECT_KINDS = ['incident', 'exercise', 'review', 'filing', 'metrics', 'audit'] as const;
export const reportSubjectSchema = z.object({
  kind: z.enum(REPORT_SUBJECT_KINDS),
  id: z.string().min(1),
  ref: z.string(),
});
export type ReportSubject = z.infer<typeof reportSubjectSchema>;

/** The manifest new reports carry (version 2). */
export const reportManifestSchema = z.object({
  ...manifestCommon,
  version: z.literal(2),
  subject: reportSubjectSchema,
});
export type ReportManifest = z.infer<typeof reportManifestSchema>;

/** Any manifest a Firebreak report has ever carried: what verifiers accept. */
export const anyReportManifestSchema = z.discriminatedUnion('version', [reportManifestV1Schema, reportManifestSchema]);
export type AnyReportManifest = z.infer<typeof anyReportManifestSchema>;

/** What the report is about, whichever version of the manifest says it. */
export function manifestSubject(manifest: AnyReportManifest): ReportSubject {
  return manifest.version === 1
    ? { kind: 'incident', id: manifest.incidentId, ref: manifest.incidentRef }
    : { kind: manifest.subject.kind, id: manifest.subject.id, ref: manifest.subject.ref };
}

export function serializeManifest(manifest: AnyReportManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
