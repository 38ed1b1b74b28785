/**
 * Asks for what a state change needs: the reason for skipping or blocking a step, or the evidence that an evidence
 * step was done — one of the incident's evidence items, a reference in words, or both. The rule itself is the shared
 * one (checkStepUpdate), enforced again on save.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  STEP_STATE_LABELS,
  stepUpdateFormSchema,
  type StepUpdateForm,
  type ChecklistStep,
  type EvidenceReference,
  type StepState,
} from '../../../shared/domain/runbooks/checklist';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { liveEvidenceOfSubject } from '../../db/evidence/queries';
import { updateChecklistStep } from '../../db/runbooks/checklists';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { IN_WORDS } from '../../../shared/errors';

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
  const [error, setError] = useState<string | undefined>();
  const form = useForm<StepUpdateForm>({
    resolver: zodResolver(stepUpdateFormSchema, IN_WORDS),
    defaultValues: { evidenceId: '', text: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const needsEvidence = to === 'done';
  // A step that requires evidence and has none yet: the reference is required, and the form says so up front.
  const evidenceRequired = needsEvidence && step.step.evidenceRequired && step.evidence.length === 0;
  const items = useLiveQuery(
    async () => (await liveEvidenceOfSubject(db, step.incidentId)).sort((a, b) => a.name.localeCompare(b.name)),
    [db, step.incidentId],
  );

  const submit = form.handleSubmit(async ({ evidenceId, text: trimmed }) => {
    setError(undefined);
    if (evidenceRequired && !evidenceId && !trimmed) {
      form.setError('text', { message: 'This step requires evidence: choose an item above or describe it here.' });
      return;
    }
    try {
      const added: EvidenceReference[] = [];
      if (evidenceId) added.push({ kind: 'evidence', evidenceId });
      if (trimmed) added.push({ kind: 'text', text: trimmed });
      await updateChecklistStep(
        db,
        actor,
        step.id,
        needsEvidence ? { state: to, evidence: [...step.evidence, ...added] } : { state: to, reason: trimmed },
      );
      showToast('success', `${STEP_STATE_LABELS[to]}: ${step.step.title}`);
      onClose();
    } catch (failure) {
      setError(describeError(failure));
    }
  });

  return (
    <Dialog open title={TITLES[to] ?? 'Change step'} description={<strong>{step.step.title}</strong>} onClose={onClose}>
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        {needsEvidence ? (
          <Field
            label="Evidence item"
            hint={
              items?.length === 0
                ? 'No evidence is held for this incident yet; attach it in the Evidence panel or describe it below.'
                : 'An item in this incident’s evidence locker that shows the step was done.'
            }
          >
            {(control) => (
              <select {...control} {...form.register('evidenceId')} className="select">
                <option value="">None (describe it below)</option>
                {(items ?? []).map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field
          label={needsEvidence ? 'Evidence reference' : 'Reason'}
          optional={needsEvidence && !evidenceRequired}
          error={errors.text?.message ?? error}
          hint={
            evidenceRequired
              ? 'Required for this step: choose an item above, or say what shows it was done and where it is kept.'
              : needsEvidence
                ? 'Or, besides the item: say what shows it was done and where it is kept (ticket, file, log query).'
                : to === 'skipped'
                  ? 'Required: why this step does not apply or will not be done. It goes on the timeline.'
                  : 'Required: what is blocking this step and who can unblock it.'
          }
        >
          {(control) => <textarea {...control} {...form.register('text')} className="textarea" rows={3} />}
        </Field>
        <div className="dialog-footer dialog-footer-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {needsEvidence ? 'Mark done' : to === 'skipped' ? 'Skip step' : 'Mark blocked'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
