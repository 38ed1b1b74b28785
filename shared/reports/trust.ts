/**
 * The trust model shared by the PDF verifier and (next) sync bundles: a signer is identified by the SHA-256
 * fingerprint of its DER certificate (`x509-sha256`) or of its raw Ed25519 public key (`ed25519-sha256`). The
 * trusted-signers list the app keeps is exported in the `firebreak-trust-store` format below and read back by
 * `firebreak-verify --trust-store`.
 */
import { z } from 'zod';

export const TRUST_STORE_FORMAT = 'firebreak-trust-store';

const fingerprintHexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 fingerprint (64 hex digits).');

/**
 * A fingerprint as people paste it: hex with or without colons or spaces, any case. Returns the canonical form
 * (64 lower-case hex digits) or `undefined` when it is not one.
 */
export function normalizeFingerprint(text: string): string | undefined {
  const canonical = text.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(canonical) ? canonical : undefined;
}

/** `AB:CD:…`: the form printed for people to compare out of band. */
export function formatFingerprint(fingerprint: string): string {
  return (fingerprint.toUpperCase().match(/.{1,2}/g) ?? []).join(':');
}

/** A fingerprint in any of the forms people paste, parsed to the canonical 64 lower-case hex digits. */
export const fingerprintInputSchema = z
  .string()
  .max(200)
  .transform((value, context) => {
    const canonical = normalizeFingerprint(value);
    if (canonical === undefined) {
      context.addIssue({ code: 'custom', message: 'Not a SHA-256 fingerprint (64 hex digits).' });
      return z.NEVER;
    }
    return canonical;
  });

export const trustedSignerSchema = z.object({
  kind: z.enum(['x509-sha256', 'ed25519-sha256']),
  fingerprint: fingerprintInputSchema,
  label: z.string().max(200),
  addedBy: z.string().max(200),
  addedAt: z.string(),
  reason: z.string().max(1000),
});
export type TrustedSigner = z.output<typeof trustedSignerSchema>;

export const trustStoreSchema = z.object({
  format: z.literal(TRUST_STORE_FORMAT),
  version: z.literal(1),
  signers: z.array(trustedSignerSchema).max(10_000),
});
export type TrustStore = z.output<typeof trustStoreSchema>;

/** Canonical fingerprints, as results carry them. */
export const fingerprintSchema = fingerprintHexSchema;
