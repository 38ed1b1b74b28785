/**
 * Receiving a bundle: choose the file; the host decrypts and verifies it; an unknown signer is shown (fingerprint,
 * site, installation) with "Trust and continue" (an audited trusted-signer record) or "Stop"; then the preview (added,
 * updated, already present, in conflict per table and per incident, evidence to store), then one import.
 */
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import {
  applyImport,
  previewImport,
  signerVerdict,
  type BundlePayload,
  type ImportPreview,
  type TrustVerdict,
} from '../../db/bundles/importBundle';
import { hostClient } from '../../host/hostClient';
import { startSha256Worker } from '../evidence/sha256Worker';
import { Field } from '../../ui/Field';
import { PasswordField } from '../../ui/PasswordField';
import { ProgressBar } from '../../ui/ProgressBar';
import { describeError } from '../../ui/errorMessage';
import { SettingsSection } from '../settings/SettingsSection';
import { BundleImportPreview } from './BundleImportPreview';
import { closeImport, evidenceReaderOf, openBundle } from './receiveBundle';
import { invokeHost } from './sendBundle';
import { OutcomeLine, type Outcome } from './OutcomeLine';
import { SignerPrompt } from './SignerPrompt';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly label: string; readonly done: number; readonly total: number }
  | { readonly kind: 'trust'; readonly payload: BundlePayload }
  | {
      readonly kind: 'preview';
      readonly payload: BundlePayload;
      readonly verdict: TrustVerdict;
      readonly trustOnImport: boolean;
      readonly preview: ImportPreview;
    };

export function ReceiveBundlePanel() {
  const db = useDatabase();
  const { actor } = useSession();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [message, setMessage] = useState<Outcome | undefined>();
  const [ownRecipient, setOwnRecipient] = useState<string | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [ownFingerprint, setOwnFingerprint] = useState<string | undefined>();
  useEffect(() => {
    invokeHost(hostClient(), 'bundles:identity', {}).then(
      (identity) => setOwnRecipient(identity.recipient),
      (error: unknown) =>
        setMessage({ ok: false, text: `This site’s age recipient could not be read. ${describeError(error)}` }),
    );
  }, []);

  const showPreview = async (payload: BundlePayload, verdict: TrustVerdict, trustOnImport = false) =>
    setStep({ kind: 'preview', payload, verdict, trustOnImport, preview: await previewImport(db, payload) });

  const choose = async (file: File) => {
    setMessage(undefined);
    setStep({ kind: 'busy', label: 'Verifying bundle', done: 0, total: file.size });
    try {
      const payload = await openBundle(
        hostClient(),
        file,
        (done, total) => setStep({ kind: 'busy', label: 'Verifying bundle', done, total }),
        passphrase,
      );
      const own = await invokeHost(hostClient(), 'bundles:identity', {});
      setOwnFingerprint(own.keyFingerprint);
      const verdict = await signerVerdict(db, payload.opened, own.keyFingerprint);
      if (verdict === 'unknown') setStep({ kind: 'trust', payload });
      else
        await showPreview(payload, verdict).catch(async (error: unknown) => {
          await closeImport(hostClient(), payload);
          throw error;
        });
    } catch (error) {
      setStep({ kind: 'idle' });
      setMessage({ ok: false, text: `Nothing was imported. ${describeError(error)}` });
    }
  };

  const stop = async (payload: BundlePayload, text: string) => {
    await closeImport(hostClient(), payload);
    setStep({ kind: 'idle' });
    setMessage({ ok: false, text });
  };

  // Trusting is written with the import, in the same audited transaction: stopping at the preview trusts nobody.
  const trust = async (payload: BundlePayload) => {
    try {
      await showPreview(payload, 'unknown', true);
    } catch (error) {
      await stop(payload, `Nothing was imported. ${describeError(error)}`);
    }
  };

  const apply = async (payload: BundlePayload, trustOnImport: boolean) => {
    setStep({ kind: 'busy', label: 'Importing', done: 0, total: 0 });
    try {
      const result = await applyImport(db, actor, evidenceReaderOf(hostClient(), payload), payload, {
        onProgress: (done, total) => setStep({ kind: 'busy', label: 'Importing evidence', done, total }),
        // Evidence is hashed beside the reads and writes, in a worker of its own, as intake does.
        hasher: startSha256Worker,
        ...(ownFingerprint ? { ownFingerprint } : {}),
        ...(trustOnImport
          ? {
              trustSigner: {
                reason: `Trusted on receiving bundle ${payload.opened.manifest.bundleId}, after comparing its fingerprint.`,
              },
            }
          : {}),
      });
      setMessage({
        ok: true,
        text: `Imported bundle ${payload.opened.manifest.bundleId} from ${payload.opened.signer.siteCode}: ${result.added} added, ${result.updated} updated, ${result.conflicts} new conflicts.`,
      });
    } catch (error) {
      setMessage({ ok: false, text: `Nothing was imported. ${describeError(error)}` });
    } finally {
      await closeImport(hostClient(), payload);
      setStep({ kind: 'idle' });
    }
  };

  return (
    <SettingsSection
      title="Receive a bundle"
      description="The bundle is decrypted and checked completely — signature, every entry, every record — before you see what it holds. Nothing is written until you import it."
    >
      <div className="stack bundle-panel">
        {ownRecipient ? (
          <div className="field">
            <span className="field-label">This site’s age recipient</span>
            <p className="field-hint">Give it to partners: they encrypt bundles for this site to it.</p>
            <code className="bundle-key" aria-label="This site’s age recipient">
              {ownRecipient}
            </code>
          </div>
        ) : null}
        <PasswordField
          label="Bundle passphrase"
          hint="Only for a bundle encrypted with a passphrase: type it before choosing the file. It is not stored."
          value={passphrase}
          onChange={setPassphrase}
        />
        <Field label="Bundle file" hint="A .fbundle or .fbundle.age file from another site.">
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".fbundle,.age"
              disabled={step.kind !== 'idle'}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void choose(file);
              }}
            />
          )}
        </Field>
        {step.kind === 'busy' ? <ProgressBar label={step.label} value={step.done} max={step.total} /> : null}
        {step.kind === 'trust' ? (
          <SignerPrompt
            signer={step.payload.opened.signer}
            onTrust={() => void trust(step.payload)}
            onStop={() =>
              void stop(step.payload, 'Stopped: the bundle was not imported, and its signer was not trusted.')
            }
          />
        ) : null}
        {step.kind === 'preview' ? (
          <BundleImportPreview
            opened={step.payload.opened}
            verdict={step.verdict}
            trustOnImport={step.trustOnImport}
            preview={step.preview}
            onImport={() => void apply(step.payload, step.trustOnImport)}
            onCancel={() => void stop(step.payload, 'Cancelled: nothing was imported.')}
          />
        ) : null}
        <OutcomeLine message={message} />
      </div>
    </SettingsSection>
  );
}
