/** The EXERCISE marking on a practice incident's page, linking back to its exercise. */
import { routeHref } from '../../app/routes';

export function PracticeIncidentBanner({
  exercise,
}: {
  readonly exercise: { readonly exerciseId: string; readonly ref: string };
}) {
  return (
    <div className="exercise-banner" role="note" aria-label="Exercise">
      <strong>EXERCISE</strong>
      <span>
        Practice incident of exercise{' '}
        <a className="mono" href={routeHref({ name: 'exercise', id: exercise.exerciseId })}>
          {exercise.ref}
        </a>
        : not a real incident, and not counted in metrics, regulatory clocks or escalations.
      </span>
    </div>
  );
}
