/** One module in the scenario editor: title, scenario update, its injects as a field array, discussion questions. */
import { useFieldArray, useWatch } from 'react-hook-form';
import { newScenarioItemId } from '../../../shared/domain/scenarios/library';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { InjectEditor } from './InjectEditor';
import { ListTools } from './ListTools';
import { blankInject, firstMessage, type ScenarioEditorApi } from './scenarioEditorValues';
import type { RunbookStepOption } from './useRunbookSteps';

export function ModuleEditor({
  form,
  index,
  count,
  steps,
  onMove,
  onRemove,
}: {
  readonly form: ScenarioEditorApi;
  readonly index: number;
  readonly count: number;
  readonly steps: ReadonlyMap<string, RunbookStepOption>;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: (index: number) => void;
}) {
  const base = `modules.${index}` as const;
  const injects = useFieldArray({ control: form.control, name: `${base}.injects` });
  const errors = form.formState.errors.modules?.[index];
  const title = useWatch({ control: form.control, name: `${base}.title` });
  const name = `Module ${index + 1}`;

  const addInject = (): void => {
    const all = form.getValues('modules').flatMap((module) => module.injects);
    const taken = new Set(all.map((inject) => inject.id));
    const sequence = Math.max(0, ...all.map((inject) => (Number.isFinite(inject.sequence) ? inject.sequence : 0))) + 1;
    const own = form.getValues(`${base}.injects`);
    const offset = Math.max(
      0,
      ...own.map((inject) => (Number.isFinite(inject.offsetMinutes) ? inject.offsetMinutes + 15 : 0)),
    );
    injects.append(blankInject(newScenarioItemId(`inject-${sequence}`, taken), sequence, offset), {
      shouldFocus: true,
    });
  };

  return (
    <section className="phase-editor module-editor" aria-label={`${name}: ${title}`}>
      <header className="phase-editor-header">
        <h3>
          {name}
          {title.trim() ? <span className="muted">: {title}</span> : null}
        </h3>
        <ListTools name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} minimum={1} />
      </header>
      <Field label={`Title of ${name}`} error={firstMessage(errors?.title)}>
        {(control) => <input {...control} {...form.register(`${base}.title`)} className="input" />}
      </Field>
      <Field
        label={`Scenario update of ${name}`}
        hint="Read out at the start of the module."
        error={firstMessage(errors?.update)}
      >
        {(control) => <textarea {...control} {...form.register(`${base}.update`)} className="textarea" rows={4} />}
      </Field>
      {injects.fields.map((field, injectIndex) => (
        <InjectEditor
          key={field.id}
          form={form}
          moduleIndex={index}
          moduleName={name}
          index={injectIndex}
          count={injects.fields.length}
          steps={steps}
          onMove={(from, to) => injects.move(from, to)}
          onRemove={(at) => injects.remove(at)}
        />
      ))}
      {errors?.injects?.message ? <FieldError id={`${base}-injects-error`} message={errors.injects.message} /> : null}
      <Button size="sm" icon="plus" onClick={addInject} aria-label={`Add inject to ${name}`}>
        Add inject
      </Button>
      <Field
        label={`Discussion questions of ${name}`}
        optional
        hint="One question per line."
        error={firstMessage(errors?.discussionQuestions)}
      >
        {(control) => (
          <textarea {...control} {...form.register(`${base}.discussionQuestions`)} className="textarea" rows={3} />
        )}
      </Field>
    </section>
  );
}
