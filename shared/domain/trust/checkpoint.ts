/**
 * Signed checkpoints of the audit log and the custody chains. The host signs `{installation, chain, sequence, head
 * hash, time}` with the installation's Ed25519 key, which never reaches the renderer, and keeps every checkpoint in
 * a journal outside IndexedDB. A later check of the log against them detects what the hash chain alone cannot: the
 * newest entries and the anchored head rolled back together, a chain rewritten from the start, a deleted log.
 *
 * Plain schemas only: the IPC contract (and so the preload) imports this file.
 */
import { z } from 'zod';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 hex digest.');

/** `audit` for the audit log, `custody:<item id>` for one evidence item's chain of custody. */
export const checkpointChainSchema = z
  .string()
  .regex(/^(audit|custody:[0-9a-f-]{36})$/, 'Not a chain Firebreak checkpoints.');
export type CheckpointChain = z.infer<typeof checkpointChainSchema>;

export const CHECKPOINT_REASONS = ['export', 'report', 'legal-review', 'schedule', 'verify'] as const;
export const checkpointReasonSchema = z.enum(CHECKPOINT_REASONS);
export type CheckpointReason = z.infer<typeof checkpointReasonSchema>;

export const chainHeadSchema = z
  .object({ chain: checkpointChainSchema, seq: z.number().int().min(0), headHash: sha256Hex })
  .strict();
export type ChainHead = z.infer<typeof chainHeadSchema>;

export const checkpointSchema = chainHeadSchema
  .extend({
    installationId: z.string().min(1).max(64),
    /** The host's clock when it signed. */
    at: z.string().min(1).max(40),
    reason: checkpointReasonSchema,
  })
  .strict();
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const signedCheckpointSchema = z
  .object({
    checkpoint: checkpointSchema,
    /** SHA-256 of the installation key's raw 32-byte Ed25519 public key. */
    keyFingerprint: sha256Hex,
    /** Ed25519 over the checkpoint's canonical JSON, base64. */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'Not an Ed25519 signature.'),
  })
  .strict();
export type SignedCheckpoint = z.infer<typeof signedCheckpointSchema>;

export function checkpointKey(checkpoint: Checkpoint): string {
  return `${checkpoint.chain}#${checkpoint.seq}#${checkpoint.at}`;
}

export function custodyChain(itemId: string): CheckpointChain {
  return `custody:${itemId}`;
}
