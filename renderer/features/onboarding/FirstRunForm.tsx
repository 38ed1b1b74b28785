/**
 * First run: the responder's name and role and this installation's site code, validated by the shared first-run
 * schema and saved with saveProfile, which creates the installation, the responder's person record and the profile.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { firstRunDraftSchema, type FirstRunDraft } from '../../../shared/domain/responder';
import { saveProfile } from '../../db/profile';
import { useDatabase } from '../../app/DatabaseContext';
import { describeError } from '../../ui/errorMessage';
import { NameAndRoleFields, ProfileFormEnd, SiteCodeField } from './ProfileFields';

export function FirstRunForm() {
  const db = useDatabase();
  const [saveError, setSaveError] = useState<string | undefined>();
  const form = useForm<FirstRunDraft>({
    resolver: zodResolver(firstRunDraftSchema),
    defaultValues: { name: '', role: '', siteCode: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (draft) => {
    setSaveError(undefined);
    try {
      await saveProfile(db, draft);
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
      <SiteCodeField registration={form.register('siteCode')} error={errors.siteCode?.message} />
      <ProfileFormEnd saveError={saveError} busy={isSubmitting} submitLabel="Continue" />
    </form>
  );
}
