/**
 * Adds a trusted signer: from the partner's certificate or public key file (the fingerprint is computed here), or
 * from a fingerprint typed in after confirming it out of band; a label and the reason are required and audited.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  TRUSTED_SIGNER_KINDS,
  TRUSTED_SIGNER_KIND_LABELS,
  trustedSignerDraftSchema,
  type TrustedSignerDraft,
  type TrustedSignerDraftInput,
} from '../../../shared/domain/trust/trustedSigner';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { addTrustedSigner } from '../../db/trust/trustedSigners';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { signerKeyFromFile } from './signerFile';
import { FormAlert } from '../../ui/FormAlert';

const EMPTY: TrustedSignerDraftInput = { kind: 'x509-sha256', fingerprint: '', label: '', reason: '' };

export function AddTrustedSignerForm() {
  const db = useDatabase();
  const { actor } = useSession();
  const [fileProblem, setFileProblem] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<string | undefined>();
  // A new key clears the file input after a signer is added.
  const [fileInputKey, setFileInputKey] = useState(0);
  const form = useForm<TrustedSignerDraftInput, unknown, TrustedSignerDraft>({
    resolver: zodResolver(trustedSignerDraftSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;

  const readFile = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    const key = signerKeyFromFile(new Uint8Array(await file.arrayBuffer()));
    if (typeof key === 'string') {
      setFileProblem(key);
      return;
    }
    setFileProblem(undefined);
    form.setValue('kind', key.kind);
    form.setValue('fingerprint', key.fingerprint, { shouldValidate: true });
    if (form.getValues('label') === '') form.setValue('label', file.name.replace(/\.[^.]+$/, ''));
  };

  const submit = form.handleSubmit(async (draft) => {
    setSaveError(undefined);
    try {
      await addTrustedSigner(db, actor, draft);
      showToast('success', `${draft.label} is now a trusted signer.`);
      form.reset(EMPTY);
      setFileInputKey((key) => key + 1);
    } catch (error) {
      setSaveError(describeError(error));
    }
  });

  return (
    <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Add a trusted signer">
      <h3>Add a partner</h3>
      <Field
        label="Certificate or public key file"
        optional
        hint="A .pem, .crt or .cer certificate, or a minisign .pub key. Only its fingerprint is kept."
        error={fileProblem}
      >
        {(control) => (
          <input
            {...control}
            key={fileInputKey}
            type="file"
            accept=".pem,.crt,.cer,.der,.pub"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label="Kind" error={errors.kind?.message}>
          {(control) => (
            <select {...control} {...form.register('kind')} className="select">
              {TRUSTED_SIGNER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {TRUSTED_SIGNER_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="SHA-256 fingerprint"
          hint="Compare it with the signer by phone or in person before you trust it."
          error={errors.fingerprint?.message}
        >
          {(control) => (
            <input {...control} {...form.register('fingerprint')} className="input mono" spellCheck={false} />
          )}
        </Field>
      </div>
      <Field label="Signer name" error={errors.label?.message}>
        {(control) => <input {...control} {...form.register('label')} className="input" />}
      </Field>
      <Field label="Why you trust it" error={errors.reason?.message}>
        {(control) => <textarea {...control} {...form.register('reason')} className="textarea" rows={2} />}
      </Field>
      <FormAlert>{saveError}</FormAlert>
      <div className="settings-actions">
        <Button type="submit" variant="primary" icon="plus" busy={isSubmitting}>
          Add trusted signer
        </Button>
      </div>
    </form>
  );
}
