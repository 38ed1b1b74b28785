/**
 * Evidence items and the content they point at. An item is a mergeable record (metadata, legal hold, last
 * verification); its bytes live once per SHA-256 in `evidenceContent` with chunk rows, so identical files are stored
 * once and referenced by every item that carries them. The rules that refuse a change (legal hold, deleted items)
 * are pure functions here, used by the repository inside the write transaction.
 */
import { z } from 'zod';
import { formatBytes } from '../byteSize';
import { sha256HexSchema } from '../hashSchema';
import { personNameSchema, recordMetaSchema } from '../record';
import { subjectSchema } from '../subject';
import { isoTimestampSchema } from '../time';

/** Chunk size for stored content: large enough for throughput, small enough to keep memory bounded. */
export const EVIDENCE_CHUNK_BYTES = 8 * 1024 * 1024;

export const EVIDENCE_KINDS = ['file', 'ai-system-snapshot'] as const;
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

export const VERIFICATION_STATES = ['unverified', 'intact', 'mismatch'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];
export const VERIFICATION_LABELS: Readonly<Record<VerificationState, string>> = {
  unverified: 'Not re-verified',
  intact: 'Verified intact',
  mismatch: 'Hash mismatch',
};

const shortText = (max: number, message: string) => z.string().trim().max(max, message);

export const evidenceSourceSchema = z.object({
  system: shortText(200, 'Keep the source system under 200 characters.').default(''),
  location: shortText(500, 'Keep the location under 500 characters.').default(''),
  method: shortText(500, 'Keep the method under 500 characters.').default(''),
});
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>;

/** What a responder writes for a custody action: a reason, or to whom an item was handed. */
export const custodyReasonSchema = z.string().trim().max(2_000, 'Keep this under 2,000 characters.');

/** A hand-over of custody: to whom and why, both required (allowed on legal hold: handing over is not altering). */
export const custodyTransferSchema = z.object({
  recipient: z
    .string()
    .trim()
    .min(1, 'Say to whom the item was handed over.')
    .max(200, 'Keep the recipient under 200 characters.'),
  reason: z.string().trim().min(1, 'Say why custody passed.').max(2_000, 'Keep this under 2,000 characters.'),
});
export type CustodyTransfer = z.infer<typeof custodyTransferSchema>;

/** What a responder says about a file at intake: everything but the bytes and their hash. */
export const evidenceDetailsSchema = z.object({
  acquiredAt: isoTimestampSchema,
  acquiredBy: personNameSchema,
  source: evidenceSourceSchema,
  description: shortText(5_000, 'Keep the description under 5,000 characters.').default(''),
  tags: z
    .array(z.string().trim().min(1).max(60, 'Keep each tag under 60 characters.'))
    .max(30, 'Use at most 30 tags.')
    .default([]),
  aiSystem: shortText(200, 'Keep the AI system name under 200 characters.').default(''),
});
export type EvidenceDetails = z.infer<typeof evidenceDetailsSchema>;

/** Tags as a form edits them: one comma-separated line. */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/**
 * The details as the intake form and the edit dialog hold them (source fields side by side, tags as one line); each
 * field is the stored schema's own, so a form shows the same limits, in the same words, as storage enforces.
 */
export const evidenceDetailsFormSchema = z.object({
  system: evidenceSourceSchema.shape.system,
  location: evidenceSourceSchema.shape.location,
  method: evidenceSourceSchema.shape.method,
  aiSystem: evidenceDetailsSchema.shape.aiSystem,
  description: evidenceDetailsSchema.shape.description,
  tags: z.string().transform((text, ctx) => {
    const parsed = evidenceDetailsSchema.shape.tags.safeParse(splitTags(text));
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  }),
});
export type EvidenceDetailsFormInput = z.input<typeof evidenceDetailsFormSchema>;
export type EvidenceDetailsForm = z.output<typeof evidenceDetailsFormSchema>;

/** The state of an AI system recorded before anyone changes it (EU AI Act Art. 73(6)). */
export const aiSystemSnapshotSchema = z.object({
  modelId: z.string().trim().min(1, 'Enter the model id.').max(200),
  modelVersion: z.string().trim().min(1, 'Enter the model version.').max(100),
  weightsOrConfigHash: z.string().trim().max(200).default(''),
  systemPrompt: z.string().max(200_000, 'Keep the system prompt under 200,000 characters.').default(''),
  guardrailVersions: z.string().trim().max(2_000).default(''),
  ragIndexVersion: z.string().trim().max(200).default(''),
  capturedAt: isoTimestampSchema,
});
export type AiSystemSnapshot = z.infer<typeof aiSystemSnapshotSchema>;

