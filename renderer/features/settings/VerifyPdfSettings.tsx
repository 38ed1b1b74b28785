/**
 * Settings › Check a signed PDF: the same verification as firebreak-verify, run by the host on a chosen file. It
 * trusts this installation's own signing identities (the host adds them) and the trusted-signers list, and checks
 * the audit head the report cites against this console's log.
 */
import { useState } from 'react';
import type { VerificationResult } from '../../../shared/reports/signing';
import { useDatabase } from '../../app/DatabaseContext';
import { citedAuditHeadState } from '../../db/trust/integrity';
import { liveTrustedSigners } from '../../db/trust/trustedSigners';
import { hostClient } from '../../host/hostClient';
import { Field } from '../../ui/Field';
import { bytesToBase64 } from '../reports/base64';
import { SettingsSection } from './SettingsSection';
import { SignedPdfVerdict } from './SignedPdfVerdict';

type Outcome =
  | {
      readonly kind: 'result';
      readonly fileName: string;
      readonly result: VerificationResult;
      /** Whether this console's audit log holds the head the report cites. */
      readonly cited: 'held' | 'different' | 'missing' | undefined;
    }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'checking' };

const CITED_WORDS = {
  held: 'This console’s audit log still holds the audit entry the report cites, with the same hash.',
  different:
    'This console’s audit log holds a different entry where the report cites its audit head: the report was made on another installation, or this log was rewritten since.',
  missing:
    'This console’s audit log does not reach the entry the report cites: the report was made on another installation, or this log was rolled back since.',
} as const;

function CitedAuditHead({ state }: { readonly state: keyof typeof CITED_WORDS }) {
  return <p className={state === 'held' ? 'status-line status-ok' : 'status-line status-warn'}>{CITED_WORDS[state]}</p>;
}

export function VerifyPdfSettings() {
  const db = useDatabase();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const check = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    setOutcome({ kind: 'checking' });
    const pdfBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    // The host adds this installation's own identities; the trusted-signers list is the rest.
    const trust = (await liveTrustedSigners(db)).map((signer) => signer.fingerprint);
    const answer = await hostClient().invoke('reports:verify', { pdfBase64, trust });
    if (!answer.ok) {
      setOutcome({ kind: 'error', message: answer.error.message });
      return;
    }
    const manifest = answer.value.manifest;
    const cited = manifest ? await citedAuditHeadState(db, manifest.auditHead) : undefined;
    setOutcome({ kind: 'result', fileName: file.name, result: answer.value, cited });
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
          {outcome?.kind === 'result' && outcome.cited !== undefined ? <CitedAuditHead state={outcome.cited} /> : null}
        </div>
      </div>
    </SettingsSection>
  );
}
