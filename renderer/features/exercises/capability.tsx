/**
 * The exercises capability's screens and navigation: the exercise list (with the next one due and the open
 * improvement items), the planner, the facilitator page, evaluation and the AAR/IP, and the participant screen for
 * the projector, which the shell shows full-screen without navigation (`bare`).
 */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { ExerciseRoute } from './routes';

// Loaded on first visit, so the console's start does not carry the exercise screens.
const EvaluationScreen = lazyScreen(() => import('./EvaluationScreen'), 'EvaluationScreen');
const ExercisesScreen = lazyScreen(() => import('./ExercisesScreen'), 'ExercisesScreen');
const FacilitatorScreen = lazyScreen(() => import('./FacilitatorScreen'), 'FacilitatorScreen');
const ParticipantScreen = lazyScreen(() => import('./ParticipantScreen'), 'ParticipantScreen');
const PlanExerciseScreen = lazyScreen(() => import('./PlanExerciseScreen'), 'PlanExerciseScreen');

export const exercisesFeature = {
  name: 'exercises',
  screens: {
    exercises: () => <ExercisesScreen />,
    'exercise-new': () => <PlanExerciseScreen />,
    exercise: (route) => <FacilitatorScreen key={route.id} id={route.id} />,
    'exercise-evaluate': (route) => <EvaluationScreen key={route.id} id={route.id} />,
    'exercise-participant': (route) => <ParticipantScreen key={route.id} id={route.id} />,
  },
  navigation: [
    {
      label: 'Exercises',
      route: { name: 'exercises' },
      icon: 'flag',
      matches: ['exercises', 'exercise-new', 'exercise', 'exercise-evaluate'],
    },
  ],
  editors: ['exercise-new'],
  bare: ['exercise-participant'],
} as const satisfies FeatureCapability<ExerciseRoute>;
