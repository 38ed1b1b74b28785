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

/** What the "Record containment" (and the other milestone) dialogs send: the fact, never who or when it was written. */
export const milestoneRecordSchema = z.object({
  milestone: milestoneSchema,
  at: isoTimestampSchema,
  evidenceIds: z.array(uuidV7Schema).max(50, 'Cite at most 50 evidence items.').default([]),
  note: z.string().trim().max(2_000, 'Use at most 2,000 characters.').default(''),
});
export type MilestoneRecord = z.infer<typeof milestoneRecordSchema>;
export type MilestoneRecordInput = z.input<typeof milestoneRecordSchema>;

/** The verb a button uses to record each milestone ("Record containment"). */
export const MILESTONE_ACTIONS: Readonly<Record<Milestone, string>> = {
  impactStarted: 'Record impact start',
  acknowledged: 'Record first response',
  contained: 'Record containment',
  recovered: 'Record recovery',
};

/**
 * The order facts must keep: impact starts before anything is contained, and recovery follows containment. Returns
 * the refusal in words, or undefined. Only recorded milestones are compared; an unrecorded one says nothing.
 */
export function checkMilestoneOrder(milestones: Milestones, record: MilestoneRecord): string | undefined {
  const next: Milestones = { ...milestones, [record.milestone]: { at: record.at } as MilestoneFact };
  const pairs: ReadonlyArray<readonly [Milestone, Milestone]> = [
    ['impactStarted', 'contained'],
    ['impactStarted', 'recovered'],
    ['contained', 'recovered'],
  ];
  for (const [earlier, later] of pairs) {
    const a = next[earlier]?.at;
    const b = next[later]?.at;
    if (a !== undefined && b !== undefined && Date.parse(b) < Date.parse(a)) {
      return `${MILESTONE_LABELS[later]} cannot be before ${MILESTONE_LABELS[earlier].toLowerCase()}.`;
    }
  }
  return undefined;
}
