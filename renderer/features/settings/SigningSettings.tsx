/**
 * Settings › Signing: the installation's signing identity. Create a self-signed certificate or import the
 * organisation's PKCS#12 file; the private key stays in the host process, sealed, and never reaches this page.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createSelfSignedRequestSchema, type SigningIdentity } from '../../../shared/reports/signing';
import { IN_WORDS } from '../../../shared/errors';
import { useSession } from '../../app/ProfileContext';
import { hostClient } from '../../host/hostClient';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { bytesToBase64 } from '../reports/base64';
import { SigningIdentityFacts } from '../reports/SigningIdentityFacts';
import { SettingsSection } from './SettingsSection';

export function SigningSettings() {
  const { profile } = useSession();
  const [identity, setIdentity] = useState<SigningIdentity | null | undefined>(undefined);
  const certificate = useForm<z.input<typeof createSelfSignedRequestSchema>>({
    resolver: zodResolver(createSelfSignedRequestSchema, IN_WORDS),
    defaultValues: { name: profile.name, organisation: '' },
  });
  const certificateErrors = certificate.formState.errors;
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState<'create' | 'import' | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void hostClient()
      .invoke('signing:getIdentity', {})
      .then((answer) => setIdentity(answer.ok ? answer.value : null));
  }, []);

  const create = certificate.handleSubmit(async ({ name, organisation }) => {
    setBusy('create');
    setError(undefined);
    const answer = await hostClient().invoke('signing:createSelfSigned', { name, organisation });
    setBusy(undefined);
    if (!answer.ok) return setError(answer.error.message);
    setIdentity(answer.value);
    showToast('success', 'Signing certificate created.');
  });

  const importFile = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (file === undefined) return setError('Choose a PKCS#12 file (.p12 or .pfx).');
    setBusy('import');
    setError(undefined);
    const fileBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const answer = await hostClient().invoke('signing:importPkcs12', { fileBase64, passphrase });
    setBusy(undefined);
    setPassphrase('');
    if (!answer.ok) return setError(answer.error.message);
    setIdentity(answer.value);
    showToast('success', 'Signing certificate imported.');
  };

  return (
    <SettingsSection
      title="Signing"
      description="Reports are signed with this installation’s certificate. The private key is kept encrypted by the host and never enters the console window."
    >
      <div className="stack">
        {identity === undefined ? <p className="muted">Reading the signing identity…</p> : null}
        {identity === null ? (
          <p className="status-line">No signing identity yet. Create one or import your organisation’s.</p>
        ) : null}
        {identity ? <SigningIdentityFacts identity={identity} /> : null}
        <form
          className="signing-form"
          noValidate
          onSubmit={(event) => void create(event)}
          aria-label="Create a self-signed certificate"
        >
          <h3>{identity ? 'Replace with a new self-signed certificate' : 'Create a self-signed certificate'}</h3>
          <Field label="Name on the certificate" error={certificateErrors.name?.message}>
            {(control) => <input {...control} {...certificate.register('name')} className="input" />}
          </Field>
          <Field label="Organisation" error={certificateErrors.organisation?.message}>
            {(control) => <input {...control} {...certificate.register('organisation')} className="input" />}
          </Field>
          <div>
            <Button type="submit" busy={busy === 'create'}>
              Create certificate
            </Button>
          </div>
        </form>
        <form className="signing-form" onSubmit={(event) => void importFile(event)} aria-label="Import a PKCS#12 file">
          <h3>Import an organisation-issued certificate</h3>
          <Field label="PKCS#12 file">
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".p12,.pfx,application/x-pkcs12"
                onChange={(event) => setFile(event.target.files?.[0])}
              />
            )}
          </Field>
          <Field label="Passphrase">
            {(control) => (
              <input
                {...control}
                className="input"
                type="password"
                autoComplete="off"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            )}
          </Field>
          <div>
            <Button type="submit" busy={busy === 'import'}>
              Import certificate
            </Button>
          </div>
        </form>
        <div aria-live="polite">{error ? <p className="status-line status-bad">{error}</p> : null}</div>
      </div>
    </SettingsSection>
  );
}
