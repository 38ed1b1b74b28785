/**
 * Settings › Signing: the installation's signing identity. Create a self-signed certificate or import the
 * organisation's PKCS#12 file; the private key stays in the host process, sealed, and never reaches this page.
 * Where the host cannot seal the key on its own it says why, and a passphrase is asked for; replacing the current
 * identity is confirmed first (naming its fingerprint), and the ones it replaced are listed as retired.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { IN_WORDS } from '../../../shared/errors';
import { createSelfSignedRequestSchema, type SigningIdentities } from '../../../shared/reports/signing';
import { useSession } from '../../app/ProfileContext';
import { hostClient } from '../../host/hostClient';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { PasswordField } from '../../ui/PasswordField';
import { showToast } from '../../ui/toastStore';
import { bytesToBase64 } from '../reports/base64';
import { SigningIdentityFacts } from '../reports/SigningIdentityFacts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { KeyPassphraseFields, keyPassphraseProblem, type KeyPassphrase } from './KeyPassphraseFields';
import { RetiredSigningIdentities } from './RetiredSigningIdentities';
import { SettingsSection } from './SettingsSection';

type Action = 'create' | 'import';
const NO_PASSPHRASE: KeyPassphrase = { value: '', repeat: '' };

export function SigningSettings() {
  const { profile } = useSession();
  const [identities, setIdentities] = useState<SigningIdentities | null | undefined>(undefined);
  const certificate = useForm<z.input<typeof createSelfSignedRequestSchema>>({
    resolver: zodResolver(createSelfSignedRequestSchema, IN_WORDS),
    defaultValues: { name: profile.name, organisation: '' },
  });
  const certificateErrors = certificate.formState.errors;
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [keyPassphrase, setKeyPassphrase] = useState<KeyPassphrase>(NO_PASSPHRASE);
  const [confirming, setConfirming] = useState<Action | undefined>();
  const [busy, setBusy] = useState<Action | undefined>();
  const [error, setError] = useState<string | undefined>();

  const refresh = useCallback(async () => {
    const answer = await hostClient().invoke('signing:listIdentities', {});
    setIdentities(answer.ok ? answer.value : null);
  }, []);
  useEffect(() => {
    void hostClient()
      .invoke('signing:listIdentities', {})
      .then((answer) => setIdentities(answer.ok ? answer.value : null));
  }, []);

  const identity = identities?.current ?? null;
  const protection = identities?.newKeyProtection;
  const needsKeyPassphrase = protection?.kind === 'passphrase';

  const run = async (action: Action, replace: boolean): Promise<void> => {
    setConfirming(undefined);
    const chosen = file;
    if (action === 'import' && chosen === undefined) return setError('Choose a PKCS#12 file (.p12 or .pfx).');
    const problem = needsKeyPassphrase ? keyPassphraseProblem(keyPassphrase) : undefined;
    if (problem !== undefined) return setError(problem);
    setBusy(action);
    setError(undefined);
    const { name, organisation } = certificate.getValues();
    const options = {
      ...(needsKeyPassphrase ? { keyPassphrase: keyPassphrase.value } : {}),
      ...(replace ? { replace: true } : {}),
    };
    const answer =
      action === 'create' || chosen === undefined
        ? await hostClient().invoke('signing:createSelfSigned', { name, organisation, ...options })
        : await hostClient().invoke('signing:importPkcs12', {
            fileBase64: bytesToBase64(new Uint8Array(await chosen.arrayBuffer())),
            passphrase,
            ...options,
          });
    setBusy(undefined);
    if (action === 'import') setPassphrase('');
    if (!answer.ok) return setError(answer.error.message);
    setKeyPassphrase(NO_PASSPHRASE);
    await refresh();
    showToast('success', action === 'create' ? 'Signing certificate created.' : 'Signing certificate imported.');
  };

  // Replacing retires the current identity: ask first, naming the certificate that would be retired.
  const proceed = (action: Action): void => {
    if (identity) setConfirming(action);
    else void run(action, false);
  };
  const submitCertificate = certificate.handleSubmit(() => proceed('create'));
  const submitImport = (event: FormEvent): void => {
    event.preventDefault();
    proceed('import');
  };

  return (
    <SettingsSection
      title="Signing"
      description="Reports are signed with this installation’s certificate. The private key is kept encrypted by the host and never enters the console window."
    >
      <div className="stack">
        {identities === undefined ? <p className="muted">Reading the signing identity…</p> : null}
        {identities !== undefined && identity === null ? (
          <p className="status-line">No signing identity yet. Create one or import your organisation’s.</p>
        ) : null}
        {identity ? <SigningIdentityFacts identity={identity} /> : null}
        {identity && identities?.currentNeedsPassphrase ? (
          <p className="muted">Its key is sealed with a passphrase: you will be asked for it when you sign.</p>
        ) : null}
        {protection?.kind === 'passphrase' ? (
          <KeyPassphraseFields reason={protection.reason} passphrase={keyPassphrase} onChange={setKeyPassphrase} />
        ) : null}
        <form
          className="signing-form"
          noValidate
          onSubmit={(event) => void submitCertificate(event)}
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
        <form className="signing-form" onSubmit={submitImport} aria-label="Import a PKCS#12 file">
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
          <PasswordField label="PKCS#12 file passphrase" value={passphrase} onChange={setPassphrase} />
          <div>
            <Button type="submit" busy={busy === 'import'}>
              Import certificate
            </Button>
          </div>
        </form>
        <div aria-live="polite">{error ? <p className="status-line status-bad">{error}</p> : null}</div>
        {identities ? <RetiredSigningIdentities retired={identities.retired} /> : null}
      </div>
      <ConfirmDialog
        open={confirming !== undefined && identity !== null}
        title="Replace the signing identity?"
        message={
          <>
            New reports will be signed with the new certificate. The current one, SHA-256{' '}
            <code className="fingerprint">{identity?.fingerprint}</code>, is kept as retired: reports it signed still
            name it and stay trusted.
          </>
        }
        confirmLabel="Replace and retire the current one"
        cancelLabel="Keep the current one"
        destructive
        onConfirm={() => confirming && void run(confirming, true)}
        onCancel={() => setConfirming(undefined)}
      />
    </SettingsSection>
  );
}
