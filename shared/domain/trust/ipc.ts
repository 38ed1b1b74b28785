/** The trust capability's IPC slice: the host signs checkpoints with the installation key and lists its journal. */
import { z } from 'zod';
import { chainHeadSchema, checkpointReasonSchema, signedCheckpointSchema } from './checkpoint';

export const signCheckpointsRequestSchema = z
  .object({
    installationId: z.string().min(1).max(64),
    reason: checkpointReasonSchema,
    heads: z.array(chainHeadSchema).min(1).max(20_000),
  })
  .strict();

export const checkpointJournalSchema = z.object({
  /** Null when this host has no installation key yet (nothing was ever checkpointed). */
  keyFingerprint: z.string().nullable(),
  /** Every checkpoint in the host's journal whose signature verifies with the installation key. */
  checkpoints: z.array(signedCheckpointSchema),
  /** Journal lines that could not be read or do not verify, in words. */
  problems: z.array(z.string()),
});
export type CheckpointJournal = z.infer<typeof checkpointJournalSchema>;

export const trustIpc = {
  'checkpoints:sign': {
    request: signCheckpointsRequestSchema,
    response: z.object({ signed: z.array(signedCheckpointSchema) }),
  },
  'checkpoints:list': { request: z.object({}).strict(), response: checkpointJournalSchema },
} as const;
