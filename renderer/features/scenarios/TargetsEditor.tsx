/** The scenario's capability targets, each with its critical tasks (one per line), as a field array. */
import { useFieldArray } from 'react-hook-form';
import { EXERCISE_CAPABILITIES, EXERCISE_CAPABILITY_LABELS } from '../../../shared/domain/exercises/scenario';
import { newScenarioItemId } from '../../../shared/domain/scenarios/library';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { ListTools } from './ListTools';
import { firstMessage, type ScenarioEditorApi } from './scenarioEditorValues';

export function TargetsEditor({ form }: { readonly form: ScenarioEditorApi }) {
  const targets = useFieldArray({ control: form.control, name: 'capabilityTargets' });
  const errors = form.formState.errors.capabilityTargets;
  const add = (): void => {
    const taken = new Set(form.getValues('capabilityTargets').map((target) => target.id));
    targets.append(
      { id: newScenarioItemId('target', taken), capability: 'containment', target: '', criticalTasks: '' },
      { shouldFocus: true },
    );
  };
  return (
    <>
      {errors?.message ? <FieldError id="targets-error" message={errors.message} /> : null}
      {targets.fields.map((field, index) => {
        const name = `capability target ${index + 1}`;
        return (
          <fieldset key={field.id} className="step-editor">
            <legend className="step-editor-legend">Capability target {index + 1}</legend>
            <ListTools
              name={name}
              index={index}
              count={targets.fields.length}
              minimum={1}
              onMove={(from, to) => targets.move(from, to)}
              onRemove={(at) => targets.remove(at)}
            />
            <Field label={`Capability of ${name}`} error={firstMessage(errors?.[index]?.capability)}>
              {(control) => (
                <select {...control} {...form.register(`capabilityTargets.${index}.capability`)} className="select">
                  {EXERCISE_CAPABILITIES.map((capability) => (
                    <option key={capability} value={capability}>
                      {EXERCISE_CAPABILITY_LABELS[capability]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={`Target of ${name}`}
              hint="The performance threshold, e.g. “Within 1 hour, contain the affected model endpoint”."
              error={firstMessage(errors?.[index]?.target)}
            >
              {(control) => (
                <textarea
                  {...control}
                  {...form.register(`capabilityTargets.${index}.target`)}
                  className="textarea"
                  rows={2}
                />
              )}
            </Field>
            <Field
              label={`Critical tasks of ${name}`}
              optional
              hint="One task per line."
              error={firstMessage(errors?.[index]?.criticalTasks)}
            >
              {(control) => (
                <textarea
                  {...control}
                  {...form.register(`capabilityTargets.${index}.criticalTasks`)}
                  className="textarea"
                  rows={3}
                />
              )}
            </Field>
          </fieldset>
        );
      })}
      <Button size="sm" icon="plus" onClick={add}>
        Add capability target
      </Button>
    </>
  );
}
