/**
 * The scenario editor form: overview, objectives → capabilities, capability targets, modules → injects → expected
 * actions (react-hook-form field arrays: add, remove, reorder), and the hot-wash guide. Validation is the shared
 * scenario schema; errors show beside their fields; leaving with unsaved changes asks first. The inject list can be
 * filled from a CSV file through a column-mapping step; nothing reaches the form until every row is ready.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { Inject, ScenarioBody } from '../../../shared/domain/exercises/scenario';
import { REGIME_IDS } from '../../../shared/domain/regulatory/clockInput';
import { REGULATORY_RULES } from '../../../shared/domain/regulatory/regulatoryRules';
import { newScenarioItemId } from '../../../shared/domain/scenarios/library';
import { useUnsavedChangesGuard } from '../../app/useUnsavedChangesGuard';
import { Button } from '../../ui/Button';
import { AtlasTechniquesGrid, CheckGrid } from '../../ui/CheckGrid';
import { Field } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { FormSection } from '../../ui/FormSection';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { InjectCsvImportDialog } from './InjectCsvImportDialog';
import { ModuleEditor } from './ModuleEditor';
import { ObjectivesEditor } from './ObjectivesEditor';
import {
  blankModule,
  firstMessage,
  injectValues,
  scenarioEditorSchema,
  type ScenarioEditorValues,
} from './scenarioEditorValues';
import { TargetsEditor } from './TargetsEditor';
import { useRunbookSteps } from './useRunbookSteps';

export interface ScenarioFormProps {
  readonly defaultValues: ScenarioEditorValues;
  readonly submitLabel: string;
  readonly onSubmit: (body: ScenarioBody) => Promise<void>;
  readonly onCancel: () => void;
}

export function ScenarioForm({ defaultValues, submitLabel, onSubmit, onCancel }: ScenarioFormProps) {
  const form = useForm<ScenarioEditorValues, unknown, ScenarioBody>({
    resolver: zodResolver(scenarioEditorSchema),
    defaultValues,
    shouldFocusError: true,
  });
  const modules = useFieldArray({ control: form.control, name: 'modules' });
  const steps = useRunbookSteps();
  const [csvOpen, setCsvOpen] = useState(false);
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  const { submit, saveError, problems } = useSaveSubmit(form, onSubmit, { guardsNavigation: true });

  const addModule = (): void => {
    const taken = new Set(form.getValues('modules').map((module) => module.id));
    modules.append(
      blankModule(newScenarioItemId(`module-${modules.fields.length + 1}`, taken), modules.fields.length + 1),
      {
        shouldFocus: true,
      },
    );
  };

  const addImported = (byModule: ReadonlyMap<string, readonly Inject[]>): void => {
    const values = form.getValues();
    form.reset(
      {
        ...values,
        modules: values.modules.map((module) => ({
          ...module,
          injects: [...module.injects, ...(byModule.get(module.id) ?? []).map(injectValues)],
        })),
      },
      { keepDefaultValues: true },
    );
    setCsvOpen(false);
  };

  const overviewErrors = errors.overview;

  return (
    <form className="incident-form runbook-form scenario-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormSection title="Overview" description="The exercise overview of the situation manual.">
        <Field label="Scenario name" error={firstMessage(overviewErrors?.name)}>
          {(control) => <input {...control} {...form.register('overview.name')} className="input" />}
        </Field>
        <Field
          label="Scope"
          hint="Exercise type, duration, who plays, and what play is limited to."
          error={firstMessage(overviewErrors?.scope)}
        >
          {(control) => <textarea {...control} {...form.register('overview.scope')} className="textarea" rows={3} />}
        </Field>
        <Field label="Threat or hazard" error={firstMessage(overviewErrors?.threat)}>
          {(control) => <textarea {...control} {...form.register('overview.threat')} className="textarea" rows={3} />}
        </Field>
        <div className="field-row">
          <Field label="Sponsor" optional error={firstMessage(overviewErrors?.sponsor)}>
            {(control) => <input {...control} {...form.register('overview.sponsor')} className="input" />}
          </Field>
          <Field label="Point of contact" optional error={firstMessage(overviewErrors?.pointOfContact)}>
            {(control) => <input {...control} {...form.register('overview.pointOfContact')} className="input" />}
          </Field>
        </div>
        <Field
          label="Participating organisations"
          optional
          hint="One per line."
          error={firstMessage(overviewErrors?.participatingOrganisations)}
        >
          {(control) => (
            <textarea
              {...control}
              {...form.register('overview.participatingOrganisations')}
              className="textarea"
              rows={2}
            />
          )}
        </Field>
        <AtlasTechniquesGrid legend="MITRE ATLAS techniques" registration={form.register('overview.atlasTechniques')} />
        <CheckGrid
          legend="Regulatory clocks it should raise"
          options={REGIME_IDS}
          label={(id) => REGULATORY_RULES[id].name}
          registration={form.register('overview.expectedRegimes')}
        />
      </FormSection>
      <FormSection
        title="Objectives"
        description="What the exercise tests, each mapped to the capabilities it exercises."
      >
        <ObjectivesEditor form={form} />
      </FormSection>
      <FormSection
        title="Capability targets"
        description="Performance thresholds and the critical tasks that meet them."
      >
        <TargetsEditor form={form} />
      </FormSection>
      <FormSection
        title="Modules and injects"
        description="Each module opens with a scenario update; its injects form the master scenario events list. Sequence numbers are unique across the scenario."
      >
        <div className="scenario-csv-row">
          <Button size="sm" icon="upload" onClick={() => setCsvOpen(true)}>
            Import injects from CSV
          </Button>
        </div>
        {errors.modules?.message ? <p className="form-alert">{errors.modules.message}</p> : null}
        {modules.fields.map((field, index) => (
          <ModuleEditor
            key={field.id}
            form={form}
            index={index}
            count={modules.fields.length}
            steps={steps}
            onMove={(from, to) => modules.move(from, to)}
            onRemove={(at) => modules.remove(at)}
          />
        ))}
        <Button size="sm" icon="plus" onClick={addModule}>
          Add module
        </Button>
      </FormSection>
      <FormSection title="Hot wash" description="Prompts for the facilitated discussion right after play.">
        <Field label="Hot-wash guide" optional hint="One prompt per line." error={firstMessage(errors.hotWashGuide)}>
          {(control) => <textarea {...control} {...form.register('hotWashGuide')} className="textarea" rows={4} />}
        </Field>
      </FormSection>
      <FormFooter
        saveError={saveError}
        problems={problems}
        submitLabel={submitLabel}
        busy={isSubmitting}
        onCancel={onCancel}
      />
      {csvOpen ? (
        <InjectCsvImportDialog
          modules={form.getValues('modules')}
          onCancel={() => setCsvOpen(false)}
          onAdd={addImported}
        />
      ) : null}
    </form>
  );
}
