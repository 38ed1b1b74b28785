/**
 * Moving an incident through its lifecycle, or reopening it once closed. The rule for when a reason is required is
 * the shared one (checkPhaseChange): forward needs none, moving back or reopening does, and its message is shown
 * beside the Reason field. The change is recorded on the timeline at the time given.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { Incident } from '../../../shared/domain/incident';
import { checkPhaseChange, nextPhase, phaseChangeRequestSchema, phaseIndex } from '../../../shared/domain/lifecycle';
import { PHASES, PHASE_LABELS, type Phase } from '../../../shared/domain/taxonomy';
import { changePhase } from '../../db/incidents';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { nowIso } from '../../../shared/domain/time';
import { LocalDateTimeInput } from '../../ui/LocalDateTimeInput';
import { showToast } from '../../ui/toastStore';
import { ZoneNote } from '../../ui/ZoneNote';
import type { PhaseDialogMode } from './incidentViewStore';

type PhaseChangeValues = z.input<typeof phaseChangeRequestSchema>;
type PhaseChangeRequest = z.output<typeof phaseChangeRequestSchema>;

function phaseChangeSchemaFor(from: Phase) {
  return phaseChangeRequestSchema.superRefine((request, ctx) => {
    const check = checkPhaseChange(from, request.to, request.reason);
    if (!check.ok)
      ctx.addIssue({ code: 'custom', path: [request.to === from ? 'to' : 'reason'], message: check.message });
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
}: {
  readonly incident: Incident;
  readonly mode: PhaseDialogMode;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [saveError, setSaveError] = useState<string | undefined>();
  const schema = useMemo(() => phaseChangeSchemaFor(incident.phase), [incident.phase]);
  const form = useForm<PhaseChangeValues, unknown, PhaseChangeRequest>({
    resolver: zodResolver(schema),
    defaultValues: { to: defaultTarget(incident.phase, mode), reason: '', occurredAt: nowIso() },
  });
  const { errors, isSubmitting } = form.formState;
  const to = useWatch({ control: form.control, name: 'to' });
  const options = PHASES.filter((phase) => phase !== incident.phase && (mode === 'change' || phase !== 'closed'));
  const needsReason = mode === 'reopen' || phaseIndex(to) < phaseIndex(incident.phase);

  const submit = form.handleSubmit(async (request) => {
    setSaveError(undefined);
    try {
      // An untouched "When it changed" means now, not when the dialog opened.
      const occurredAt = form.getFieldState('occurredAt').isDirty ? request.occurredAt : nowIso();
      const updated = await changePhase(db, actor, incident.id, { ...request, occurredAt });
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
        <Field label="When it changed" error={errors.occurredAt?.message} hint={<ZoneNote />}>
          {(control) => (
            <Controller
              control={form.control}
              name="occurredAt"
              render={({ field }) => (
                <LocalDateTimeInput
                  {...control}
                  name={field.name}
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
          )}
        </Field>
        {saveError ? (
          <p className="form-alert" role="alert">
            {saveError}
          </p>
        ) : null}
        <div className="dialog-footer dialog-footer-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {reopen ? 'Confirm reopen' : 'Confirm phase change'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
