/** The exercise list: when the next exercise is due, every exercise with its status, and the open improvement items. */
import { useLiveQuery } from 'dexie-react-hooks';
import { EXERCISE_STATUS_LABELS } from '../../../shared/domain/exercises/exercise';
import { useDatabase } from '../../app/DatabaseContext';
import { navigate } from '../../app/routeStore';
import { routeHref } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useReadOnly } from '../../app/useLegalReview';
import { liveExercises, openImprovementItems } from '../../db/exercises/queries';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ImprovementItemsTable } from './ImprovementItemsTable';
import { NextExerciseDue } from './NextExerciseDue';

export function ExercisesScreen() {
  useDocumentTitle('Exercises');
  const db = useDatabase();
  const readOnly = useReadOnly();
  const exercises = useLiveQuery(() => liveExercises(db), [db]);
  const open = useLiveQuery(() => openImprovementItems(db), [db]);
  return (
    <div className="screen screen-exercises">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Exercises</h1>
          <p className="screen-subtitle">
            Tabletop exercises: run a scenario with timed injects, score the team against expected actions, and turn the
            lessons into an improvement plan.
          </p>
        </div>
        {readOnly ? null : (
          <div className="screen-actions">
            <Button variant="primary" icon="plus" onClick={() => navigate({ name: 'exercise-new' })}>
              Plan an exercise
            </Button>
          </div>
        )}
      </header>
      <NextExerciseDue />
      {exercises === undefined ? <p className="muted">Loading exercises…</p> : null}
      {exercises?.length === 0 ? (
        <EmptyState icon="flag" title="No exercises yet">
          Plan one from a built-in scenario: choose the scenario, the facilitator and the players, and optionally a
          practice incident with a runbook applied.
        </EmptyState>
      ) : null}
      {exercises && exercises.length > 0 ? (
        <section className="panel" aria-labelledby="exercise-list-title">
          <h2 className="panel-title" id="exercise-list-title">
            All exercises
          </h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Title</th>
                <th scope="col">Scenario</th>
                <th scope="col">Planned</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {exercises.map((exercise) => (
                <tr key={exercise.id}>
                  <td className="mono">{exercise.ref}</td>
                  <td>
                    <a href={routeHref({ name: 'exercise', id: exercise.id })}>{exercise.title}</a>
                  </td>
                  <td>
                    {exercise.scenario.body.overview.name} (v{exercise.scenario.version})
                  </td>
                  <td>
                    <DateTime iso={exercise.plannedAt} />
                  </td>
                  <td>
                    <Badge
                      tone={
                        exercise.status === 'running' ? 'warning' : exercise.status === 'ended' ? 'neutral' : 'accent'
                      }
                    >
                      {EXERCISE_STATUS_LABELS[exercise.status]}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="open-items-title">
        <h2 className="panel-title" id="open-items-title">
          Open improvement items
        </h2>
        {open === undefined ? null : open.length === 0 ? (
          <p className="muted">No improvement item is open. Items come from an exercise’s evaluation.</p>
        ) : (
          <ImprovementItemsTable items={open} showExercise />
        )}
      </section>
    </div>
  );
}
