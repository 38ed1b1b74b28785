/**
 * The verifier's human-readable report: every line passed through `printable`, so nothing read from the file can
 * move the cursor, clear the screen or start a line of its own, and the RESULT line is always the last and only one.
 */
import { manifestSubject } from '../../shared/reports/manifest';
import { printable } from '../../shared/reports/printable';
import type { SignatureReport, VerificationResult } from '../../shared/reports/signing';
import { formatFingerprint } from '../../shared/reports/trust';
import { verdictInWords } from '../../shared/reports/verdict';
import type { EvidenceCheck } from './evidenceCheck';

const RESULT_WORDS: Record<VerificationResult['verdict'], string> = {
  trusted: 'RESULT: trusted (valid signature, trusted signer)',
  untrusted: 'RESULT: untrusted (valid signature, signer not trusted)',
  invalid: 'RESULT: invalid',
  unreadable: 'RESULT: unreadable',
};

const mark = (ok: boolean) => (ok ? 'yes' : 'NO');

function signatureLines(signature: SignatureReport, index: number): string[] {
  const covers = signature.revision < 0 ? 'no revision boundary' : `revision ${signature.revision}`;
  return [
    `Signature ${index + 1}:           field "${signature.field}", covers ${covers}, ${signature.valid ? 'valid' : 'NOT valid'}, ${signature.trusted ? `trusted (${signature.trustBasis === 'ca' ? 'CA' : 'fingerprint'})` : 'not trusted'}`,
    `  Signer:               ${signature.signer?.subject ?? '—'}`,
    `  Issuer:               ${signature.signer?.issuer ?? '—'}`,
    `  Certificate SHA-256:  ${signature.signer === null ? '—' : formatFingerprint(signature.signer.fingerprint)}`,
    `  Certificate valid:    ${signature.signer === null ? '—' : `${signature.signer.validFrom} to ${signature.signer.validTo}`}`,
    `  Signing time (/M):    ${signature.signingTime ?? '—'}`,
    `  Name / reason:        ${signature.signerName || '—'} / ${signature.reason || '—'}`,
    `  Location:             ${signature.location || '—'}`,
  ];
}

function manifestLines(result: VerificationResult): string[] {
  const { manifest } = result;
  if (manifest === null) return ['Manifest:               (none in the signed revision)'];
  const subject = manifestSubject(manifest);
  return [
    `Manifest (signed):      version ${manifest.version}, ${manifest.reportType} for ${subject.kind} ${subject.ref || subject.id}`,
    `  Generated:            ${manifest.generatedAt} by ${manifest.generatedBy}`,
    `  Audit head:           #${manifest.auditHead.seq} ${manifest.auditHead.hash}`,
    ...manifest.evidence.map((item) => `  Evidence:             ${item.sha256}  ${item.name}`),
  ];
}

export function textReport(
  file: string,
  result: VerificationResult,
  evidence: { readonly directory: string; readonly check: EvidenceCheck } | undefined,
): string[] {
  const words = verdictInWords(result);
  const lines = [
    `File:                   ${file}`,
    `Signed:                 ${mark(result.signed)}`,
    `Signatures valid:       ${mark(result.signatureValid)}`,
    `Whole document covered: ${mark(result.wholeDocumentCovered)}`,
    `Revisions:              ${result.revisions.length}${result.revisions.map((r) => `; ${r.index}: ${r.objects.length} object(s)${r.signedBy.length > 0 ? ', signed' : ''}`).join('')}`,
    ...(result.signed
      ? [
          `Signature type:         ${result.subFilter || '—'}`,
          `PAdES B-B attributes:   signing-certificate-v2 ${result.signingCertificateV2 ? 'present' : 'MISSING'}, CMS signing-time ${result.cmsSigningTimeAbsent ? 'absent' : 'PRESENT'}`,
        ]
      : []),
    ...result.signatures.flatMap(signatureLines),
  ];
  const added = result.unsignedAdditions;
  if (added.revisions.length > 0 || added.trailingBytes > 0) {
    lines.push(
      `Added after signing:    revision(s) ${added.revisions.join(', ') || 'none'}; objects ${added.objects.join(', ') || 'none'}; ${added.trailingBytes} byte(s) after the last %%EOF`,
    );
  }
  lines.push(...manifestLines(result));
  if (evidence !== undefined) {
    lines.push(`Evidence in ${evidence.directory}:`, ...evidence.check.lines.map((line) => `  ${line}`));
  }
  lines.push(...result.problems.map((problem) => `FAIL: ${problem}`));
  lines.push(`Verdict:                ${words.headline}`, `What to do:             ${words.advice}`);
  // printable() turns any line break into a space, so each entry stays one line and RESULT stays last.
  return [...lines.map(printable), RESULT_WORDS[result.verdict]];
}
