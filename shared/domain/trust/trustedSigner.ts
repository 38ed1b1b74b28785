/**
 * Trusted signers: the partners (and this installation's own identities) whose signed reports and, next, sync
 * bundles Firebreak calls "trusted". Each is a record — who added it, when and why are its meta and reason, and
 * removing one is an audited soft delete with its own reason. The list exports to the `firebreak-trust-store`
 * format that `firebreak-verify --trust-store` reads.
 */
import { z } from 'zod';
import { fingerprintInputSchema, fingerprintSchema } from '../../reports/trust';
import { recordMetaSchema } from '../record';

export const TRUSTED_SIGNER_KINDS = ['x509-sha256', 'ed25519-sha256'] as const;
export const TRUSTED_SIGNER_KIND_LABELS: Record<(typeof TRUSTED_SIGNER_KINDS)[number], string> = {
  'x509-sha256': 'Report certificate (X.509)',
  'ed25519-sha256': 'Bundle key (Ed25519)',
};

const labelSchema = z
  .string()
  .trim()
  .min(1, 'Name the signer as you will recognise it, e.g. “CERT Berlin report signing”.')
  .max(120, 'Use at most 120 characters.');
const reasonSchema = z
  .string()
  .trim()
  .min(1, 'Say why you trust it, e.g. how you confirmed the fingerprint with the signer.')
  .max(500, 'Use at most 500 characters.');

export const trustedSignerDraftSchema = z.object({
  kind: z.enum(TRUSTED_SIGNER_KINDS),
  fingerprint: fingerprintInputSchema,
  label: labelSchema,
  reason: reasonSchema,
});
export type TrustedSignerDraftInput = z.input<typeof trustedSignerDraftSchema>;
export type TrustedSignerDraft = z.output<typeof trustedSignerDraftSchema>;

export const trustedSignerSchema = recordMetaSchema.extend({
  kind: z.enum(TRUSTED_SIGNER_KINDS),
  fingerprint: fingerprintSchema,
  label: labelSchema,
  reason: reasonSchema,
  /** Why it was removed; set with the tombstone. */
  removedReason: z.string().max(500).nullable(),
});
export type TrustedSignerRecord = z.infer<typeof trustedSignerSchema>;

export const removalReasonSchema = z
  .string()
  .trim()
  .min(1, 'Say why this signer is no longer trusted.')
  .max(500, 'Use at most 500 characters.');
