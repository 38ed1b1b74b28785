/**
 * The runbook editor form: title, purpose, activation criteria, ATLAS techniques, and phases with their steps as
 * react-hook-form field arrays. Validation is the shared runbook schema; errors show beside their fields; leaving
 * with unsaved changes asks first. Phases stay in lifecycle order: a new phase is inserted where it belongs.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { RUNBOOK_PHASES, type RunbookContent, type RunbookPhase } from '../../../shared/domain/runbooks/runbook';
import {
  INCIDENT_TYPES,
  INCIDENT_TYPE_INFO,
  PHASE_LABELS,
  SEVERITIES,
  SEVERITY_INFO,
} from '../../../shared/domain/incidents/taxonomy';
import { useUnsavedChangesGuard } from '../../app/useUnsavedChangesGuard';
import { FormFooter } from '../../ui/FormFooter';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { AtlasTechniquesGrid, CheckGrid } from '../../ui/CheckGrid';
import { FieldError } from '../../ui/FieldError';
import { FormSection } from '../../ui/FormSection';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { PhaseEditor } from './PhaseEditor';
import { runbookEditorSchema, type RunbookEditorValues } from './runbookEditorValues';

export interface RunbookFormProps {
  readonly defaultValues: RunbookEditorValues;
  readonly submitLabel: string;
  readonly onSubmit: (content: RunbookContent) => Promise<void>;
  readonly onCancel: () => void;
}

export function RunbookForm({ defaultValues, submitLabel, onSubmit, onCancel }: RunbookFormProps) {
  const form = useForm<RunbookEditorValues, unknown, RunbookContent>({
    resolver: zodResolver(runbookEditorSchema),
    defaultValues,
    shouldFocusError: true,
  });
  const phases = useFieldArray({ control: form.control, name: 'phases' });
  const [addPhase, setAddPhase] = useState<RunbookPhase | ''>('');
  const addPhaseId = useId();
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  const { submit, saveError, problems } = useSaveSubmit(form, onSubmit, { guardsNavigation: true });

  const present = phases.fields.map((field) => field.phase);
  const missing = RUNBOOK_PHASES.filter((phase) => !present.includes(phase));
  const insertPhase = (): void => {
    if (addPhase === '') return;
    const at = present.filter((phase) => RUNBOOK_PHASES.indexOf(phase) < RUNBOOK_PHASES.indexOf(addPhase)).length;
    phases.insert(at, { phase: addPhase, steps: [] }, { shouldFocus: false });
    setAddPhase('');
  };
  // Phases keep the lifecycle's order; a step crosses into the phase before or after it, keeping its fields.
  const moveStepAcross = (phaseIndex: number, stepIndex: number, direction: -1 | 1): void => {
    const blocks = form.getValues('phases');
    const source = blocks[phaseIndex];
    const target = blocks[phaseIndex + direction];
    const step = source?.steps[stepIndex];
    if (!source || !target || !step) return;
    phases.update(phaseIndex, { ...source, steps: source.steps.filter((_, at) => at !== stepIndex) });
    phases.update(phaseIndex + direction, {
      ...target,
      steps: direction < 0 ? [...target.steps, step] : [step, ...target.steps],
    });
    // The moved step keeps focus on the same button in its new place.
    requestAnimationFrame(() => {
      const moved = document.querySelector(`fieldset[data-step-id="${CSS.escape(step.id)}"]`);
      const [up, down] = moved?.querySelectorAll<HTMLButtonElement>('.step-editor-tools button') ?? [];
      (direction < 0 ? up : down)?.focus();
    });
  };

  return (
    <form className="incident-form runbook-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormSection title="Runbook" description="What it is for and when Firebreak should suggest it.">
        <Field label="Runbook title" error={errors.title?.message}>
          {(control) => <input {...control} {...form.register('title')} className="input" />}
        </Field>
        <Field
          label="Purpose"
          error={errors.purpose?.message}
          hint="Markdown subset: paragraphs, lists, emphasis, code."
        >
          {(control) => <textarea {...control} {...form.register('purpose')} className="textarea" rows={3} />}
        </Field>
        <CheckGrid
          legend="Applies to incident types"
          options={INCIDENT_TYPES}
          label={(type) => INCIDENT_TYPE_INFO[type].label}
          registration={form.register('activation.types')}
          error={{ id: 'types-error', message: errors.activation?.types?.message }}
        />
        <CheckGrid
          legend="Applies to severities"
          options={SEVERITIES}
          label={(severity) => `${severity} — ${SEVERITY_INFO[severity].label}`}
          registration={form.register('activation.severities')}
          error={{ id: 'severities-error', message: errors.activation?.severities?.message }}
        />
        <AtlasTechniquesGrid
          legend="MITRE ATLAS techniques addressed"
          registration={form.register('atlasTechniques')}
        />
      </FormSection>
      <FormSection
        title="Phases and steps"
        description="Phases follow the incident lifecycle. Steps run in this order within each phase; the first or last step of a phase moves into the phase next to it. Due times count from the declaration."
      >
        {errors.phases?.message ? <FieldError id="phases-error" message={errors.phases.message} /> : null}
        {phases.fields.map((field, index) => (
          <PhaseEditor
            key={field.id}
            form={form}
            index={index}
            previousPhase={phases.fields[index - 1]?.phase}
            nextPhase={phases.fields[index + 1]?.phase}
            onMoveStepAcross={moveStepAcross}
            onRemovePhase={(at) => phases.remove(at)}
          />
        ))}
        {missing.length > 0 ? (
          <div className="runbook-picker-row">
            <label className="inline-label" htmlFor={addPhaseId}>
              Phase to add
            </label>
            <select
              id={addPhaseId}
              className="select"
              value={addPhase}
              onChange={(event) => setAddPhase(event.target.value as RunbookPhase | '')}
            >
              <option value="">Choose a phase…</option>
              {missing.map((phase) => (
                <option key={phase} value={phase}>
                  {PHASE_LABELS[phase]}
                </option>
              ))}
            </select>
            <Button size="sm" icon="plus" disabled={addPhase === ''} onClick={insertPhase}>
              Add phase
            </Button>
          </div>
        ) : null}
      </FormSection>
      <FormFooter
        saveError={saveError}
        problems={problems}
        submitLabel={submitLabel}
        busy={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}
