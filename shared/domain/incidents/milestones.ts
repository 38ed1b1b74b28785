/**
 * Milestones: the moments of an incident that metrics, reports and regulators read as facts — when the impact began,
 * when someone first responded, when it was contained, when service was recovered. Each is recorded explicitly (when,
 * by whom, on what evidence), never inferred from a phase change: "entered the containment phase" and "contained" are
 * different facts, and a report prints only what was recorded. Detection, awareness, declaration and closing already
 * have their own fields (`detectedAt`, `awareAt`, `declaredAt`, `phaseEnteredAt.closed`).
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { personIdSchema } from '../record';
import { isoTimestampSchema } from '../time';

export const MILESTONES = ['impactStarted', 'acknowledged', 'contained', 'recovered'] as const;
export const milestoneSchema = z.enum(MILESTONES, { error: 'Choose a milestone from the list.' });
export type Milestone = z.infer<typeof milestoneSchema>;

export const MILESTONE_LABELS: Readonly<Record<Milestone, string>> = {
  impactStarted: 'Impact started',
  acknowledged: 'First response',
  contained: 'Contained',
  recovered: 'Recovered',
};

export const milestoneFactSchema = z.object({
  /** When it happened (the fact), which may be earlier than when it was written down. */
  at: isoTimestampSchema,
  recordedBy: z.string().max(120),
  recordedById: personIdSchema,
  recordedAt: isoTimestampSchema,
  /** Evidence items that show it. */
  evidenceIds: z.array(uuidV7Schema).max(50).default([]),
  note: z.string().trim().max(2_000, 'Use at most 2,000 characters.').default(''),
});
export type MilestoneFact = z.infer<typeof milestoneFactSchema>;

export const milestonesSchema = z.partialRecord(milestoneSchema, milestoneFactSchema);
export type Milestones = z.infer<typeof milestonesSchema>;
