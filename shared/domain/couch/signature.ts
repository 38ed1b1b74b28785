/**
 * The signature block every live sync revision carries. Kept apart from `revision.ts` (which hashes) so the IPC
 * contract, and with it the preload, needs nothing but zod.
 */
import { z } from 'zod';

export const revisionSignatureSchema = z
  .object({
    /** The installation that wrote this revision, as it claims. */
    installationId: z.string().min(1).max(64),
    siteCode: z.string().max(32),
    /** SHA-256 of the raw Ed25519 public key, hex (the trust store's `ed25519-sha256` fingerprint). */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    /** The raw 32-byte public key, base64. */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    /** Ed25519 over the UTF-8 of the signed content, base64. */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();
export type RevisionSignature = z.infer<typeof revisionSignatureSchema>;
