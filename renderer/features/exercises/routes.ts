/** The exercises capability's screen addresses: the list, the planner, the facilitator and evaluation pages, and the participant (projector) screen. */
import type { PathTable, RouteOf } from '../../app/routing';

export const exercisePaths = {
  exercises: '/exercises',
  'exercise-new': '/exercises/new',
  exercise: '/exercises/:id',
  'exercise-evaluate': '/exercises/:id/evaluate',
  'exercise-participant': '/exercises/:id/participant',
} as const satisfies PathTable;
export type ExerciseRoute = RouteOf<typeof exercisePaths>;
