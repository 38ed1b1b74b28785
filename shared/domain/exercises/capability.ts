/**
 * The exercises capability's shared declaration: exercises (each with its frozen scenario copy), their clock and
 * inject events, evaluations, participant feedback, improvement items and the exercise programme.
 */
import type { DomainCapability } from '../capability';
import { exerciseEvaluationSchema } from './evaluation';
import { exerciseEventSchema } from './events';
import { exerciseSchema } from './exercise';
import { exerciseFeedbackSchema } from './feedback';
import { exerciseProgrammeSchema, improvementItemSchema } from './improvement';

export const exercisesDomain = {
  name: 'exercises',
  entities: {
    exercise: { table: 'exercises', schema: exerciseSchema },
    exerciseEvent: { table: 'exerciseEvents', schema: exerciseEventSchema },
    exerciseEvaluation: { table: 'exerciseEvaluations', schema: exerciseEvaluationSchema },
    exerciseFeedback: { table: 'exerciseFeedback', schema: exerciseFeedbackSchema },
    improvementItem: { table: 'improvementItems', schema: improvementItemSchema },
    exerciseProgramme: { table: 'exerciseProgramme', schema: exerciseProgrammeSchema },
  },
  auditSubjects: [],
} as const satisfies DomainCapability;
