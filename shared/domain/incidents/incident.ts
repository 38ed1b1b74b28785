/**
 * The incident record: its shape (one zod schema for forms, storage, IPC and import) and the draft a responder fills
 * in to declare one. Rules that change an incident live in `lifecycle.ts`; the human reference in `reference.ts`.
 */
import { z } from 'zod';
import { personIdSchema, recordMetaSchema, personNameSchema } from '../record';
import {
  atlasTechniqueIdSchema,
  impactFlagSchema,
  incidentTypeSchema,
  jurisdictionSchema,
  phaseSchema,
  severitySchema,
} from './taxonomy';
import { isoTimestampSchema } from '../time';
import { incidentRefSchema } from '../reference';
import { uuidV7Schema } from '../ids';
import { milestonesSchema } from './milestones';

const optionalText = (max: number) =>
  z.string().trim().max(max, `Use at most ${max} characters.`).optional().default('');

export const affectedSystemSchema = z.object({
  model: z.string().trim().min(1, 'Name the model or AI system.').max(200, 'Use at most 200 characters.'),
  version: optionalText(80),
  dataset: optionalText(200),
  endpoint: optionalText(300),
  owner: optionalText(120),
});
export type AffectedSystem = z.infer<typeof affectedSystemSchema>;

/**
 * A confidential reporter's identity is withheld: it is never stored, so it cannot leak through exports or bundles.
 */
export const reporterSchema = z
  .object({
    confidential: z.boolean(),
    name: optionalText(120),
    contact: optionalText(200),
  })
  .superRefine((reporter, ctx) => {
    if (reporter.confidential && (reporter.name !== '' || reporter.contact !== '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'A confidential reporter’s name and contact are withheld; leave them empty.',
      });
    }
  });
export type Reporter = z.infer<typeof reporterSchema>;

export const roleAssignmentSchema = z.object({
  role: z.string().trim().min(1).max(80),
  primary: personNameSchema,
  /** The primary's person id (see record.ts); the name beside it is a snapshot. */
  primaryId: personIdSchema,
  backup: z.string().trim().max(120).optional().default(''),
  backupId: personIdSchema.nullable().default(null),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

const incidentBodyShape = {
  title: z
    .string()
    .trim()
    .min(4, 'Give the incident a title of at least 4 characters.')
    .max(200, 'Keep the title under 200 characters.'),
  summary: z
    .string()
    .trim()
    .min(1, 'Describe what happened, even in one sentence.')
    .max(20_000, 'Keep the summary under 20,000 characters.'),
  types: z.array(incidentTypeSchema).min(1, 'Choose at least one incident type.').max(13),
  atlasTechniques: z.array(atlasTechniqueIdSchema).max(40).default([]),
  severity: severitySchema,
  detectedAt: isoTimestampSchema,
  awareAt: isoTimestampSchema,
  affectedSystems: z.array(affectedSystemSchema).max(50).default([]),
  impactFlags: z.array(impactFlagSchema).default([]),
  jurisdictions: z.array(jurisdictionSchema).max(50).default([]),
  reporter: reporterSchema,
};

function awarenessNotBeforeDetection(value: { detectedAt: string; awareAt: string }, ctx: z.RefinementCtx): void {
  if (Date.parse(value.awareAt) < Date.parse(value.detectedAt)) {
    ctx.addIssue({
      code: 'custom',
      path: ['awareAt'],
      message: 'Awareness cannot be earlier than detection.',
    });
  }
}

/** What a responder supplies to declare an incident. */
export const incidentDraftSchema = z.object(incidentBodyShape).superRefine(awarenessNotBeforeDetection);
export type IncidentDraft = z.infer<typeof incidentDraftSchema>;
export type IncidentDraftInput = z.input<typeof incidentDraftSchema>;

export const incidentSchema = recordMetaSchema
  .extend(incidentBodyShape)
  .extend({
    ref: incidentRefSchema,
    phase: phaseSchema,
    declaredAt: isoTimestampSchema,
    /** When the incident entered each phase it has been in (latest entry wins on reopen). */
    phaseEnteredAt: z.partialRecord(phaseSchema, isoTimestampSchema),
    roles: z.array(roleAssignmentSchema).default([]),
    /** Explicitly recorded milestones (see milestones.ts); absent until someone records them. */
    milestones: milestonesSchema.default({}),
    /**
     * Set when the incident is a practice incident of a tabletop exercise: it is marked EXERCISE everywhere and never
     * counted in metrics, regulatory clocks or real escalations.
     */
    exercise: z
      .object({ exerciseId: uuidV7Schema, ref: z.string().trim().min(1).max(80) })
      .nullable()
      .default(null),
  })
  .superRefine(awarenessNotBeforeDetection);
export type Incident = z.infer<typeof incidentSchema>;

/** The fields an edit may change; phase changes go through the lifecycle instead. */
export const INCIDENT_EDITABLE_FIELDS = [
  'title',
  'summary',
  'types',
  'atlasTechniques',
  'severity',
  'detectedAt',
  'awareAt',
  'affectedSystems',
  'impactFlags',
  'jurisdictions',
  'reporter',
] as const satisfies ReadonlyArray<keyof IncidentDraft>;
