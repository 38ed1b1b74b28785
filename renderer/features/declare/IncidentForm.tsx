/**
 * The declare and edit form, one component for both. Validation is the shared incident draft schema (zodResolver):
 * an invalid form stores nothing, shows each error beside its field in words, and moves focus to the first one.
 * Leaving with unsaved changes asks first.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { incidentDraftSchema, type IncidentDraft } from '../../../shared/domain/incidents/incident';
import { useUnsavedChangesGuard } from '../../app/useUnsavedChangesGuard';
import { FormFooter } from '../../ui/FormFooter';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { AffectedSystemsSection } from './AffectedSystemsSection';
import { DescriptionSection } from './DescriptionSection';
import { ImpactSection } from './ImpactSection';
import type { IncidentFormValues } from './incidentFormValues';
import { ReporterSection } from './ReporterSection';
import { SeveritySection } from './SeveritySection';
import { TimingSection } from './TimingSection';
import { TypesSection } from './TypesSection';

export interface IncidentFormProps {
  readonly defaultValues: Partial<IncidentFormValues>;
  readonly submitLabel: string;
  /** Stores the draft; a thrown error is shown above the buttons and nothing else changes. */
  readonly onSubmit: (draft: IncidentDraft) => Promise<void>;
  readonly onCancel: () => void;
}

export function IncidentForm({ defaultValues, submitLabel, onSubmit, onCancel }: IncidentFormProps) {
  const form = useForm<IncidentFormValues, unknown, IncidentDraft>({
    resolver: zodResolver(incidentDraftSchema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  const { submit, saveError, problems } = useSaveSubmit(form, onSubmit);

  return (
    <form className="incident-form" noValidate onSubmit={(event) => void submit(event)}>
      <DescriptionSection form={form} />
      <TypesSection form={form} />
      <SeveritySection form={form} />
      <TimingSection form={form} />
      <AffectedSystemsSection form={form} />
      <ImpactSection form={form} />
      <ReporterSection form={form} />
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
