/** One inject in the scenario editor: its MSEL fields, its expected actions and the notes players never see. */
import { useWatch } from 'react-hook-form';
import {
  DELIVERY_METHOD_LABELS,
  DELIVERY_METHODS,
  INJECT_TYPE_LABELS,
  INJECT_TYPES,
} from '../../../shared/domain/exercises/scenario';
import { formatScenarioTime } from '../../../shared/domain/scenarios/library';
import { Field } from '../../ui/Field';
import { ExpectedActionsEditor } from './ExpectedActionsEditor';
import { ListTools } from './ListTools';
import { firstMessage, type ScenarioEditorApi } from './scenarioEditorValues';
import type { RunbookStepOption } from './useRunbookSteps';

export function InjectEditor({
  form,
  moduleIndex,
  moduleName,
  index,
  count,
  steps,
  onMove,
  onRemove,
}: {
  readonly form: ScenarioEditorApi;
  readonly moduleIndex: number;
  readonly moduleName: string;
  readonly index: number;
  readonly count: number;
  readonly steps: ReadonlyMap<string, RunbookStepOption>;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: (index: number) => void;
}) {
  const base = `modules.${moduleIndex}.injects.${index}` as const;
  const errors = form.formState.errors.modules?.[moduleIndex]?.injects?.[index];
  const title = useWatch({ control: form.control, name: `${base}.title` });
  const offset = useWatch({ control: form.control, name: `${base}.offsetMinutes` });
  const name = `inject ${index + 1} of ${moduleName}`;
  const capitalised = `Inject ${index + 1} of ${moduleName}`;
  return (
    <fieldset className="step-editor inject-editor">
      <legend className="step-editor-legend">
        {capitalised}
        {title.trim() ? <span className="muted">: {title}</span> : null}
      </legend>
      <ListTools name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      <div className="field-row">
        <Field label={`Sequence of ${name}`} error={firstMessage(errors?.sequence)}>
          {(control) => (
            <input
              {...control}
              {...form.register(`${base}.sequence`, { valueAsNumber: true })}
              className="input"
              type="number"
              min={1}
            />
          )}
        </Field>
        <Field
          label={`Scenario minutes of ${name}`}
          error={firstMessage(errors?.offsetMinutes)}
          hint={
            Number.isFinite(offset)
              ? `${formatScenarioTime(Math.max(0, offset))} after the start`
              : 'Minutes after the start'
          }
        >
          {(control) => (
            <input
              {...control}
              {...form.register(`${base}.offsetMinutes`, { valueAsNumber: true })}
              className="input"
              type="number"
              min={0}
              step={5}
            />
          )}
        </Field>
        <Field label={`Type of ${name}`} error={firstMessage(errors?.type)}>
          {(control) => (
            <select {...control} {...form.register(`${base}.type`)} className="select">
              {INJECT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {INJECT_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={`Delivery of ${name}`} error={firstMessage(errors?.delivery)}>
          {(control) => (
            <select {...control} {...form.register(`${base}.delivery`)} className="select">
              {DELIVERY_METHODS.map((method) => (
                <option key={method} value={method}>
                  {DELIVERY_METHOD_LABELS[method]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={`Title of ${name}`} error={firstMessage(errors?.title)}>
        {(control) => <input {...control} {...form.register(`${base}.title`)} className="input" />}
      </Field>
      <div className="field-row">
        <Field label={`From (originator) of ${name}`} error={firstMessage(errors?.from)}>
          {(control) => <input {...control} {...form.register(`${base}.from`)} className="input" />}
        </Field>
        <Field label={`To (role) of ${name}`} error={firstMessage(errors?.to)}>
          {(control) => <input {...control} {...form.register(`${base}.to`)} className="input" />}
        </Field>
      </div>
      <Field label={`Content of ${name}`} hint="What the players receive." error={firstMessage(errors?.content)}>
        {(control) => <textarea {...control} {...form.register(`${base}.content`)} className="textarea" rows={3} />}
      </Field>
      <ExpectedActionsEditor form={form} moduleIndex={moduleIndex} injectIndex={index} name={name} steps={steps} />
      <div className="field-row">
        <Field
          label={`Evaluator notes of ${name}`}
          optional
          hint="Never shown to players."
          error={firstMessage(errors?.evaluatorNotes)}
        >
          {(control) => (
            <textarea {...control} {...form.register(`${base}.evaluatorNotes`)} className="textarea" rows={2} />
          )}
        </Field>
        <Field
          label={`Facilitator notes of ${name}`}
          optional
          hint="Never shown to players."
          error={firstMessage(errors?.facilitatorNotes)}
        >
          {(control) => (
            <textarea {...control} {...form.register(`${base}.facilitatorNotes`)} className="textarea" rows={2} />
          )}
        </Field>
      </div>
      <label className="check-row">
        <input type="checkbox" {...form.register(`${base}.contingency`)} /> Contingency inject (released only by hand)
      </label>
    </fieldset>
  );
}
