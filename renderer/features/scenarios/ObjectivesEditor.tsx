/** The scenario's objectives, each mapped to one or more capabilities, as a field array. */
import { useFieldArray } from 'react-hook-form';
import { EXERCISE_CAPABILITIES, EXERCISE_CAPABILITY_LABELS } from '../../../shared/domain/exercises/scenario';
import { newScenarioItemId } from '../../../shared/domain/scenarios/library';
import { Button } from '../../ui/Button';
import { CheckGrid } from '../../ui/CheckGrid';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { ListTools } from './ListTools';
import { firstMessage, type ScenarioEditorApi } from './scenarioEditorValues';

export function ObjectivesEditor({ form }: { readonly form: ScenarioEditorApi }) {
  const objectives = useFieldArray({ control: form.control, name: 'objectives' });
  const errors = form.formState.errors.objectives;
  const add = (): void => {
    const taken = new Set(form.getValues('objectives').map((objective) => objective.id));
    objectives.append({ id: newScenarioItemId('objective', taken), text: '', capabilities: [] }, { shouldFocus: true });
  };
  return (
    <>
      {errors?.message ? <FieldError id="objectives-error" message={errors.message} /> : null}
      {objectives.fields.map((field, index) => {
        const name = `objective ${index + 1}`;
        const capabilitiesError = firstMessage(errors?.[index]?.capabilities);
        return (
          <fieldset key={field.id} className="step-editor">
            <legend className="step-editor-legend">Objective {index + 1}</legend>
            <ListTools
              name={name}
              index={index}
              count={objectives.fields.length}
              minimum={1}
              onMove={(from, to) => objectives.move(from, to)}
              onRemove={(at) => objectives.remove(at)}
            />
            <Field label={`Text of ${name}`} error={firstMessage(errors?.[index]?.text)}>
              {(control) => (
                <textarea {...control} {...form.register(`objectives.${index}.text`)} className="textarea" rows={2} />
              )}
            </Field>
            <CheckGrid
              legend={`Capabilities of ${name}`}
              options={EXERCISE_CAPABILITIES}
              label={(capability) => EXERCISE_CAPABILITY_LABELS[capability]}
              registration={form.register(`objectives.${index}.capabilities`)}
              error={{ id: `objective-${index}-capabilities-error`, message: capabilitiesError }}
            />
          </fieldset>
        );
      })}
      <Button size="sm" icon="plus" onClick={add}>
        Add objective
      </Button>
    </>
  );
}
