/**
 * The HSEEP participant feedback form, filled in after the hot wash: who answers (name optional), strengths and
 * areas for improvement, corrective actions with their priority, and the eight statements of Part II rated 1
 * (strongly disagree) to 5 (strongly agree). Each submission is one record; `rollups.ts` summarises them.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { recordMetaSchema } from '../record';

/** Part II of the HSEEP participant feedback form, in its order. */
export const FEEDBACK_STATEMENTS = [
  'The exercise was well structured and organised.',
  'The exercise scenario was plausible and realistic.',
  'The facilitator was knowledgeable about the material, kept the exercise on target and was sensitive to group dynamics.',
  'The exercise documentation was useful throughout the exercise.',
  'Participation in the exercise was appropriate for someone in my position.',
  'The participants included the right people in terms of level and mix of disciplines.',
  'This exercise allowed my organisation to practise and improve priority capabilities.',
  'After this exercise, my organisation is better prepared to deal with the capabilities and threats addressed.',
] as const;

export const FEEDBACK_ROLES = ['player', 'facilitator', 'observer', 'evaluator'] as const;
export const FEEDBACK_ROLE_LABELS: Readonly<Record<(typeof FEEDBACK_ROLES)[number], string>> = {
  player: 'Player',
  facilitator: 'Facilitator',
  observer: 'Observer',
  evaluator: 'Evaluator',
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const prioritySchema = z.enum(PRIORITIES, { error: 'Choose high, medium or low.' });
export type Priority = z.infer<typeof prioritySchema>;
export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

export const agreementSchema = z
  .number({ error: 'Rate the statement from 1 to 5.' })
  .int('Rate the statement from 1 to 5.')
  .min(1, 'Rate the statement from 1 to 5.')
  .max(5, 'Rate the statement from 1 to 5.');

export const feedbackCorrectiveActionSchema = z.object({
  text: z.string().trim().min(1, 'Describe the corrective action or remove it.').max(2_000),
  priority: prioritySchema,
});

/** What a participant submits. */
export const feedbackFormSchema = z.object({
  name: z.string().trim().max(120, 'Use at most 120 characters.').default(''),
  role: z.enum(FEEDBACK_ROLES, { error: 'Choose your role in the exercise.' }),
  organisation: z.string().trim().max(200, 'Use at most 200 characters.').default(''),
  strengths: z.string().trim().max(5_000, 'Use at most 5,000 characters.').default(''),
  areasForImprovement: z.string().trim().max(5_000, 'Use at most 5,000 characters.').default(''),
  correctiveActions: z.array(feedbackCorrectiveActionSchema).max(10).default([]),
  agreement: z.array(agreementSchema).length(FEEDBACK_STATEMENTS.length, 'Rate every statement from 1 to 5.'),
});
export type FeedbackForm = z.infer<typeof feedbackFormSchema>;
export type FeedbackFormInput = z.input<typeof feedbackFormSchema>;

export const exerciseFeedbackSchema = recordMetaSchema.extend(feedbackFormSchema.shape).extend({
  exerciseId: uuidV7Schema,
});
export type ExerciseFeedback = z.infer<typeof exerciseFeedbackSchema>;
