/**
 * Timeline entries: what happened on a subject (an incident today; an exercise, review or filing tomorrow), by whom,
 * with the event time (when it happened) kept apart from the entry time (`createdAt`, when it was written down).
 * Responders write notes, decisions, actions and communications; the lifecycle writes declarations, phase changes
 * and edits.
 */
import { z } from 'zod';
import { personIdSchema, recordMetaSchema } from './record';
import { phaseSchema } from './incidents/taxonomy';
import { milestoneSchema } from './incidents/milestones';
import { isoTimestampSchema } from './time';
import { uuidV7Schema } from './ids';
import { subjectSchema } from './subject';

export const WRITTEN_ENTRY_KINDS = ['note', 'decision', 'action', 'communication'] as const;
export const writtenEntryKindSchema = z.enum(WRITTEN_ENTRY_KINDS, { error: 'Choose what kind of entry this is.' });
export type WrittenEntryKind = z.infer<typeof writtenEntryKindSchema>;

export const ENTRY_KIND_LABELS = {
  note: 'Note',
  decision: 'Decision',
  action: 'Action',
  communication: 'Communication',
  declared: 'Declared',
  'phase-change': 'Phase change',
  edit: 'Edit',
  'runbook-applied': 'Runbook applied',
  'checklist-step': 'Checklist',
  'gate-override': 'Phase gate overridden',
  role: 'Role',
  escalation: 'Escalation',
  milestone: 'Milestone',
  correction: 'Correction',
  'evidence-added': 'Evidence',
  link: 'Link',
} as const;

const entryText = z
  .string()
  .trim()
  .min(1, 'Write what happened.')
  .max(10_000, 'Keep an entry under 10,000 characters.');

/** What a responder writes on the timeline. */
export const writtenEntryDraftSchema = z.object({
  kind: writtenEntryKindSchema,
  text: entryText,
  occurredAt: isoTimestampSchema,
});
export type WrittenEntryDraft = z.infer<typeof writtenEntryDraftSchema>;

/** Entries a responder wrote can be corrected; what the lifecycle wrote is corrected by the lifecycle itself. */
export function isCorrectable(kind: string): kind is WrittenEntryKind {
  return (WRITTEN_ENTRY_KINDS as readonly string[]).includes(kind);
}

/**
 * A correction of a written entry: appended, never an edit, so the original stays on the record. The newest
 * correction of an entry supersedes it; screens strike the original through and reports print the corrected text.
 */
export const correctionDraftSchema = z.object({
  correctsId: uuidV7Schema,
  text: entryText,
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the entry is corrected.')
    .max(2_000, 'Keep the reason under 2,000 characters.'),
});
export type CorrectionDraft = z.infer<typeof correctionDraftSchema>;

export const fieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

const entryBase = recordMetaSchema.extend({
  subject: subjectSchema,
  occurredAt: isoTimestampSchema,
});

export const timelineEntrySchema = z.discriminatedUnion('kind', [
  entryBase.extend({ kind: writtenEntryKindSchema, text: entryText }),
  entryBase.extend({ kind: z.literal('declared'), text: z.string() }),
  entryBase.extend({
    kind: z.literal('phase-change'),
    from: phaseSchema,
    to: phaseSchema,
    reason: z.string().max(2_000).default(''),
    text: z.string(),
  }),
  entryBase.extend({
    kind: z.literal('edit'),
    changes: z.array(fieldChangeSchema).min(1),
    /** Why, when the edit needs one (lowering the severity). */
    reason: z.string().max(2_000).default(''),
    text: z.string(),
  }),
  // Runbooks, checklists and the response team (see checklist.ts and team.ts).
  entryBase.extend({
    kind: z.literal('runbook-applied'),
    runbookId: uuidV7Schema,
    runbookVersion: z.number().int().min(1),
    text: z.string(),
  }),
  entryBase.extend({
    kind: z.literal('checklist-step'),
    checklistStepId: uuidV7Schema,
    state: z.string().max(40),
    reason: z.string().max(2_000).default(''),
    text: z.string(),
  }),
  entryBase.extend({
    kind: z.literal('gate-override'),
    from: phaseSchema,
    to: phaseSchema,
    reason: z.string().min(1).max(2_000),
    openSteps: z.array(z.string()).min(1),
    text: z.string(),
  }),
  entryBase.extend({
    kind: z.literal('role'),
    role: z.string().max(80),
    primary: z.string().max(120),
    primaryId: personIdSchema,
    backup: z.string().max(120).default(''),
    backupId: personIdSchema.nullable().default(null),
    text: z.string(),
  }),
  entryBase.extend({ kind: z.literal('escalation'), ruleId: uuidV7Schema, text: z.string() }),
  // A milestone recorded as a fact (see incidents/milestones.ts); `occurredAt` is the fact's time.
  entryBase.extend({
    kind: z.literal('milestone'),
    milestone: milestoneSchema,
    evidenceIds: z.array(uuidV7Schema).max(50).default([]),
    note: z.string().max(2_000).default(''),
    /** The time it replaced, when an earlier record of the same milestone is corrected. */
    replacedAt: isoTimestampSchema.nullable().default(null),
    text: z.string(),
  }),
  // A correction (see correctionDraftSchema); `occurredAt` is the corrected entry's, so it sits beside it.
  entryBase.extend({
    kind: z.literal('correction'),
    correctsId: uuidV7Schema,
    text: entryText,
    reason: z.string().min(1).max(2_000),
  }),
  // An evidence item taken into the locker for this incident (see evidence/); `occurredAt` is the intake time.
  entryBase.extend({ kind: z.literal('evidence-added'), evidenceId: uuidV7Schema, text: z.string() }),
  // A link to another incident made or removed (see observables/incidentLink.ts); written on both incidents.
  entryBase.extend({ kind: z.literal('link'), linkId: uuidV7Schema, text: z.string() }),
]);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type TimelineEntryKind = TimelineEntry['kind'];

export type CorrectionEntry = Extract<TimelineEntry, { kind: 'correction' }>;

/** Each corrected entry's id → its newest correction (by when it was written), over the live entries. */
export function latestCorrections(entries: readonly TimelineEntry[]): Map<string, CorrectionEntry> {
  const latest = new Map<string, CorrectionEntry>();
  for (const entry of entries) {
    if (entry.kind !== 'correction' || entry.deletedAt !== null) continue;
    const known = latest.get(entry.correctsId);
    if (!known || known.createdAt.localeCompare(entry.createdAt) < 0) latest.set(entry.correctsId, entry);
  }
  return latest;
}
