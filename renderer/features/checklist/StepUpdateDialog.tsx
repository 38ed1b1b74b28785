/**
 * Asks for what a state change needs: the reason for skipping or blocking a step, or a reference to the evidence
 * that an evidence step was done. The rule itself is the shared one (checkStepUpdate), enforced again on save.
 */
import { useState, type FormEvent } from 'react';
import { STEP_STATE_LABELS, type ChecklistStep, type StepState } from '../../../shared/domain/checklist';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { updateChecklistStep } from '../../db/checklists';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';

const TITLES: Partial<Record<StepState, string>> = {
  skipped: 'Skip step',
  blocked: 'Mark step blocked',
  done: 'Complete step with evidence',
};

export function StepUpdateDialog({
  step,
  to,
  onClose,
}: {
  readonly step: ChecklistStep;
  readonly to: StepState;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const needsEvidence = to === 'done';

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const trimmed = text.trim();
      await updateChecklistStep(
        db,
        actor,
        step.id,
        needsEvidence
          ? { state: to, evidence: trimmed ? [...step.evidence, { kind: 'text', text: trimmed }] : step.evidence }
          : { state: to, reason: trimmed },
      );
      showToast('success', `${STEP_STATE_LABELS[to]}: ${step.step.title}`);
      onClose();
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog open title={TITLES[to] ?? 'Change step'} description={<strong>{step.step.title}</strong>} onClose={onClose}>
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          label={needsEvidence ? 'Evidence reference' : 'Reason'}
          error={error}
          hint={
            needsEvidence
              ? 'This step requires evidence. Say what shows it was done and where it is kept (ticket, file, log query).'
              : to === 'skipped'
                ? 'Required: why this step does not apply or will not be done. It goes on the timeline.'
                : 'Required: what is blocking this step and who can unblock it.'
          }
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={3}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
        <div className="dialog-footer dialog-footer-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {needsEvidence ? 'Mark done' : to === 'skipped' ? 'Skip step' : 'Mark blocked'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
