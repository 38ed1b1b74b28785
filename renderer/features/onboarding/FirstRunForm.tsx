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
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { SiteCodeHint } from './SiteCodeHint';

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
      <Field label="Your name" error={errors.name?.message} hint="Shown as the author of everything you record.">
        {(control) => <input {...control} {...form.register('name')} className="input" autoComplete="name" />}
      </Field>
      <Field label="Your role" error={errors.role?.message} hint="For example: Security analyst, AI safety lead.">
        {(control) => (
          <input {...control} {...form.register('role')} className="input" autoComplete="organization-title" />
        )}
      </Field>
      <Field label="Site code" error={errors.siteCode?.message} hint={<SiteCodeHint />}>
        {(control) => (
          <input
            {...control}
            {...form.register('siteCode')}
            className="input input-code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
        )}
      </Field>
      {saveError ? (
        <p className="form-alert" role="alert">
          {saveError}
        </p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          Continue
        </Button>
      </div>
    </form>
  );
}
