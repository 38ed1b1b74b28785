/**
 * The post-incident review: one per incident, its own subject (kind `review`, reference PIR-…), written blamelessly
 * after the incident is under control. It holds the summary, the impact (who and what, customer-impact start and
 * end), entries picked from the incident's own timeline with annotations (never retyped), the root-cause analysis
 * (primary cause, contributing factors and trigger, each categorised and tagged with AVID effect codes and MITRE
 * ATLAS techniques; an optional five-whys chain), how the incident was detected, the lessons (went well, went wrong,
 * got lucky), optional CSET harm fields, and — instead of a completed review — a waiver with reason and approver.
 * One schema serves the form (`reviewFormSchema`), storage (`reviewSchema`), the report and the exports.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { personIdSchema, recordMetaSchema } from '../record';
import { subjectSchema, type Subject } from '../subject';
import { atlasTechniqueIdSchema } from '../incidents/taxonomy';
import { isoTimestampSchema } from '../time';
import { avidLifecycleSchema, avidSepSchema } from './avidTaxonomy';
import { CAUSE_CATEGORIES } from './causeCategories';
import { csetHarmSchema } from './cset';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString('en')} characters.`)
    .default('');

/** An optional time: the form's empty date field reads as '' and is stored as null. */
const optionalTimeSchema = z
  .union([isoTimestampSchema, z.literal('')])
  .nullable()
  .default(null)
  .transform((value) => (value === '' ? null : value));

export { CAUSE_CATEGORIES, CAUSE_CATEGORY_HINTS, CAUSE_CATEGORY_LABELS, type CauseCategory } from './causeCategories';
export const causeCategorySchema = z.enum(CAUSE_CATEGORIES, { error: 'Choose a category from the list.' });

export const causeSchema = z.object({
  text: text(4_000),
  /** Empty until the reviewer chooses one; completing the review requires it. */
  category: z.union([causeCategorySchema, z.literal('')]).default(''),
  avid: z.array(avidSepSchema).max(20).default([]),
  atlas: z.array(atlasTechniqueIdSchema).max(20).default([]),
});
export type Cause = z.infer<typeof causeSchema>;

export const DETECTION_METHODS = ['user-report', 'monitoring', 'alerting', 'red-team', 'other'] as const;
export const detectionMethodSchema = z.enum(DETECTION_METHODS, { error: 'Choose how it was found.' });
export type DetectionMethod = z.infer<typeof detectionMethodSchema>;
export const DETECTION_METHOD_LABELS: Readonly<Record<DetectionMethod, string>> = {
  'user-report': 'User report',
  monitoring: 'Monitoring (someone looking at dashboards)',
  alerting: 'Automated alerting',
  'red-team': 'Red team or evaluation',
  other: 'Other',
};

/** A timeline entry of the incident picked into the review, with the reviewer's annotation. */
export const pickedEntrySchema = z.object({ entryId: uuidV7Schema, annotation: text(2_000) });
export type PickedEntry = z.infer<typeof pickedEntrySchema>;

const reviewBodyShape = {
  summary: text(20_000),
  impact: z
    .object({
      who: text(2_000),
      what: text(4_000),
      customerImpactStart: optionalTimeSchema,
      customerImpactEnd: optionalTimeSchema,
    })
    .default({ who: '', what: '', customerImpactStart: null, customerImpactEnd: null }),
  timeline: z.array(pickedEntrySchema).max(500).default([]),
  rootCause: z
    .object({
      primary: causeSchema.default({ text: '', category: '', avid: [], atlas: [] }),
      contributing: z.array(causeSchema).max(20, 'List at most 20 contributing factors.').default([]),
      trigger: causeSchema.default({ text: '', category: '', avid: [], atlas: [] }),
      lifecycle: z.array(avidLifecycleSchema).max(6).default([]),
      fiveWhys: z.array(text(1_000)).max(5, 'Five whys are at most five.').default([]),
    })
    .default({
      primary: { text: '', category: '', avid: [], atlas: [] },
      contributing: [],
      trigger: { text: '', category: '', avid: [], atlas: [] },
      lifecycle: [],
      fiveWhys: [],
    }),
  detection: z
    .object({ method: z.union([detectionMethodSchema, z.literal('')]).default(''), detail: text(2_000) })
    .default({ method: '', detail: '' }),
  wentWell: text(10_000),
  wentWrong: text(10_000),
  gotLucky: text(10_000),
  cset: csetHarmSchema.nullable().default(null),
};

