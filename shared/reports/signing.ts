/**
 * What the renderer may know about signing: the identity's public certificate details (never the key) and the
 * result of verifying a signed PDF. The same shapes cross IPC and are printed by the command-line verifier.
 */
import { z } from 'zod';
import { fileNameSchema } from '../ipc/fileName';
import { reportManifestSchema } from './manifest';

export const signingIdentitySchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  validFrom: z.string(),
  validTo: z.string(),
  source: z.enum(['self-signed', 'pkcs12']),
});
export type SigningIdentity = z.infer<typeof signingIdentitySchema>;

const signerNameSchema = z.string().trim().min(1, 'Enter a name.').max(200, 'Use at most 200 characters.');

/** A passphrase that seals a new signing key, where the host cannot protect the key on its own. */
export const KEY_PASSPHRASE_MIN_LENGTH = 12;
export const newKeyPassphraseSchema = z
  .string()
  .min(KEY_PASSPHRASE_MIN_LENGTH, `Use a passphrase of at least ${KEY_PASSPHRASE_MIN_LENGTH} characters.`)
  .max(1_000, 'Use a passphrase of at most 1,000 characters.');

/**
 * What creating or importing an identity adds: `keyPassphrase` when the host says it needs one, and `replace: true`
 * once the person has confirmed that the current identity is to be retired (the host refuses a replacement without).
 */
const newIdentityOptions = {
  keyPassphrase: newKeyPassphraseSchema.optional(),
  replace: z.boolean().optional(),
};

export const createSelfSignedRequestSchema = z
  .object({
    name: signerNameSchema,
    organisation: z.string().trim().min(1, 'Enter the organisation.').max(200, 'Use at most 200 characters.'),
    ...newIdentityOptions,
  })
  .strict();

export const importPkcs12RequestSchema = z
  .object({
    fileBase64: z.string().min(1, 'Choose a PKCS#12 file.').max(1_000_000, 'The PKCS#12 file is larger than 750 KB.'),
    passphrase: z.string().max(1_000),
    ...newIdentityOptions,
  })
  .strict();

/** A signing identity this installation used before; reports it signed still name its fingerprint. */
export const retiredSigningIdentitySchema = signingIdentitySchema.extend({
  certificatePem: z.string(),
  retiredAt: z.string(),
});
export type RetiredSigningIdentity = z.infer<typeof retiredSigningIdentitySchema>;

export const signingIdentitiesSchema = z.object({
  current: signingIdentitySchema.nullable(),
  /** True when signing with the current identity needs its passphrase. */
  currentNeedsPassphrase: z.boolean(),
  /** Newest first. */
  retired: z.array(retiredSigningIdentitySchema),
  /** How a key created or imported now would be sealed; 'passphrase' says why the host cannot do it alone. */
  newKeyProtection: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('host') }),
    z.object({ kind: z.literal('passphrase'), reason: z.string() }),
  ]),
});
export type SigningIdentities = z.infer<typeof signingIdentitiesSchema>;

export const signAndSaveRequestSchema = z
  .object({
    pdfBase64: z
      .string()
      .min(1)
      .max(400 * 1024 * 1024, 'The report is larger than 300 MB.'),
    suggestedName: fileNameSchema,
    reason: z.string().max(500),
    location: z.string().max(200),
    signerName: z.string().max(200),
    manifest: reportManifestSchema,
    /** Unlocks a passphrase-sealed key for this one signature; never stored. */
    keyPassphrase: z.string().max(1_000).optional(),
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
