/**
 * The improvement plan: corrective actions that come out of an exercise's areas for improvement, tracked to done
 * (owner, due date, status), each in the AAR/IP's matrix (capability, issue, corrective action, capability element —
 * planning, organisation, equipment, training, exercise — responsible organisation, point of contact, start and
 * completion dates). A corrective action can open a draft of a runbook (`runbookDraft`), linked back to the exercise
 * and the area for improvement, so lessons flow into the checklists teams actually run.
 *
 * Also the exercise programme: how often exercises are due (quarterly unless configured).
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { personRefSchema, recordMetaSchema } from '../record';
import { exerciseCapabilitySchema } from './scenario';

export const CAPABILITY_ELEMENTS = ['planning', 'organisation', 'equipment', 'training', 'exercise'] as const;
export const capabilityElementSchema = z.enum(CAPABILITY_ELEMENTS, { error: 'Choose a capability element.' });
export type CapabilityElement = z.infer<typeof capabilityElementSchema>;
export const CAPABILITY_ELEMENT_LABELS: Readonly<Record<CapabilityElement, string>> = {
  planning: 'Planning',
  organisation: 'Organisation',
  equipment: 'Equipment',
  training: 'Training',
  exercise: 'Exercise',
};

export const IMPROVEMENT_STATUSES = ['open', 'in-progress', 'done'] as const;
export const improvementStatusSchema = z.enum(IMPROVEMENT_STATUSES);
export type ImprovementStatus = z.infer<typeof improvementStatusSchema>;
export const IMPROVEMENT_STATUS_LABELS: Readonly<Record<ImprovementStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

/** A calendar date, YYYY-MM-DD (start and completion dates are days, not instants). */
export const calendarDateSchema = z.iso.date({ error: 'Enter a date.' });

const text = (max: number, missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(max, `Use at most ${max.toLocaleString('en')} characters.`);

export const improvementDraftSchema = z
  .object({
    capability: exerciseCapabilitySchema,
    /** The area for improvement it answers (an id in the evaluation), if any. */
    areaForImprovementId: uuidV7Schema.nullable().default(null),
    issue: text(2_000, 'Describe the issue or area for improvement.'),
    correctiveAction: text(2_000, 'Describe the corrective action.'),
    element: capabilityElementSchema,
    responsibleOrganisation: text(200, 'Name the primary responsible organisation.'),
    pointOfContact: text(120, 'Name the point of contact.'),
    owner: z.string().trim().min(1, 'Name the owner.').max(120, 'Use at most 120 characters.'),
    startDate: calendarDateSchema,
    completionDate: calendarDateSchema,
  })
  .refine((draft) => draft.completionDate >= draft.startDate, {
    path: ['completionDate'],
    message: 'The completion date cannot be before the start date.',
  });
export type ImprovementDraft = z.infer<typeof improvementDraftSchema>;
export type ImprovementDraftInput = z.input<typeof improvementDraftSchema>;

export const runbookDraftLinkSchema = z.object({
  id: uuidV7Schema,
  lineageId: uuidV7Schema,
  version: z.number().int().min(1),
  title: z.string().max(200),
});

export const improvementItemSchema = recordMetaSchema.extend({
  exerciseId: uuidV7Schema,
  exerciseRef: z.string().max(80),
  capability: exerciseCapabilitySchema,
  areaForImprovementId: uuidV7Schema.nullable().default(null),
  issue: z.string().max(2_000),
  correctiveAction: z.string().max(2_000),
  element: capabilityElementSchema,
  responsibleOrganisation: z.string().max(200),
  pointOfContact: z.string().max(120),
  owner: personRefSchema,
  startDate: calendarDateSchema,
  completionDate: calendarDateSchema,
  status: improvementStatusSchema,
  doneAt: z.iso.datetime({ precision: 3 }).nullable().default(null),
  runbookDraft: runbookDraftLinkSchema.nullable().default(null),
});
export type ImprovementItem = z.infer<typeof improvementItemSchema>;

/** An improvement item still to do whose completion date has passed (`today` is a YYYY-MM-DD date). */
export function isOverdue(item: Pick<ImprovementItem, 'status' | 'completionDate'>, today: string): boolean {
  return item.status !== 'done' && item.completionDate < today;
}

/** The exercise programme: one record, how many months between exercises. */
export const DEFAULT_CADENCE_MONTHS = 3;
export const EXERCISE_PROGRAMME_ID = '01900000-0000-7000-8000-0000000e0001';
export const cadenceMonthsSchema = z
  .number({ error: 'Choose how many months between exercises.' })
  .int('Use whole months.')
  .min(1, 'Exercise at least once every 24 months and at most monthly.')
  .max(24, 'Exercise at least once every 24 months and at most monthly.');
export const exerciseProgrammeSchema = recordMetaSchema.extend({ cadenceMonths: cadenceMonthsSchema });
export type ExerciseProgramme = z.infer<typeof exerciseProgrammeSchema>;
