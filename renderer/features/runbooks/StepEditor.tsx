/**
 * One step in the runbook editor: its fields, and Move up / Move down / Remove buttons usable from the keyboard. The
 * first step of a phase moves up into the phase before it, the last one down into the phase after it.
 */
import { useWatch } from 'react-hook-form';
import { formatDueOffset, type RunbookPhase } from '../../../shared/domain/runbooks/runbook';
import { PHASE_LABELS } from '../../../shared/domain/incidents/taxonomy';
import { STANDARD_ROLES, roleName } from '../../../shared/domain/team/team';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import type { RunbookEditorApi } from './runbookEditorValues';

export interface StepEditorProps {
  readonly form: RunbookEditorApi;
  readonly phaseIndex: number;
  readonly phase: RunbookPhase;
  readonly index: number;
  readonly count: number;
  /** The neighbouring phases in this runbook, where a step at either end can move. */
  readonly previousPhase: RunbookPhase | undefined;
  readonly nextPhase: RunbookPhase | undefined;
  readonly onMove: (from: number, to: number) => void;
  /** Moves the step to the end of the previous phase (-1) or the start of the next one (1). */
  readonly onMoveAcross: (index: number, direction: -1 | 1) => void;
  readonly onRemove: (index: number) => void;
}

export function StepEditor({
  form,
  phaseIndex,
  phase,
  index,
  count,
  previousPhase,
  nextPhase,
  onMove,
  onMoveAcross,
  onRemove,
}: StepEditorProps) {
  const base = `phases.${phaseIndex}.steps.${index}` as const;
  const errors = form.formState.errors.phases?.[phaseIndex]?.steps?.[index];
  const title = useWatch({ control: form.control, name: `${base}.title` });
  const due = useWatch({ control: form.control, name: `${base}.dueMinutes` });
  const name = `${PHASE_LABELS[phase]} step ${index + 1}`;
  const shown = title.trim() || `step ${index + 1}`;
  return (
    <fieldset className="step-editor" data-step-id={form.getValues(`${base}.id`)}>
      <legend className="step-editor-legend">
        {name}
        {title.trim() ? <span className="muted">: {title}</span> : null}
      </legend>
      <div className="step-editor-tools">
        <Button
          size="sm"
          icon="arrowUp"
          aria-label={
            index === 0 && previousPhase
              ? `Move “${shown}” up into ${PHASE_LABELS[previousPhase]}`
              : `Move “${shown}” up`
          }
          disabled={index === 0 && !previousPhase}
          onClick={() => (index === 0 ? onMoveAcross(index, -1) : onMove(index, index - 1))}
        >
          Up
        </Button>
        <Button
          size="sm"
          icon="arrowDown"
          aria-label={
            index === count - 1 && nextPhase
              ? `Move “${shown}” down into ${PHASE_LABELS[nextPhase]}`
              : `Move “${shown}” down`
          }
          disabled={index === count - 1 && !nextPhase}
          onClick={() => (index === count - 1 ? onMoveAcross(index, 1) : onMove(index, index + 1))}
        >
          Down
        </Button>
        <Button size="sm" variant="ghost" icon="trash" aria-label={`Remove “${shown}”`} onClick={() => onRemove(index)}>
          Remove
        </Button>
      </div>
      <div className="field-row">
        <Field label={`Title of ${name}`} error={errors?.title?.message}>
          {(control) => <input {...control} {...form.register(`${base}.title`)} className="input" />}
        </Field>
        <Field label={`Owner of ${name}`} error={errors?.ownerRole?.message}>
          {(control) => (
            <select {...control} {...form.register(`${base}.ownerRole`)} className="select">
              {STANDARD_ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleName(role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={`Due minutes of ${name}`}
          error={errors?.dueMinutes?.message}
          hint={
            Number.isFinite(due)
              ? `${formatDueOffset(Math.max(0, due))} after declaration`
              : 'Minutes after declaration'
          }
        >
          {(control) => (
            <input
              {...control}
              {...form.register(`${base}.dueMinutes`, { valueAsNumber: true })}
              className="input"
              type="number"
              min={0}
              step={5}
            />
          )}
        </Field>
      </div>
      <div className="step-editor-checks">
        <label className="check-row">
          <input type="checkbox" {...form.register(`${base}.critical`)} /> Critical (gates the phase)
        </label>
        <label className="check-row">
          <input type="checkbox" {...form.register(`${base}.evidenceRequired`)} /> Evidence required to complete
        </label>
      </div>
      <Field
        label={`Instructions for ${name}`}
        optional
        hint="Markdown: paragraphs, lists, **bold**, *italic*, `code`."
        error={errors?.instructions?.message}
      >
        {(control) => (
          <textarea {...control} {...form.register(`${base}.instructions`)} className="textarea" rows={3} />
        )}
      </Field>
      <Field label={`Sub-steps of ${name}`} optional hint="One per line.">
        {(control) => (
          <textarea {...control} {...form.register(`${base}.subStepsText`)} className="textarea" rows={2} />
        )}
      </Field>
    </fieldset>
  );
}
