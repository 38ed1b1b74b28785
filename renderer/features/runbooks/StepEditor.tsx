/** One step in the runbook editor: its fields, and Move up / Move down / Remove buttons usable from the keyboard. */
import { useWatch } from 'react-hook-form';
import { formatDueOffset, type RunbookPhase } from '../../../shared/domain/runbook';
import { PHASE_LABELS } from '../../../shared/domain/taxonomy';
import { STANDARD_ROLES, roleName } from '../../../shared/domain/team';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import type { RunbookEditorApi } from './runbookEditorValues';

export interface StepEditorProps {
  readonly form: RunbookEditorApi;
  readonly phaseIndex: number;
  readonly phase: RunbookPhase;
  readonly index: number;
  readonly count: number;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: (index: number) => void;
}

export function StepEditor({ form, phaseIndex, phase, index, count, onMove, onRemove }: StepEditorProps) {
  const base = `phases.${phaseIndex}.steps.${index}` as const;
  const errors = form.formState.errors.phases?.[phaseIndex]?.steps?.[index];
  const title = useWatch({ control: form.control, name: `${base}.title` });
  const due = useWatch({ control: form.control, name: `${base}.dueMinutes` });
  const name = `${PHASE_LABELS[phase]} step ${index + 1}`;
  const shown = title.trim() || `step ${index + 1}`;
  return (
    <fieldset className="step-editor">
      <legend className="step-editor-legend">
        {name}
        {title.trim() ? <span className="muted">: {title}</span> : null}
      </legend>
      <div className="step-editor-tools">
        <Button
          size="sm"
          icon="arrowUp"
          aria-label={`Move “${shown}” up`}
          disabled={index === 0}
          onClick={() => onMove(index, index - 1)}
        >
          Up
        </Button>
        <Button
          size="sm"
          icon="arrowDown"
          aria-label={`Move “${shown}” down`}
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1)}
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
