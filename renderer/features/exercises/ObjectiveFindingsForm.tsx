/** Per objective: observations, strengths (one a line), and areas for improvement each with its root-cause analysis. */
import { useState } from 'react';
import type { EvaluationChangeInput, ObjectiveFindings } from '../../../shared/domain/exercises/evaluation';
import { uuidv7 } from '../../../shared/domain/ids';
import {
  EXERCISE_CAPABILITY_LABELS,
  type ExerciseCapability,
  type Objective,
} from '../../../shared/domain/exercises/scenario';
import { useReadOnly } from '../../app/useLegalReview';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

export function ObjectiveFindingsForm({
  objective,
  saved,
  save,
}: {
  readonly objective: Objective;
  readonly saved: ObjectiveFindings | undefined;
  readonly save: (change: EvaluationChangeInput) => Promise<string | undefined>;
}) {
  const readOnly = useReadOnly();
  const [observations, setObservations] = useState(saved?.observations ?? '');
  const [strengths, setStrengths] = useState((saved?.strengths ?? []).join('\n'));
  const [capability, setCapability] = useState<ExerciseCapability>(
    objective.capabilities[0] ?? 'coordination-decision-making',
  );
  const [issue, setIssue] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [error, setError] = useState<string | undefined>();
  const areas = saved?.areasForImprovement ?? [];

  const store = async (withArea: boolean) => {
    const findings = {
      observations,
      strengths: strengths
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
      areasForImprovement: withArea ? [...areas, { id: uuidv7(), capability, issue, rootCause }] : areas,
    };
    const problem = await save({ kind: 'objective', objectiveId: objective.id, findings });
    setError(problem);
    if (!problem && withArea) {
      setIssue('');
      setRootCause('');
    }
  };

  return (
    <div className="objective-block">
      <h3 className="capability-name">{objective.text}</h3>
      <p className="muted">{objective.capabilities.map((value) => EXERCISE_CAPABILITY_LABELS[value]).join(' · ')}</p>
      {areas.length > 0 ? (
        <ul className="afi-list" aria-label={`Areas for improvement of “${objective.text.slice(0, 40)}”`}>
          {areas.map((area) => (
            <li key={area.id}>
              <strong>{EXERCISE_CAPABILITY_LABELS[area.capability]}:</strong> {area.issue}
              <br />
              <span className="muted">Root cause: {area.rootCause}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <div className="form-stack">
          <Field label="Observations" optional>
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={2}
                value={observations}
                onChange={(event) => setObservations(event.target.value)}
              />
            )}
          </Field>
          <Field label="Strengths" optional hint="One strength a line.">
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={2}
                value={strengths}
                onChange={(event) => setStrengths(event.target.value)}
              />
            )}
          </Field>
          <Button size="sm" onClick={() => void store(false)}>
            Save observations and strengths
          </Button>
          <fieldset className="afi-form">
            <legend>Add an area for improvement</legend>
            <Field label="Capability">
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={capability}
                  onChange={(event) => {
                    const next = objective.capabilities.find((value) => value === event.target.value);
                    if (next) setCapability(next);
                  }}
                >
                  {objective.capabilities.map((value) => (
                    <option key={value} value={value}>
                      {EXERCISE_CAPABILITY_LABELS[value]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Area for improvement">
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={issue}
                  onChange={(event) => setIssue(event.target.value)}
                />
              )}
            </Field>
            <Field label="Root-cause analysis" error={error}>
              {(control) => (
                <textarea
                  {...control}
                  className="textarea"
                  rows={2}
                  value={rootCause}
                  onChange={(event) => setRootCause(event.target.value)}
                />
              )}
            </Field>
            <Button size="sm" onClick={() => void store(true)}>
              Add area for improvement
            </Button>
          </fieldset>
        </div>
      )}
    </div>
  );
}
