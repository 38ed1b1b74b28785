/**
 * What the renderer may know about signing: the identity's public certificate details (never the key) and the
 * result of verifying a signed PDF. The same shapes cross IPC and are printed by the command-line verifier.
 */
import { z } from 'zod';
import { sha256HexSchema } from '../domain/hashSchema';
import { fileNameSchema } from '../ipc/fileName';
import { anyReportManifestSchema } from './manifest';
import { fingerprintInputSchema } from './trust';

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
    manifest: anyReportManifestSchema,
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

/** `reports:verify`: the PDF and the fingerprints the caller trusts (the host adds its own current identity). */
export const verifyPdfRequestSchema = z
  .object({
    pdfBase64: z
      .string()
      .min(1)
      .max(400 * 1024 * 1024),
    trust: z.array(fingerprintInputSchema).max(10_000),
  })
  .strict();

/**
 * trusted: every signature valid, the whole file signed, every signer trusted. untrusted: all that, but a signer
 * is on no trusted list. invalid: something signed was changed, added or is wrong. unreadable: not a PDF the
 * verifier can read exactly.
 */
export const VERIFICATION_VERDICTS = ['trusted', 'untrusted', 'invalid', 'unreadable'] as const;
export type VerificationVerdict = (typeof VERIFICATION_VERDICTS)[number];

const signerSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  fingerprint: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
});

const trustBasisSchema = z.enum(['fingerprint', 'ca', 'none']);

export const signatureReportSchema = z.object({
  /** The signature field's name (/T). */
  field: z.string(),
  /** The revision whose end the signature's /ByteRange reaches, or -1 when it ends at no revision boundary. */
  revision: z.number().int(),
  byteRange: z.array(z.number()),
  /** Cryptographically valid, exactly placed, PAdES B-B, certificate valid at the signing time. */
  valid: z.boolean(),
  trusted: z.boolean(),
  trustBasis: trustBasisSchema,
  subFilter: z.string(),
  signer: signerSchema.nullable(),
  /** Fields below are read from the signed bytes of the signature dictionary. */
  signingTime: z.string().nullable(),
  reason: z.string(),
  location: z.string(),
  signerName: z.string(),
  problems: z.array(z.string()),
});
export type SignatureReport = z.infer<typeof signatureReportSchema>;

export const revisionReportSchema = z.object({
  index: z.number().int(),
  /** Offset just after the revision's %%EOF. */
  end: z.number().int(),
  /** Objects (`num gen`) the revision adds or replaces. */
  objects: z.array(z.string()),
  /** Indexes into `signatures` of the signatures whose /ByteRange ends with this revision. */
  signedBy: z.array(z.number().int()),
});

export const verificationResultSchema = z.object({
  verdict: z.enum(VERIFICATION_VERDICTS),
  /** True only for the `trusted` verdict. */
  ok: z.boolean(),
  signed: z.boolean(),
  /** Every signature is valid (whoever made it). */
  signatureValid: z.boolean(),
  /** The newest signature covers the whole file: nothing was added after it. */
  wholeDocumentCovered: z.boolean(),
  /** Every signer is trusted. */
  trusted: z.boolean(),
  trustBasis: trustBasisSchema,
  /** The fields below describe the newest signature, as its signed bytes say. */
  subFilter: z.string(),
  signingCertificateV2: z.boolean(),
  cmsSigningTimeAbsent: z.boolean(),
  signer: signerSchema.nullable(),
  signingTime: z.string().nullable(),
  reason: z.string(),
  location: z.string(),
  signerName: z.string(),
  /** The manifest the newest signed revision references. */
  manifest: anyReportManifestSchema.nullable(),
  /** The file as a whole now references another manifest, or none. */
  manifestChangedAfterSigning: z.boolean(),
  signatures: z.array(signatureReportSchema),
  revisions: z.array(revisionReportSchema),
  /** What no signature covers: later revisions, the objects they add or replace, bytes after the last %%EOF. */
  unsignedAdditions: z.object({
    revisions: z.array(z.number().int()),
    objects: z.array(z.string()),
    trailingBytes: z.number().int(),
  }),
  /** Problems in words, one per failed check. */
  problems: z.array(z.string()),
});
export type VerificationResult = z.infer<typeof verificationResultSchema>;
