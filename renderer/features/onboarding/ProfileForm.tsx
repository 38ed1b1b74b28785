/** The responder's name and role, validated by the shared profile schema and saved with saveProfile. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { responderProfileDraftSchema, type ResponderProfileDraft } from '../../../shared/domain/responder';
import { saveProfile } from '../../db/profile';
import { useDatabase } from '../../app/DatabaseContext';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';

export function ProfileForm({
  defaultValues,
  submitLabel,
  onSaved,
}: {
  readonly defaultValues: ResponderProfileDraft;
  readonly submitLabel: string;
  readonly onSaved?: (profile: ResponderProfileDraft) => void;
}) {
  const db = useDatabase();
  const [saveError, setSaveError] = useState<string | undefined>();
  const form = useForm<ResponderProfileDraft>({ resolver: zodResolver(responderProfileDraftSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (draft) => {
    setSaveError(undefined);
    try {
      const saved = await saveProfile(db, draft);
      form.reset({ name: saved.name, role: saved.role });
      onSaved?.(saved);
    } catch (error) {
      setSaveError(describeError(error));
    }
  });

  return (
    <form className="profile-form" noValidate onSubmit={(event) => void submit(event)}>
      <Field label="Your name" error={errors.name?.message} hint="Shown as the author of everything you record.">
        {(control) => <input {...control} {...form.register('name')} className="input" autoComplete="name" />}
      </Field>
      <Field label="Your role" error={errors.role?.message} hint="For example: Security analyst, AI safety lead.">
        {(control) => (
          <input {...control} {...form.register('role')} className="input" autoComplete="organization-title" />
        )}
      </Field>
      {saveError ? (
        <p className="form-alert" role="alert">
          {saveError}
        </p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
