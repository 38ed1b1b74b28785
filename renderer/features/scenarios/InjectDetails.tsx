/**
 * One inject of the master scenario events list, facilitator's view: when, what type, how delivered, from whom to
 * whom, what the players receive, the expected actions (with their runbook step) and the notes players never see.
 */
import {
  DELIVERY_METHOD_LABELS,
  EXERCISE_CAPABILITY_LABELS,
  INJECT_TYPE_LABELS,
  type Inject,
} from '../../../shared/domain/exercises/scenario';
import { formatScenarioTime } from '../../../shared/domain/scenarios/library';
import { Badge } from '../../ui/Badge';
import { runbookStepKey, type RunbookStepOption } from './useRunbookSteps';

export function InjectDetails({
  inject,
  steps,
}: {
  readonly inject: Inject;
  readonly steps: ReadonlyMap<string, RunbookStepOption>;
}) {
  return (
    <li className="msel-inject">
      <details>
        <summary className="msel-summary">
          <span className="msel-seq mono">#{inject.sequence}</span>
          <span className="msel-time mono">{formatScenarioTime(inject.offsetMinutes)}</span>
          <span className="msel-title">{inject.title}</span>
          <span className="msel-badges">
            <Badge tone="neutral">{INJECT_TYPE_LABELS[inject.type]}</Badge>
            {inject.contingency ? <Badge tone="warning">Contingency</Badge> : null}
          </span>
        </summary>
        <dl className="msel-facts">
          <div>
            <dt>Delivery</dt>
            <dd>{DELIVERY_METHOD_LABELS[inject.delivery]}</dd>
          </div>
          <div>
            <dt>From</dt>
            <dd>{inject.from}</dd>
          </div>
          <div>
            <dt>To</dt>
            <dd>{inject.to}</dd>
          </div>
        </dl>
        <p className="msel-content">{inject.content}</p>
        <h4 className="msel-subtitle">Expected actions</h4>
        {inject.expectedActions.length === 0 ? (
          <p className="muted">None written.</p>
        ) : (
          <ul className="msel-actions">
            {inject.expectedActions.map((action) => {
              const step = action.runbookStep ? steps.get(runbookStepKey(action.runbookStep)) : undefined;
              return (
                <li key={action.id}>
                  {action.text} <span className="muted">({EXERCISE_CAPABILITY_LABELS[action.capability]})</span>
                  {action.runbookStep ? (
                    <span className="msel-step">
                      Runbook step:{' '}
                      {step ? `${step.runbook} › ${step.step}` : `${action.runbookStep.stepId} (not in this library)`}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {inject.evaluatorNotes ? (
          <p className="msel-note">
            <strong>Evaluator notes (not shown to players):</strong> {inject.evaluatorNotes}
          </p>
        ) : null}
        {inject.facilitatorNotes ? (
          <p className="msel-note">
            <strong>Facilitator notes (not shown to players):</strong> {inject.facilitatorNotes}
          </p>
        ) : null}
      </details>
    </li>
  );
}
