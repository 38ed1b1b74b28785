/**
 * What the renderer may know about signing: the identity's public certificate details (never the key) and the
 * result of verifying a signed PDF. The same shapes cross IPC and are printed by the command-line verifier.
 */
import { z } from 'zod';
import { sha256HexSchema } from '../domain/hashSchema';
import { reportManifestSchema } from './manifest';

export const signingIdentitySchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  fingerprint: sha256HexSchema,
  validFrom: z.string(),
  validTo: z.string(),
  source: z.enum(['self-signed', 'pkcs12']),
});
export type SigningIdentity = z.infer<typeof signingIdentitySchema>;

const signerNameSchema = z.string().trim().min(1, 'Enter a name.').max(200, 'Use at most 200 characters.');

export const createSelfSignedRequestSchema = z
  .object({
    name: signerNameSchema,
    organisation: z.string().trim().min(1, 'Enter the organisation.').max(200, 'Use at most 200 characters.'),
  })
  .strict();

export const importPkcs12RequestSchema = z
  .object({
    fileBase64: z.string().min(1, 'Choose a PKCS#12 file.').max(1_000_000, 'The PKCS#12 file is larger than 750 KB.'),
    passphrase: z.string().max(1_000),
  })
  .strict();

export const signAndSaveRequestSchema = z
  .object({
    pdfBase64: z
      .string()
      .min(1)
      .max(400 * 1024 * 1024, 'The report is larger than 300 MB.'),
    suggestedName: z.string().trim().min(1).max(200),
    reason: z.string().max(500),
    location: z.string().max(200),
    signerName: z.string().max(200),
    manifest: reportManifestSchema,
  })
  .strict();

export const signAndSaveResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    path: z.string(),
    bytes: z.number().int().min(0),
    sha256: z.string(),
    signerFingerprint: z.string(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SignAndSaveResult = z.infer<typeof signAndSaveResultSchema>;

export const verificationResultSchema = z.object({
  /** True only when every check below passed. */
  ok: z.boolean(),
  signed: z.boolean(),
  signatureValid: z.boolean(),
  wholeDocumentCovered: z.boolean(),
  subFilter: z.string(),
  signingCertificateV2: z.boolean(),
  cmsSigningTimeAbsent: z.boolean(),
  signer: z
    .object({
      subject: z.string(),
      issuer: z.string(),
      fingerprint: z.string(),
      validFrom: z.string(),
      validTo: z.string(),
    })
    .nullable(),
  signingTime: z.string().nullable(),
  reason: z.string(),
  location: z.string(),
  signerName: z.string(),
  manifest: reportManifestSchema.nullable(),
  /** Problems in words, one per failed check. */
  problems: z.array(z.string()),
});
export type VerificationResult = z.infer<typeof verificationResultSchema>;
