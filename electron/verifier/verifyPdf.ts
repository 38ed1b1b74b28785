/**
 * Verifies a signed Firebreak PDF without trusting Firebreak. Parses the revision chain (pdfDocument.ts), checks
 * every signature against exactly what it covers (pdfSignatures.ts), lists what later revisions add, reads the
 * manifest the newest signed revision references, decides trust (trustPolicy.ts) and gives one verdict: trusted,
 * untrusted, invalid or unreadable. Any input gives a result, never an exception. Plain Node: used by the host's
 * `reports:verify` and by firebreak-verify.
 */
import { PdfDocument } from './pdfDocument';
import { Budget, PdfSyntaxError } from './pdfLexer';
import { checkSignature, signatureFields, type CheckedSignature, type SignatureField } from './pdfSignatures';
import { readEmbeddedManifest } from './embeddedManifest';
import { NO_TRUST, type TrustAnchors } from './trustPolicy';
import type { VerificationResult, VerificationVerdict } from '../../shared/reports/signing';

export interface VerifyOptions {
  readonly anchors?: TrustAnchors;
  /** The verifier's clock, for refusing signing times in the future. */
  readonly now?: Date;
  /** Work allowed for one file before it is called unreadable. */
  readonly timeLimitMs?: number;
}

const EMPTY: VerificationResult = {
  verdict: 'unreadable',
  ok: false,
  signed: false,
  signatureValid: false,
  wholeDocumentCovered: false,
  trusted: false,
  trustBasis: 'none',
  subFilter: '',
  signingCertificateV2: false,
  cmsSigningTimeAbsent: false,
  signer: null,
  signingTime: null,
  reason: '',
  location: '',
  signerName: '',
  manifest: null,
  manifestChangedAfterSigning: false,
  signatures: [],
  revisions: [],
  unsignedAdditions: { revisions: [], objects: [], trailingBytes: 0 },
  problems: [],
};

/** Signature fields of every revision, each signature dictionary once, with the newest revision that names it. */
function allSignatureFields(document: PdfDocument): Array<{ field: SignatureField; revision: number }> {
  const byValue = new Map<number, { field: SignatureField; revision: number }>();
  for (let revision = document.lastRevision; revision >= 0; revision--) {
    for (const field of signatureFields(document, revision)) {
      if (!byValue.has(field.valueRef)) byValue.set(field.valueRef, { field, revision });
    }
  }
  return [...byValue.values()];
}

function coveredEnd(checked: CheckedSignature): number {
  const [, , c = 0, d = 0] = checked.report.byteRange;
  return c + d;
}

function verdictOf(result: Omit<VerificationResult, 'verdict' | 'ok'>): VerificationVerdict {
  if (!result.signed || result.problems.length > 0) return 'invalid';
  return result.trusted ? 'trusted' : 'untrusted';
}

function manifestFindings(document: PdfDocument, newest: CheckedSignature | undefined) {
  const signedDocument = newest?.signedDocument;
  const signed =
    signedDocument === undefined ? undefined : readEmbeddedManifest(signedDocument, signedDocument.lastRevision);
  let current: ReturnType<typeof readEmbeddedManifest>;
  try {
    current = readEmbeddedManifest(document, document.lastRevision);
  } catch {
    current = undefined;
  }
  const changed = signed !== undefined && (current === undefined || !current.bytes.equals(signed.bytes));
  return { manifest: signed?.manifest ?? null, changed };
}

function verifyDocument(
  pdf: Buffer,
  document: PdfDocument,
  options: VerifyOptions,
  budget: Budget,
): VerificationResult {
  const context = { pdf, document, anchors: options.anchors ?? NO_TRUST, now: options.now ?? new Date(), budget };
  const checked = allSignatureFields(document)
    .map(({ field, revision }) => checkSignature(context, field, revision))
    .toSorted((a, b) => coveredEnd(a) - coveredEnd(b));
  const signatures = checked.map((entry) => entry.report);
  const newest = checked.at(-1);
  const lastSigned = newest === undefined ? -1 : newest.report.revision;
  const laterRevisions = document.revisions.filter((revision) => revision.index > lastSigned).map((r) => r.index);
  const unsignedAdditions = {
    revisions: lastSigned < 0 ? [] : laterRevisions,
    objects: lastSigned < 0 ? [] : laterRevisions.flatMap((index) => document.objectsIn(index)),
    trailingBytes: document.trailingBytes,
  };
  const { manifest, changed } = manifestFindings(document, newest);
  const problems: string[] = [];
  if (newest === undefined) problems.push('The file carries no PDF signature.');
  checked.forEach((entry, index) => {
    const label = checked.length > 1 ? `Signature ${index + 1} (${entry.report.field}): ` : '';
    for (const problem of entry.report.problems) problems.push(`${label}${problem}`);
  });
  const wholeDocumentCovered =
    newest !== undefined && newest.report.valid && coveredEnd(newest) === pdf.length && laterRevisions.length === 0;
  if (newest !== undefined && !wholeDocumentCovered) {
    const objects = unsignedAdditions.objects.length;
    problems.push(
      `The newest signature does not cover the whole file: ${laterRevisions.length} later revision(s) with ${objects} object(s) and ${document.trailingBytes} byte(s) after the last %%EOF were added without a signature.`,
    );
  }
  if (changed) problems.push('An unsigned update replaced the signed report manifest; the signed one is shown.');
  const signer = newest?.report.signer ?? null;
  if (newest !== undefined && manifest === null)
    problems.push('The signed revision carries no readable report manifest.');
  else if (manifest !== null && signer !== null && manifest.signerFingerprint !== signer.fingerprint) {
    problems.push('The manifest names a different signing certificate than the one that signed the file.');
  }
  const partial = {
    ...EMPTY,
    signed: newest !== undefined,
    signatureValid: checked.length > 0 && checked.every((entry) => entry.report.valid),
    wholeDocumentCovered,
    trusted: checked.length > 0 && checked.every((entry) => entry.report.trusted),
    trustBasis: newest?.report.trustBasis ?? 'none',
    subFilter: newest?.report.subFilter ?? '',
    signingCertificateV2: newest?.cms?.signingCertificateV2 ?? false,
    cmsSigningTimeAbsent: newest?.cms?.signingTimeAbsent ?? false,
    signer,
    signingTime: newest?.report.signingTime ?? null,
    reason: newest?.report.reason ?? '',
    location: newest?.report.location ?? '',
    signerName: newest?.report.signerName ?? '',
    manifest,
    manifestChangedAfterSigning: changed,
    signatures,
    revisions: document.revisions.map((revision) => ({
      index: revision.index,
      end: revision.end,
      objects: document.objectsIn(revision.index),
      signedBy: signatures.flatMap((signature, index) => (signature.revision === revision.index ? [index] : [])),
    })),
    unsignedAdditions,
    problems,
  };
  const verdict = verdictOf(partial);
  return { ...partial, verdict, ok: verdict === 'trusted' };
}

export function verifySignedPdf(pdf: Buffer, options: VerifyOptions = {}): VerificationResult {
  const budget = new Budget(options.timeLimitMs ?? 1_500);
  try {
    return verifyDocument(pdf, PdfDocument.open(pdf, budget), options, budget);
  } catch (error) {
    const reason =
      error instanceof PdfSyntaxError
        ? error.message
        : 'The verifier could not read the file’s structure (an internal limit or error).';
    return { ...EMPTY, problems: [`The file cannot be read as a PDF: ${reason}`] };
  }
}
