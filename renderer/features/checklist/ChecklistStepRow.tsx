/**
 * One checklist step: its title and state, the role that owns it (and who holds that role), its absolute due time in
 * the responder's zone, overdue emphasis, who completed it and when, the reason for a skip or block, evidence, the
 * runbook's instructions, and the state changes it offers. Memoised on the row (the checklist keeps an unchanged
 * row's object), so updating one step in a 300-step checklist re-renders one row, also while its change is saved.
 */
import { memo, useRef, useState } from 'react';
import { STEP_STATE_LABELS, type ChecklistStep, type StepState } from '../../../shared/domain/runbooks/checklist';
import { formatDueOffset } from '../../../shared/domain/runbooks/runbook';
import { roleName } from '../../../shared/domain/team/team';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { LinkedEvidence } from './LinkedEvidence';
import { stepActions } from './stepActions';
import { StepInstructions } from './StepInstructions';

const STATE_TONES: Readonly<Record<StepState, BadgeTone>> = {
  todo: 'neutral',
  'in-progress': 'accent',
  done: 'success',
  skipped: 'neutral',
  blocked: 'warning',
};

/** A save slower than this shows its row's buttons as busy. */
const SLOW_SAVE_MS = 300;

export interface ChecklistStepRowProps {
  readonly step: ChecklistStep;
  /** Who holds the owning role on this incident, if anyone. */
  readonly holder: string;
  readonly overdue: boolean;
  readonly readOnly: boolean;
  /** Saves the change (or asks for a reason first); the row is busy until it settles. */
  readonly onChange: (step: ChecklistStep, to: StepState) => Promise<void>;
  readonly onAssign: (step: ChecklistStep) => void;
}

function ChecklistStepRowView({ step, holder, overdue, readOnly, onChange, onAssign }: ChecklistStepRowProps) {
  const { title } = step.step;
  // One change at a time per row. A save takes a few milliseconds, so the buttons are only shown busy when it is slow:
  // disabling them at once would flicker and make the window draw the whole page twice per click.
  const saving = useRef(false);
  const [busy, setBusy] = useState(false);
  const change = (to: StepState): void => {
    if (saving.current) return;
    saving.current = true;
    const slow = setTimeout(() => setBusy(true), SLOW_SAVE_MS);
    void onChange(step, to).finally(() => {
      clearTimeout(slow);
      saving.current = false;
      setBusy(false);
    });
  };
  const classes = ['checklist-step', `is-${step.state}`, overdue ? 'is-overdue' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} aria-label={title}>
      <div className="checklist-step-main">
        <div className="checklist-step-head">
          <span className="checklist-step-title">{title}</span>
          {step.step.critical ? <Badge tone="danger">Critical</Badge> : null}
          {step.step.evidenceRequired ? <Badge>Evidence required</Badge> : null}
          <Badge tone={STATE_TONES[step.state]}>{STEP_STATE_LABELS[step.state]}</Badge>
          {overdue ? <Badge tone="danger">Overdue</Badge> : null}
        </div>
        <p className="checklist-step-meta">
          <span>
            {roleName(step.step.ownerRole)}
            {step.assignee ? ` · ${step.assignee}` : holder ? ` · ${holder}` : ''}
          </span>
          <span>
            Due <DateTime iso={step.dueAt} /> <span className="muted">({formatDueOffset(step.step.dueMinutes)})</span>
          </span>
          {step.completedAt ? (
            <span>
              Done by {step.completedBy}, <DateTime iso={step.completedAt} />
            </span>
          ) : null}
        </p>
        {step.reason ? (
          <p className="checklist-step-reason">
            <span className="change-label">{step.state === 'blocked' ? 'Blocked:' : 'Reason:'}</span> {step.reason}
          </p>
        ) : null}
        {step.evidence.length > 0 ? (
          <ul className="checklist-step-evidence" aria-label={`Evidence for “${title}”`}>
            {step.evidence.map((evidence, index) => (
              <li key={index}>
                <span className="change-label">Evidence:</span>{' '}
                {evidence.kind === 'text' ? evidence.text : <LinkedEvidence evidenceId={evidence.evidenceId} />}
              </li>
            ))}
          </ul>
        ) : null}
        {step.step.instructions || step.step.subSteps.length > 0 ? (
          <StepInstructions instructions={step.step.instructions} subSteps={step.step.subSteps} />
        ) : null}
      </div>
      {readOnly ? null : (
        <div className="checklist-step-actions">
          {stepActions(step.state).map((action) => (
            <Button
              key={action.label}
              size="sm"
              variant={action.to === 'done' ? 'primary' : 'secondary'}
              aria-label={action.accessibleName(title)}
              disabled={busy}
              onClick={() => change(action.to)}
            >
              {action.label}
            </Button>
          ))}
          <Button size="sm" variant="ghost" aria-label={`Assign “${title}”`} onClick={() => onAssign(step)}>
            Assign
          </Button>
        </div>
      )}
    </li>
  );
}

export const ChecklistStepRow = memo(
  ChecklistStepRowView,
  (a, b) =>
    a.step === b.step &&
    a.holder === b.holder &&
    a.overdue === b.overdue &&
    a.readOnly === b.readOnly &&
    a.onChange === b.onChange &&
    a.onAssign === b.onAssign,
);
