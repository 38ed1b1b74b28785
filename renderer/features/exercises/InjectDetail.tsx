/**
 * The selected inject on the facilitator page: what the players receive, the notes that are never shown to them,
 * the expected actions with their assessment, and skip or re-time while it is still open.
 */
import { useState } from 'react';
import { formatScenarioOffset } from '../../../shared/domain/exercises/clock';
import { actionKey, type ExerciseEvaluation } from '../../../shared/domain/exercises/evaluation';
import type { MselRow } from '../../../shared/domain/exercises/msel';
import { DELIVERY_METHOD_LABELS, INJECT_TYPE_LABELS } from '../../../shared/domain/exercises/scenario';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { ExpectedActionAssessment } from './ExpectedActionAssessment';

export function InjectDetail({
  exerciseId,
  row,
  evaluation,
  canAct,
  onSkip,
  onRetime,
}: {
  readonly exerciseId: string;
  readonly row: MselRow;
  readonly evaluation: ExerciseEvaluation | null | undefined;
  readonly canAct: boolean;
  readonly onSkip: (row: MselRow, reason: string) => void;
  readonly onRetime: (row: MselRow, minutes: number) => void;
}) {
  const { inject } = row;
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState(String(row.offsetMinutes));
  const open = row.status === 'pending' || row.status === 'due';
  return (
    <section className="panel inject-detail" aria-labelledby="inject-detail-title">
      <h2 className="panel-title" id="inject-detail-title">
        Inject {inject.sequence}: {inject.title}
      </h2>
      <p className="muted">
        {formatScenarioOffset(row.offsetMinutes)} · {INJECT_TYPE_LABELS[inject.type]} by{' '}
        {DELIVERY_METHOD_LABELS[inject.delivery]} · from {inject.from} to {inject.to}
      </p>
      <blockquote className="inject-content">{inject.content}</blockquote>
      {inject.facilitatorNotes ? (
        <div className="facilitator-note">
          <h3 className="panel-subtitle">Facilitator notes (never shown to players)</h3>
          <p>{inject.facilitatorNotes}</p>
        </div>
      ) : null}
      {inject.evaluatorNotes ? (
        <div className="facilitator-note">
          <h3 className="panel-subtitle">Evaluator notes (never shown to players)</h3>
          <p>{inject.evaluatorNotes}</p>
        </div>
      ) : null}
      <h3 className="panel-subtitle">Expected actions</h3>
      {inject.expectedActions.length === 0 ? (
        <p className="muted">No expected action is listed for this inject.</p>
      ) : (
        <ul className="expected-actions">
          {inject.expectedActions.map((action) => (
            <ExpectedActionAssessment
              key={`${inject.id}/${action.id}/${evaluation?.rev ?? 0}`}
              exerciseId={exerciseId}
              injectId={inject.id}
              action={action}
              saved={evaluation?.actions[actionKey(inject.id, action.id)]}
            />
          ))}
        </ul>
      )}
      {canAct && open ? (
        <div className="inject-changes">
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              onRetime(row, Number(minutes));
            }}
          >
            <Field label="Move to minute">
              {(control) => (
                <input
                  {...control}
                  className="input input-narrow"
                  inputMode="numeric"
                  value={minutes}
                  onChange={(event) => setMinutes(event.target.value)}
                />
              )}
            </Field>
            <Button type="submit">Re-time</Button>
          </form>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              onSkip(row, reason);
            }}
          >
            <Field label="Reason to skip" optional>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                />
              )}
            </Field>
            <Button type="submit">Skip inject</Button>
          </form>
        </div>
      ) : null}
    </section>
  );
}
