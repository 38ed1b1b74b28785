/** Chooses or changes this installation's site code with the shared schema; chooseSiteCode enforces when it may. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { siteCodeDraftSchema, type SiteCodeDraft } from '../../../shared/domain/installation';
import { useDatabase } from '../../app/DatabaseContext';
import { chooseSiteCode } from '../../db/installation';
import type { Actor } from '../../db/write';
import { describeError } from '../../ui/errorMessage';
import { ProfileFormEnd, SiteCodeField } from './ProfileFields';

export function SiteCodeForm({
  actor,
  siteCode,
  submitLabel,
  onSaved,
}: {
  readonly actor: Actor;
  readonly siteCode: string;
  readonly submitLabel: string;
  readonly onSaved?: (draft: SiteCodeDraft) => void;
}) {
  const db = useDatabase();
  const [saveError, setSaveError] = useState<string | undefined>();
  const form = useForm<SiteCodeDraft>({ resolver: zodResolver(siteCodeDraftSchema), defaultValues: { siteCode } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (draft) => {
    setSaveError(undefined);
    try {
      const saved = await chooseSiteCode(db, actor, draft);
      form.reset({ siteCode: saved.siteCode ?? '' });
      onSaved?.(draft);
    } catch (error) {
      setSaveError(describeError(error));
    }
  });

  return (
    <form className="profile-form" noValidate onSubmit={(event) => void submit(event)}>
      <SiteCodeField registration={form.register('siteCode')} error={errors.siteCode?.message} />
      <ProfileFormEnd saveError={saveError} busy={isSubmitting} submitLabel={submitLabel} />
    </form>
  );
}