function impactEndAfterStart(
  value: { impact: { customerImpactStart: string | null; customerImpactEnd: string | null } },
  ctx: z.RefinementCtx,
): void {
  const { customerImpactStart: start, customerImpactEnd: end } = value.impact;
  if (start !== null && end !== null && Date.parse(end) < Date.parse(start)) {
    ctx.addIssue({
      code: 'custom',
      path: ['impact', 'customerImpactEnd'],
      message: 'Customer impact cannot end before it started.',
    });
  }
}

/** What the review form edits: everything but the status, the waiver and the meta fields. */
export const reviewFormSchema = z.object(reviewBodyShape).superRefine(impactEndAfterStart);
export type ReviewForm = z.infer<typeof reviewFormSchema>;
export type ReviewFormInput = z.input<typeof reviewFormSchema>;

export const REVIEW_STATUSES = ['draft', 'complete'] as const;
export const REVIEW_STATUS_LABELS = { draft: 'Draft', complete: 'Complete' } as const;

/** A recorded decision to close without a completed review: why, and who approved it. */
export const waiverSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(10, 'Say why this incident can close without a review (at least 10 characters).')
    .max(2_000, 'Use at most 2,000 characters.'),
  approver: z.string().trim().min(1).max(120),
  approverId: personIdSchema,
  recordedBy: z.string().max(120),
  recordedById: personIdSchema,
  recordedAt: isoTimestampSchema,
});
export type Waiver = z.infer<typeof waiverSchema>;

/** What the waiver dialog asks for; the approver is a person of the directory. */
export const waiverRequestSchema = z.object({
  reason: waiverSchema.shape.reason,
  approverId: z.string().min(1, 'Choose who approved the waiver.').pipe(personIdSchema),
});
export type WaiverRequest = z.infer<typeof waiverRequestSchema>;

export const reviewRefSchema = z
  .string()
  .regex(/^PIR-\d{4}-(?:[A-Z][A-Z0-9]{1,5}-)?\d{4,}$/, 'A review reference looks like PIR-2026-LON-0042.');

export const reviewSchema = recordMetaSchema
  .extend(reviewBodyShape)
  .extend({
    /** The incident the review is about (kind `incident`). */
    subject: subjectSchema,
    ref: reviewRefSchema,
    status: z.enum(REVIEW_STATUSES),
    completedAt: isoTimestampSchema.nullable().default(null),
    completedBy: z.string().max(120).default(''),
    waiver: waiverSchema.nullable().default(null),
  })
  .superRefine(impactEndAfterStart);
export type Review = z.infer<typeof reviewSchema>;

/** The review's reference, made from its incident's: INC-2026-LON-0042 → PIR-2026-LON-0042 (one review an incident). */
export function reviewRefOf(incidentRef: string): string {
  return `PIR-${incidentRef.replace(/^INC-/, '')}`;
}

/** The review as a subject: action items and the review PDF are about it. */
export function reviewSubject(review: { readonly id: string; readonly ref: string }): Subject {
  return { kind: 'review', id: review.id, ref: review.ref };
}

/**
 * What completing a review needs, in words (empty when it may complete): a summary, a categorised primary cause, a
 * trigger, how the incident was detected, and customer impact times that agree with each other.
 */
export function reviewCompletionProblems(review: ReviewForm): string[] {
  const problems: string[] = [];
  if (review.summary === '') problems.push('Write a summary of what happened.');
  if (review.rootCause.primary.text === '') problems.push('Describe the primary cause.');
  if (review.rootCause.primary.category === '') problems.push('Choose a category for the primary cause.');
  if (review.rootCause.trigger.text === '') problems.push('Describe what triggered the incident.');
  if (review.detection.method === '') problems.push('Say how the incident was detected.');
  if (review.rootCause.contributing.some((cause) => cause.text === ''))
    problems.push('Describe each contributing factor, or remove the empty one.');
  return problems;
}
