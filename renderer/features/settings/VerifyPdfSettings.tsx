/**
 * Settings › Check a signed PDF: the same verification as firebreak-verify, run by the host on a chosen file. It
 * trusts this installation's own signing identity (the host adds it too); the trusted-signers list will join it.
 */
import { useState } from 'react';
import type { VerificationResult } from '../../../shared/reports/signing';
import { hostClient } from '../../host/hostClient';
import { Field } from '../../ui/Field';
import { bytesToBase64 } from '../reports/base64';
import { SettingsSection } from './SettingsSection';
import { SignedPdfVerdict } from './SignedPdfVerdict';

type Outcome =
  | { readonly kind: 'result'; readonly fileName: string; readonly result: VerificationResult }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'checking' };

export function VerifyPdfSettings() {
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const check = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    setOutcome({ kind: 'checking' });
    const pdfBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const identity = await hostClient().invoke('signing:getIdentity', {});
    const trust = identity.ok && identity.value !== null ? [identity.value.fingerprint] : [];
    const answer = await hostClient().invoke('reports:verify', { pdfBase64, trust });
    setOutcome(
      answer.ok
        ? { kind: 'result', fileName: file.name, result: answer.value }
        : { kind: 'error', message: answer.error.message },
    );
  };

  return (
    <SettingsSection
      title="Check a signed PDF"
      description="Open a Firebreak report to check its signature, whether anything was added after signing, whether you trust who signed it, and what it cites. Anyone can run the same check with firebreak-verify."
    >
      <div className="stack">
        <Field label="Signed PDF to check">
          {(control) => (
            <input
              {...control}
              type="file"
              accept="application/pdf,.pdf"
              onChange={(event) => void check(event.target.files?.[0])}
            />
          )}
        </Field>
        <div aria-live="polite">
          {outcome?.kind === 'checking' ? <p className="muted">Checking…</p> : null}
          {outcome?.kind === 'error' ? (
            <p className="status-line status-bad">The file could not be checked. {outcome.message}</p>
          ) : null}
          {outcome?.kind === 'result' ? <SignedPdfVerdict result={outcome.result} fileName={outcome.fileName} /> : null}
        </div>
      </div>
    </SettingsSection>
  );
}
