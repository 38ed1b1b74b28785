/**
 * The exercises capability's tables, version 11 (version 10 is the scenario library's): exercises by reference and
 * planned date; their clock and inject events numbered per exercise (unique, so two facilitator windows can never
 * both append the same event) and findable by kind (the participant screen reads releases only); one evaluation per
 * exercise; feedback forms and improvement items per exercise; the exercise programme's one row.
 */
import type { EntityTable } from 'dexie';
import type { ExerciseEvaluation } from '../../../shared/domain/exercises/evaluation';
import type { ExerciseEvent } from '../../../shared/domain/exercises/events';
import type { Exercise } from '../../../shared/domain/exercises/exercise';
import type { ExerciseFeedback } from '../../../shared/domain/exercises/feedback';
import type { ExerciseProgramme, ImprovementItem } from '../../../shared/domain/exercises/improvement';
import type { StorageCapability } from '../capability';

export interface ExerciseTables {
  exercises: EntityTable<Exercise, 'id'>;
  exerciseEvents: EntityTable<ExerciseEvent, 'id'>;
  exerciseEvaluations: EntityTable<ExerciseEvaluation, 'id'>;
  exerciseFeedback: EntityTable<ExerciseFeedback, 'id'>;
  improvementItems: EntityTable<ImprovementItem, 'id'>;
  exerciseProgramme: EntityTable<ExerciseProgramme, 'id'>;
}

export const exercisesStorage = {
  name: 'exercises',
  versions: {
    11: {
      stores: {
        exercises: '&id, &ref, plannedAt',
        exerciseEvents: '&id, &[exerciseId+seq], [exerciseId+kind]',
        exerciseEvaluations: '&id, &exerciseId',
        exerciseFeedback: '&id, exerciseId',
        improvementItems: '&id, exerciseId, status',
        exerciseProgramme: '&id',
      },
    },
  },
} as const satisfies StorageCapability;
