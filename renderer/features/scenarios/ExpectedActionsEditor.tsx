/** The expected actions of one inject: text, capability and an optional runbook step, as a field array. */
import { useFieldArray } from 'react-hook-form';
import { EXERCISE_CAPABILITIES, EXERCISE_CAPABILITY_LABELS } from '../../../shared/domain/exercises/scenario';
import { newScenarioItemId } from '../../../shared/domain/scenarios/library';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { ListTools } from './ListTools';
import { firstMessage, type ScenarioEditorApi } from './scenarioEditorValues';
import type { RunbookStepOption } from './useRunbookSteps';

export function ExpectedActionsEditor({
  form,
  moduleIndex,
  injectIndex,
  name,
  steps,
}: {
  readonly form: ScenarioEditorApi;
  readonly moduleIndex: number;
  readonly injectIndex: number;
  /** "inject 2 of Module 1". */
  readonly name: string;
  readonly steps: ReadonlyMap<string, RunbookStepOption>;
}) {
  const base = `modules.${moduleIndex}.injects.${injectIndex}.expectedActions` as const;
  const actions = useFieldArray({ control: form.control, name: base });
  const errors = form.formState.errors.modules?.[moduleIndex]?.injects?.[injectIndex]?.expectedActions;
  const byRunbook = new Map<string, RunbookStepOption[]>();
  for (const step of steps.values()) byRunbook.set(step.runbook, [...(byRunbook.get(step.runbook) ?? []), step]);

  const add = (): void => {
    const taken = new Set(form.getValues(base).map((action) => action.id));
    actions.append(
      { id: newScenarioItemId('action', taken), text: '', capability: 'coordination-decision-making', runbookStep: '' },
      { shouldFocus: true },
    );
  };

  return (
    <fieldset className="scenario-actions-editor">
      <legend className="subsection-title">Expected actions</legend>
      {actions.fields.map((field, index) => {
        const label = `action ${index + 1} of ${name}`;
        const error = errors?.[index];
        const current = form.getValues(`${base}.${index}.runbookStep`);
        return (
          <div key={field.id} className="scenario-action-row">
            <Field label={`Expected ${label}`} error={firstMessage(error?.text)}>
              {(control) => <input {...control} {...form.register(`${base}.${index}.text`)} className="input" />}
            </Field>
            <div className="field-row">
              <Field label={`Capability of ${label}`} error={firstMessage(error?.capability)}>
                {(control) => (
                  <select {...control} {...form.register(`${base}.${index}.capability`)} className="select">
                    {EXERCISE_CAPABILITIES.map((capability) => (
                      <option key={capability} value={capability}>
                        {EXERCISE_CAPABILITY_LABELS[capability]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={`Runbook step of ${label}`} optional error={firstMessage(error?.runbookStep)}>
                {(control) => (
                  <select {...control} {...form.register(`${base}.${index}.runbookStep`)} className="select">
                    <option value="">No runbook step</option>
                    {current && !steps.has(current) ? (
                      <option value={current}>{current} (not in this library)</option>
                    ) : null}
                    {[...byRunbook].map(([runbook, options]) => (
                      <optgroup key={runbook} label={runbook}>
                        {options.map((option) => (
                          <option key={option.key} value={option.key}>
                            {option.step}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <ListTools
              name={label}
              index={index}
              count={actions.fields.length}
              onMove={(from, to) => actions.move(from, to)}
              onRemove={(at) => actions.remove(at)}
            />
          </div>
        );
      })}
      {errors?.message ? <FieldError id={`${base}-error`} message={errors.message} /> : null}
      <Button size="sm" icon="plus" onClick={add} aria-label={`Add expected action to ${name}`}>
        Add expected action
      </Button>
    </fieldset>
  );
}
