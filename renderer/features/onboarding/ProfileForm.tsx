/** The responder's name and role, validated by the shared profile schema and saved with saveProfile. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { responderProfileDraftSchema, type ResponderProfileDraft } from '../../../shared/domain/responder';
import { saveProfile } from '../../db/profile';
import { useDatabase } from '../../app/DatabaseContext';
import { describeError } from '../../ui/errorMessage';
import { NameAndRoleFields, ProfileFormEnd } from './ProfileFields';

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
      <NameAndRoleFields
        name={form.register('name')}
        role={form.register('role')}
        errors={{ name: errors.name?.message, role: errors.role?.message }}
      />
      <ProfileFormEnd saveError={saveError} busy={isSubmitting} submitLabel={submitLabel} />
    </form>
  );
}
