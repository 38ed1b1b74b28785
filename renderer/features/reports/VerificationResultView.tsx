/** What verifying a signed PDF found, check by check, in words; the manifest as recovered from the file. */
import { reportTime } from '../../../shared/reports/format';
import type { VerificationResult } from '../../../shared/reports/signing';

function Check({ ok, label }: { readonly ok: boolean; readonly label: string }) {
  return (
    <li className={ok ? 'check check-ok' : 'check check-bad'}>
      <span className="check-mark" aria-hidden="true">
        {ok ? '✓' : '✗'}
      </span>
      {label}: {ok ? 'yes' : 'no'}
    </li>
  );
}

export function VerificationResultView({
  result,
  fileName,
}: {
  readonly result: VerificationResult;
  readonly fileName: string;
}) {
  return (
    <div className="verification">
      <p className={result.ok ? 'status-line status-ok' : 'status-line status-bad'}>
        {result.ok ? `${fileName}: the signature is valid and covers the whole document.` : `${fileName}: NOT valid.`}
      </p>
      <ul className="checks" aria-label="Verification checks">
        <Check ok={result.signed} label="Signed" />
        <Check ok={result.signatureValid} label="Signature valid" />
        <Check ok={result.wholeDocumentCovered} label="Whole document covered" />
        <Check ok={result.signingCertificateV2 && result.cmsSigningTimeAbsent} label="PAdES B-B attributes" />
      </ul>
      {result.problems.length > 0 ? (
        <ul className="problems">
          {result.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {result.signer ? (
        <dl className="facts-list signing-facts">
          <div>
            <dt>Signer</dt>
            <dd>{result.signer.subject}</dd>
          </div>
          <div>
            <dt>Certificate SHA-256</dt>
            <dd>
              <code className="fingerprint">{result.signer.fingerprint}</code>
            </dd>
          </div>
          <div>
            <dt>Signing time</dt>
            <dd>{result.signingTime === null ? '—' : reportTime(result.signingTime)}</dd>
          </div>
        </dl>
      ) : null}
      {result.manifest ? (
        <details>
          <summary>Embedded manifest ({result.manifest.evidence.length} evidence hashes)</summary>
          <pre className="manifest">{JSON.stringify(result.manifest, null, 2)}</pre>
        </details>
      ) : null}
    </div>
  );
}
