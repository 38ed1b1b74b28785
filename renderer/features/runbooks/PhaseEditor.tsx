/**
 * One phase in the runbook editor: its steps as a field array (add, reorder, remove, move to a neighbouring phase),
 * and removing the phase.
 */
import { useFieldArray } from 'react-hook-form';
import { newStepId, type RunbookPhase } from '../../../shared/domain/runbooks/runbook';
import { PHASE_LABELS } from '../../../shared/domain/incidents/taxonomy';
import { Button } from '../../ui/Button';
import { FieldError } from '../../ui/FieldError';
import { blankStep, type RunbookEditorApi } from './runbookEditorValues';
import { StepEditor } from './StepEditor';

export function PhaseEditor({
  form,
  index,
  previousPhase,
  nextPhase,
  onMoveStepAcross,
  onRemovePhase,
}: {
  readonly form: RunbookEditorApi;
  readonly index: number;
  readonly previousPhase: RunbookPhase | undefined;
  readonly nextPhase: RunbookPhase | undefined;
  readonly onMoveStepAcross: (phaseIndex: number, stepIndex: number, direction: -1 | 1) => void;
  readonly onRemovePhase: (index: number) => void;
}) {
  const steps = useFieldArray({ control: form.control, name: `phases.${index}.steps` });
  const phase = form.getValues(`phases.${index}.phase`);
  const error =
    form.formState.errors.phases?.[index]?.steps?.message ?? form.formState.errors.phases?.[index]?.phase?.message;
  const label = PHASE_LABELS[phase];

  const addStep = (): void => {
    const taken = new Set(form.getValues('phases').flatMap((block) => block.steps.map((step) => step.id)));
    steps.append(blankStep(newStepId(`${phase}-step`, taken)), { shouldFocus: true });
  };

  return (
    <section className="phase-editor" aria-label={`${label} phase`}>
      <header className="phase-editor-header">
        <h3>{label}</h3>
        <Button
          size="sm"
          variant="ghost"
          icon="trash"
          aria-label={`Remove phase ${label}`}
          onClick={() => onRemovePhase(index)}
        >
          Remove phase
        </Button>
      </header>
      {error ? <FieldError id={`phase-${index}-error`} message={error} /> : null}
      {steps.fields.map((field, stepIndex) => (
        <StepEditor
          key={field.id}
          form={form}
          phaseIndex={index}
          phase={phase}
          index={stepIndex}
          count={steps.fields.length}
          previousPhase={previousPhase}
          nextPhase={nextPhase}
          onMove={(from, to) => steps.move(from, to)}
          onMoveAcross={(at, direction) => onMoveStepAcross(index, at, direction)}
          onRemove={(at) => steps.remove(at)}
        />
      ))}
      <Button size="sm" icon="plus" onClick={addStep} aria-label={`Add step to ${label}`}>
        Add step
      </Button>
    </section>
  );
}
