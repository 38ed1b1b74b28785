/**
 * First run: the responder's name and role and this installation's site code, validated by the shared first-run
 * schema and saved with saveProfile, which creates the installation, the responder's person record and the profile.
 * In demo mode the same form starts filled with a demo identity the newcomer can replace with their own name.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { firstRunDraftSchema, type FirstRunDraft } from '../../../shared/domain/responder';
import { saveProfile } from '../../db/profile';
import { useDatabase } from '../../app/DatabaseContext';
import { describeError } from '../../ui/errorMessage';
import { NameAndRoleFields, ProfileFormEnd, SiteCodeField } from './ProfileFields';

/** What a demonstration suggests; the newcomer may put their own name (and role) instead. */
export const DEMO_PROFILE = { name: 'Demo responder', role: 'Incident commander', siteCode: 'DEMO' } as const;

/** `demo`: the fields start filled with the demo identity and the button starts the demo. */
export function FirstRunForm({ demo = false }: { readonly demo?: boolean }) {
  const db = useDatabase();
  const [saveError, setSaveError] = useState<string | undefined>();
  const form = useForm<FirstRunDraft>({
    resolver: zodResolver(firstRunDraftSchema),
    defaultValues: demo ? { ...DEMO_PROFILE } : { name: '', role: '', siteCode: '' },
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
      <ProfileFormEnd saveError={saveError} busy={isSubmitting} submitLabel={demo ? 'Start the demo' : 'Continue'} />
    </form>
  );
}
