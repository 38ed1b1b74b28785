/**
 * The verdict on a checked PDF in words — valid and trusted, valid but untrusted signer, invalid, unreadable — with
 * what to do about it, the signer and fingerprint, each signature and revision, and what the signed manifest cites.
 * Text from the file is made printable first; the manifest is shown as facts, never as JSON.
 */
import { manifestSubject } from '../../../shared/reports/manifest';
import { printable } from '../../../shared/reports/printable';
import type { VerificationResult } from '../../../shared/reports/signing';
import { formatFingerprint } from '../../../shared/reports/trust';
import { verdictInWords } from '../../../shared/reports/verdict';
import { reportTime } from '../../../shared/reports/format';
import type { ReactNode } from 'react';

const STATUS_CLASS: Record<VerificationResult['verdict'], string> = {
  trusted: 'status-line status-ok',
  untrusted: 'status-line status-warn',
  invalid: 'status-line status-bad',
  unreadable: 'status-line status-bad',
};

function Fact({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function SignedPdfVerdict({
  result,
  fileName,
}: {
  readonly result: VerificationResult;
  readonly fileName: string;
}) {
  const words = verdictInWords(result);
  const manifest = result.manifest;
  const subject = manifest === null ? undefined : manifestSubject(manifest);
  const added = result.unsignedAdditions;
  return (
    <section className="verification" aria-label={`Verification of ${printable(fileName)}`}>
      <p className={STATUS_CLASS[result.verdict]} role="status">
        <span>
          <strong>{printable(fileName)}:</strong> {words.headline}
        </span>
      </p>
      <p>{words.advice}</p>
      {result.problems.length > 1 ? (
        <ul className="problems" aria-label="Problems found">
          {result.problems.map((problem) => (
            <li key={problem}>{printable(problem)}</li>
          ))}
        </ul>
      ) : null}
      {result.signer ? (
        <dl className="facts-list signing-facts" aria-label="Signer">
          <Fact term="Signer">{printable(result.signer.subject)}</Fact>
          <Fact term="Certificate SHA-256">
            <code className="fingerprint">{formatFingerprint(result.signer.fingerprint)}</code>
          </Fact>
          <Fact term="Signing time (as signed)">
            {result.signingTime === null ? '—' : reportTime(result.signingTime)}
          </Fact>
          <Fact term="Name and reason (as signed)">
            {printable(result.signerName || '—')} — {printable(result.reason || '—')}
          </Fact>
          <Fact term="Signatures">
            {result.signatures
              .map((s) => `${printable(s.field)}: ${s.valid ? 'valid' : 'not valid'}, covers revision ${s.revision}`)
              .join('; ')}
          </Fact>
          <Fact term="Revisions">
            {result.revisions.length}
            {added.revisions.length > 0 || added.trailingBytes > 0
              ? ` (added after signing: ${added.objects.length} object(s) in ${added.revisions.length} revision(s), ${added.trailingBytes} byte(s) after the end)`
              : ' (nothing added after signing)'}
          </Fact>
        </dl>
      ) : null}
      {manifest !== null && subject !== undefined ? (
        <details>
          <summary>Signed manifest: {manifest.evidence.length} evidence hashes</summary>
          <dl className="facts-list" aria-label="Signed manifest">
            <Fact term="Report">{printable(manifest.reportType)}</Fact>
            <Fact term="Subject">{printable(`${subject.kind} ${subject.ref || subject.id}`)}</Fact>
            <Fact term="Generated">{printable(`${manifest.generatedAt} by ${manifest.generatedBy}`)}</Fact>
            <Fact term="Audit head">{printable(`#${manifest.auditHead.seq} ${manifest.auditHead.hash}`)}</Fact>
          </dl>
          <ul className="evidence-hashes" aria-label="Evidence the report cites">
            {manifest.evidence.map((item) => (
              <li key={`${item.id}-${item.sha256}`}>
                {printable(item.name)} <code className="fingerprint">{item.sha256}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
