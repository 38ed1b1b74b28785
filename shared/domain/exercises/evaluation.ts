/**
 * HSEEP evaluation of an exercise: per expected action met / partially met / not met; P/S/M/U ratings per capability
 * target and per capability with the exact definitions of the AAR/IP template; per objective the observations,
 * strengths and areas for improvement with the analysis of their root cause. One record per exercise, edited by the
 * evaluators; the roll-ups in `rollups.ts` read it.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { recordMetaSchema } from '../record';
import { exerciseCapabilitySchema } from './scenario';

export const HSEEP_RATINGS = ['P', 'S', 'M', 'U'] as const;
export const hseepRatingSchema = z.enum(HSEEP_RATINGS, { error: 'Choose P, S, M or U.' });
export type HseepRating = z.infer<typeof hseepRatingSchema>;

export const HSEEP_RATING_LABELS: Readonly<Record<HseepRating, string>> = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to be performed',
};

const ACHIEVED =
  'The targets and critical tasks associated with the capability were completed in a manner that achieved the ' +
  'objective(s)';

/** The ratings definitions of the HSEEP AAR/IP template (M still achieves the objective). */
export const HSEEP_RATING_DEFINITIONS: Readonly<Record<HseepRating, string>> = {
  P:
    `${ACHIEVED} and did not negatively impact the performance of other activities. Performance of this activity ` +
    'did not contribute to additional health and/or safety risks for the public or for emergency workers, and it ' +
    'was conducted in accordance with applicable plans, policies, procedures, regulations, and laws.',
  S:
    `${ACHIEVED} and did not negatively impact the performance of other activities. Performance of this activity ` +
    'did not contribute to additional health and/or safety risks for the public or for emergency workers, and it ' +
    'was conducted in accordance with applicable plans, policies, procedures, regulations, and laws. However, ' +
    'opportunities to enhance effectiveness and/or efficiency were identified.',
  M:
    `${ACHIEVED}; however, the completion negatively impacted the performance of other activities, contributed to ` +
    'additional health and/or safety risks for the public or for emergency workers, and/or was not conducted in ' +
    'accordance with applicable plans, policies, procedures, regulations, and laws.',
  U:
    'The targets and critical tasks associated with the capability were not performed in a manner that achieved ' +
    'the objective(s).',
};

export const ACTION_RESULTS = ['met', 'partially-met', 'not-met'] as const;
export const actionResultSchema = z.enum(ACTION_RESULTS, { error: 'Choose met, partially met or not met.' });
export type ActionResult = z.infer<typeof actionResultSchema>;
export const ACTION_RESULT_LABELS: Readonly<Record<ActionResult, string>> = {
  met: 'Met',
  'partially-met': 'Partially met',
  'not-met': 'Not met',
};

const note = z.string().trim().max(5_000, 'Use at most 5,000 characters.').default('');

export const actionAssessmentSchema = z.object({ result: actionResultSchema, note });
export type ActionAssessment = z.infer<typeof actionAssessmentSchema>;

export const ratingAssessmentSchema = z.object({ rating: hseepRatingSchema, note });
export type RatingAssessment = z.infer<typeof ratingAssessmentSchema>;

export const areaForImprovementSchema = z.object({
  /** Stable within the evaluation, so improvement items and runbook drafts can name it. */
  id: uuidV7Schema,
  capability: exerciseCapabilitySchema,
  issue: z.string().trim().min(1, 'Describe the area for improvement.').max(2_000, 'Use at most 2,000 characters.'),
  /** The analysis of its root cause. */
  rootCause: z
    .string()
    .trim()
    .min(1, 'Write the analysis of the root cause.')
    .max(5_000, 'Use at most 5,000 characters.'),
});
export type AreaForImprovement = z.infer<typeof areaForImprovementSchema>;

export const objectiveFindingsSchema = z.object({
  observations: note,
  strengths: z.array(z.string().trim().min(1, 'Write the strength or remove it.').max(2_000)).max(30).default([]),
  areasForImprovement: z.array(areaForImprovementSchema).max(30).default([]),
});
export type ObjectiveFindings = z.infer<typeof objectiveFindingsSchema>;

/** Keys of `actions`: `<injectId>/<actionId>`, since action ids are unique only within an inject. */
export function actionKey(injectId: string, actionId: string): string {
  return `${injectId}/${actionId}`;
}

export const exerciseEvaluationSchema = recordMetaSchema.extend({
  exerciseId: uuidV7Schema,
  actions: z.record(z.string().max(140), actionAssessmentSchema).default({}),
  /** By capability target id. */
  targets: z.record(z.string().max(64), ratingAssessmentSchema).default({}),
  capabilities: z.partialRecord(exerciseCapabilitySchema, ratingAssessmentSchema).default({}),
  /** By objective id. */
  objectives: z.record(z.string().max(64), objectiveFindingsSchema).default({}),
});
export type ExerciseEvaluation = z.infer<typeof exerciseEvaluationSchema>;
export type EvaluationBody = Pick<ExerciseEvaluation, 'actions' | 'targets' | 'capabilities' | 'objectives'>;

/** One evaluator change, as the screens send it. */
export const evaluationChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('action'),
    injectId: z.string().max(64),
    actionId: z.string().max(64),
    assessment: actionAssessmentSchema,
  }),
  z.object({ kind: z.literal('target'), targetId: z.string().max(64), assessment: ratingAssessmentSchema }),
  z.object({ kind: z.literal('capability'), capability: exerciseCapabilitySchema, assessment: ratingAssessmentSchema }),
  z.object({ kind: z.literal('objective'), objectiveId: z.string().max(64), findings: objectiveFindingsSchema }),
]);
export type EvaluationChange = z.infer<typeof evaluationChangeSchema>;
export type EvaluationChangeInput = z.input<typeof evaluationChangeSchema>;

export const EMPTY_EVALUATION: EvaluationBody = { actions: {}, targets: {}, capabilities: {}, objectives: {} };

/** The evaluation with one change applied (pure; the repository stores the result). */
export function applyEvaluationChange(current: EvaluationBody, change: EvaluationChange): EvaluationBody {
  switch (change.kind) {
    case 'action':
      return {
        ...current,
        actions: { ...current.actions, [actionKey(change.injectId, change.actionId)]: change.assessment },
      };
    case 'target':
      return { ...current, targets: { ...current.targets, [change.targetId]: change.assessment } };
    case 'capability':
      return { ...current, capabilities: { ...current.capabilities, [change.capability]: change.assessment } };
    case 'objective':
      return { ...current, objectives: { ...current.objectives, [change.objectiveId]: change.findings } };
  }
}
