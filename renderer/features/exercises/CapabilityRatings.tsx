/** Ratings per capability target (with its critical tasks) and per capability, with the expected-action tally. */
import type { EvaluationChangeInput, ExerciseEvaluation } from '../../../shared/domain/exercises/evaluation';
import { EMPTY_EVALUATION } from '../../../shared/domain/exercises/evaluation';
import type { Exercise } from '../../../shared/domain/exercises/exercise';
import { actionTally, capabilityRollups } from '../../../shared/domain/exercises/rollups';
import { EXERCISE_CAPABILITY_LABELS } from '../../../shared/domain/exercises/scenario';
import { RatingPicker } from './RatingPicker';

export function CapabilityRatings({
  exercise,
  evaluation,
  save,
}: {
  readonly exercise: Exercise;
  readonly evaluation: ExerciseEvaluation | null;
  readonly save: (change: EvaluationChangeInput) => Promise<string | undefined>;
}) {
  const body = exercise.scenario.body;
  const current = evaluation ?? EMPTY_EVALUATION;
  const rollups = capabilityRollups(body, current);
  const tally = actionTally(body, current);
  const revision = evaluation?.rev ?? 0;
  return (
    <section className="panel" aria-labelledby="capability-ratings-title">
      <h2 className="panel-title" id="capability-ratings-title">
        Capability targets and capabilities
      </h2>
      {rollups.map((rollup) => {
        const counts = tally.get(rollup.capability);
        return (
          <div key={rollup.capability} className="capability-block">
            <h3 className="capability-name">{EXERCISE_CAPABILITY_LABELS[rollup.capability]}</h3>
            {counts ? (
              <p className="muted">
                Expected actions: {counts.met} met, {counts['partially-met']} partially met, {counts['not-met']} not
                met, {counts.unassessed} not assessed.
              </p>
            ) : null}
            {body.capabilityTargets
              .filter((target) => target.capability === rollup.capability)
              .map((target) => (
                <div key={target.id} className="target-block">
                  <p className="target-text">{target.target}</p>
                  {target.criticalTasks.length > 0 ? (
                    <ul className="critical-tasks">
                      {target.criticalTasks.map((task) => (
                        <li key={task}>{task}</li>
                      ))}
                    </ul>
                  ) : null}
                  <RatingPicker
                    key={`${target.id}-${revision}`}
                    name={`target-${target.id}`}
                    label={`Target rating: ${target.target.slice(0, 60)}${target.target.length > 60 ? '…' : ''}`}
                    saved={current.targets[target.id]}
                    onSave={(assessment) => save({ kind: 'target', targetId: target.id, assessment })}
                  />
                </div>
              ))}
            <RatingPicker
              key={`${rollup.capability}-${revision}`}
              name={`capability-${rollup.capability}`}
              label={`Capability rating: ${EXERCISE_CAPABILITY_LABELS[rollup.capability]}`}
              saved={current.capabilities[rollup.capability]}
              suggested={rollup.suggested}
              onSave={(assessment) => save({ kind: 'capability', capability: rollup.capability, assessment })}
            />
          </div>
        );
      })}
    </section>
  );
}