/** The snapshot as its dialog asks for it: everything but the moment, which is taken when it is recorded. */
export const aiSystemSnapshotFormSchema = aiSystemSnapshotSchema.omit({ capturedAt: true });
export type AiSystemSnapshotFormInput = z.input<typeof aiSystemSnapshotFormSchema>;
export type AiSystemSnapshotForm = z.output<typeof aiSystemSnapshotFormSchema>;

export const legalHoldSchema = z.object({
  placedAt: isoTimestampSchema,
  placedBy: personNameSchema,
  reason: z.string().trim().min(1, 'Give a reason for the hold.').max(2_000),
});
export type LegalHold = z.infer<typeof legalHoldSchema>;

export const verificationSchema = z.object({
  state: z.enum(VERIFICATION_STATES),
  at: isoTimestampSchema.nullable(),
  /** The hash found by the last verification, when it ran. */
  found: sha256HexSchema.nullable(),
});
export type Verification = z.infer<typeof verificationSchema>;

export const evidenceItemSchema = recordMetaSchema.extend({
  subject: subjectSchema,
  kind: evidenceKindSchema,
  name: z.string().trim().min(1, 'The item needs a name.').max(300, 'Keep the name under 300 characters.'),
  mediaType: z.string().max(200).default('application/octet-stream'),
  size: z.number().int().min(0),
  sha256: sha256HexSchema,
  ...evidenceDetailsSchema.shape,
  snapshot: aiSystemSnapshotSchema.nullable().default(null),
  hold: legalHoldSchema.nullable().default(null),
  verification: verificationSchema.default({ state: 'unverified', at: null, found: null }),
  deleteReason: z.string().max(2_000).default(''),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** Stored bytes, addressed by their SHA-256; `chunksId` keys the chunk rows (`[chunksId+index]`). */
export const evidenceContentSchema = z.object({
  sha256: sha256HexSchema,
  chunksId: z.string().min(1),
  size: z.number().int().min(0),
  chunkBytes: z.number().int().min(1),
  chunkCount: z.number().int().min(0),
  storedAt: isoTimestampSchema,
});
export type EvidenceContent = z.infer<typeof evidenceContentSchema>;

export interface EvidenceChunk {
  readonly chunksId: string;
  readonly index: number;
  readonly data: ArrayBuffer;
}

/** How many chunks `size` bytes take. */
export function chunkCountFor(size: number, chunkBytes: number = EVIDENCE_CHUNK_BYTES): number {
  return Math.ceil(size / chunkBytes);
}

/** The changes the hold rules know about. */
export type EvidenceChange = 'edit' | 'delete' | 'place-hold' | 'lift-hold' | 'transfer';

/** Why `change` is refused for `item`, or null when it is allowed. */
export function evidenceChangeRefusal(item: EvidenceItem, change: EvidenceChange): string | null {
  if (item.deletedAt !== null) return `${item.name} was deleted; it cannot be changed.`;
  switch (change) {
    case 'edit':
      return item.hold ? `${item.name} is on legal hold, so it cannot be altered. Lift the hold first.` : null;
    case 'delete':
      return item.hold ? `${item.name} is on legal hold, so it cannot be deleted. Lift the hold first.` : null;
    case 'place-hold':
      return item.hold ? `${item.name} is already on legal hold.` : null;
    case 'lift-hold':
      return item.hold ? null : `${item.name} is not on legal hold.`;
    case 'transfer':
      // Handing held evidence over is routine; the hold stays and the chain of custody records the hand-over.
      return null;
  }
}

/** Storage headroom kept free beyond the file itself, so the browser never evicts or fails mid-write. */
export const STORAGE_MARGIN_BYTES = 64 * 1024 * 1024;

/** Why a file of `size` bytes will not fit, or null when it will. */
export function storageRefusal(size: number, estimate: { quota?: number; usage?: number }): string | null {
  if (estimate.quota === undefined) return null;
  const free = estimate.quota - (estimate.usage ?? 0);
  if (size + STORAGE_MARGIN_BYTES <= free) return null;
  return `There is not enough storage for this file: it needs ${formatBytes(size)} and ${formatBytes(Math.max(0, free - STORAGE_MARGIN_BYTES))} is free. Free some disk space and try again; nothing was stored.`;
}
