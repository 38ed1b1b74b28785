/**
 * Moving an incident through its lifecycle, or reopening it once closed. The rule for when a reason is required is
 * the shared one (checkPhaseChange): forward needs none, moving back or reopening does, and its message is shown
 * beside the Reason field. The change is recorded on the timeline at the time given. Moving on while critical
 * checklist steps of the phases left behind are open shows them and needs an override reason (checkPhaseGate), which
 * goes on the timeline too.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { checkPhaseGate, openCriticalSteps, type ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import {
  checkPhaseChange,
  nextPhase,
  phaseChangeRequestSchema,
  phaseIndex,
} from '../../../shared/domain/incidents/lifecycle';
import { PHASES, PHASE_LABELS, type Phase } from '../../../shared/domain/incidents/taxonomy';
import { changePhase } from '../../db/incidents/incidents';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { nowIso } from '../../../shared/domain/time';
import { DateTimeField } from '../../ui/DateTimeField';
import { showToast } from '../../ui/toastStore';
import { ZoneNote } from '../../ui/ZoneNote';
import { useChecklist } from '../checklist/useChecklist';
import type { PhaseDialogMode } from './incidentViewStore';
import { FormAlert } from '../../ui/FormAlert';

type PhaseChangeValues = z.input<typeof phaseChangeRequestSchema>;
type PhaseChangeRequest = z.output<typeof phaseChangeRequestSchema>;

function phaseChangeSchemaFor(from: Phase, steps: readonly ChecklistStep[]) {
  return phaseChangeRequestSchema.superRefine((request, ctx) => {
    const check = checkPhaseChange(from, request.to, request.reason);
    if (!check.ok)
      ctx.addIssue({ code: 'custom', path: [request.to === from ? 'to' : 'reason'], message: check.message });
    const gate = checkPhaseGate(steps, from, request.to, request.overrideReason);
    if (!gate.ok) ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: gate.message });
  });
}

function defaultTarget(from: Phase, mode: PhaseDialogMode): Phase {
  if (mode === 'reopen') return 'detection-analysis';
  return nextPhase(from) ?? 'closed';
}

export function ChangePhaseDialog({
  incident,
  mode,
  onClose,
  onChanged,
}: {
  readonly incident: Incident;
  readonly mode: PhaseDialogMode;
  readonly onClose: () => void;
  /** Shows the committed incident at once (in the render that closes the dialog). */
  readonly onChanged?: (incident: Incident) => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [saveError, setSaveError] = useState<string | undefined>();
  const { steps: checklist } = useChecklist(incident.id);
  const steps = useMemo(() => checklist ?? [], [checklist]);
  const schema = useMemo(() => phaseChangeSchemaFor(incident.phase, steps), [incident.phase, steps]);
  const form = useForm<PhaseChangeValues, unknown, PhaseChangeRequest>({
    resolver: zodResolver(schema),
    defaultValues: { to: defaultTarget(incident.phase, mode), reason: '', occurredAt: nowIso(), overrideReason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const to = useWatch({ control: form.control, name: 'to' });
  const options = PHASES.filter((phase) => phase !== incident.phase && (mode === 'change' || phase !== 'closed'));
  const needsReason = mode === 'reopen' || phaseIndex(to) < phaseIndex(incident.phase);
  const openCritical = openCriticalSteps(steps, incident.phase, to);

  const submit = form.handleSubmit(async (request) => {
    setSaveError(undefined);
    try {
      // An untouched "When it changed" means now, not when the dialog opened.
      const occurredAt = form.getFieldState('occurredAt').isDirty ? request.occurredAt : nowIso();
      const updated = await changePhase(db, actor, incident.id, { ...request, occurredAt });
      onChanged?.(updated);
      showToast('success', `${updated.ref} is now in ${PHASE_LABELS[updated.phase]}.`);
      onClose();
    } catch (error) {
      setSaveError(describeError(error));
    }
  });

  const reopen = mode === 'reopen';
  return (
    <Dialog
      open
      title={reopen ? `Reopen ${incident.ref}` : `Change phase of ${incident.ref}`}
      description={`Now in ${PHASE_LABELS[incident.phase]}. The change is recorded on the timeline.`}
      onClose={onClose}
    >
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field label="New phase" error={errors.to?.message}>
          {(control) => (
            <select {...control} {...form.register('to')} className="select">
              {options.map((phase) => (
                <option key={phase} value={phase}>
                  {PHASE_LABELS[phase]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Reason"
          optional={!needsReason}
          error={errors.reason?.message}
          hint={
            needsReason
              ? reopen
                ? 'Required: say why the incident is being reopened.'
                : `Required: moving back to ${PHASE_LABELS[to]} needs a reason for the post-incident review.`
              : 'Optional when moving forward.'
          }
        >
          {(control) => <textarea {...control} {...form.register('reason')} className="textarea" rows={3} />}
        </Field>
        {openCritical.length > 0 ? (
          <div className="gate-warning" role="alert">
            <p className="gate-warning-title">
              {openCritical.length === 1 ? '1 critical step is' : `${openCritical.length} critical steps are`} still
              open
            </p>
            <ul>
              {openCritical.map((step) => (
                <li key={step.id}>
                  {step.step.title} <span className="muted">({PHASE_LABELS[step.phase]})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {openCritical.length > 0 ? (
          <Field
            label="Override reason"
            error={errors.overrideReason?.message}
            hint="Required to move on with critical steps open. It goes on the timeline for the post-incident review."
          >
            {(control) => <textarea {...control} {...form.register('overrideReason')} className="textarea" rows={2} />}
          </Field>
        ) : null}
        <DateTimeField
          control={form.control}
          name="occurredAt"
          label="When it changed"
          error={errors.occurredAt?.message}
          hint={<ZoneNote />}
        />
        <FormAlert>{saveError}</FormAlert>
        <div className="dialog-footer dialog-footer-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {reopen ? 'Confirm reopen' : openCritical.length > 0 ? 'Override and change phase' : 'Confirm phase change'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
