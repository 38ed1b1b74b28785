/**
 * Every signature in a PDF, each checked against exactly what it covers: the signature fields (AcroForm /Fields,
 * /FT /Sig, /V) of every revision; for each, the revision its /ByteRange ends with is opened on its own, the
 * signature dictionary is read from those signed bytes, its /Contents must be exactly the /ByteRange gap, the CMS
 * must match the digest of the covered bytes, and the certificate must be valid at the signed /M time.
 */
import { type X509Certificate, createHash } from 'node:crypto';
import type { SignatureReport } from '../../shared/reports/signing';
import { checkCms, type CmsCheck } from './cmsCheck';
import { PdfDocument } from './pdfDocument';
import { dictGet, PdfSyntaxError, type Budget, type PdfDict, type PdfValue } from './pdfLexer';
import { decodeTextString, pdfDateToIso } from './pdfText';
import { certificateFingerprint, decideTrust, validAt, type TrustAnchors } from './trustPolicy';

const MAX_FIELDS = 1_000;
const MAX_FIELD_DEPTH = 16;
/** A signing time this far past the verifier's clock is refused. */
const CLOCK_SKEW_MS = 24 * 3600_000;

export interface SignatureField {
  readonly name: string;
  /** The object number of the signature dictionary (/V). */
  readonly valueRef: number;
}

/** The signature fields (with a value) of one revision, walking /Kids with inherited /FT, bounded. */
export function signatureFields(document: PdfDocument, revision: number): SignatureField[] {
  const form = document.resolve(document.catalog(revision)?.entries.get('AcroForm'), revision);
  const roots = document.resolve(dictGet(form, 'Fields'), revision);
  const found: SignatureField[] = [];
  const visited = new Set<number>();
  const walk = (value: PdfValue, parentName: string, inheritedType: string | undefined, depth: number): void => {
    if (depth > MAX_FIELD_DEPTH || visited.size > MAX_FIELDS) throw new PdfSyntaxError('The form is too deep.');
    if (value.kind === 'ref') {
      if (visited.has(value.num)) return;
      visited.add(value.num);
    }
    const field = document.resolve(value, revision);
    if (field?.kind !== 'dict') return;
    const partial = decodeTextString(field.entries.get('T'));
    const name = parentName === '' ? partial : partial === '' ? parentName : `${parentName}.${partial}`;
    const type = field.entries.get('FT');
    const fieldType = type?.kind === 'name' ? type.value : inheritedType;
    const signature = field.entries.get('V');
    if (fieldType === 'Sig' && signature !== undefined && signature.kind !== 'null') {
      if (signature.kind !== 'ref') throw new PdfSyntaxError(`Signature field ${name} holds its value directly.`);
      found.push({ name, valueRef: signature.num });
    }
    const kids = document.resolve(field.entries.get('Kids'), revision);
    if (kids?.kind === 'array') for (const kid of kids.items) walk(kid, name, fieldType, depth + 1);
  };
  if (roots?.kind === 'array') for (const root of roots.items) walk(root, '', undefined, 0);
  return found;
}

function integers(value: PdfValue | undefined): number[] | undefined {
  if (value?.kind !== 'array') return undefined;
  const numbers = value.items.map((item) => (item.kind === 'number' && item.integer ? item.value : -1));
  return numbers.length === 4 && numbers.every((n) => n >= 0) ? numbers : undefined;
}

function nameOf(value: PdfValue | undefined): string {
  return value?.kind === 'name' ? value.value : '';
}

function describeSigner(certificate: X509Certificate): NonNullable<SignatureReport['signer']> {
  const iso = (text: string) => {
    const time = Date.parse(text);
    return Number.isFinite(time) ? new Date(time).toISOString() : '';
  };
  return {
    subject: certificate.subject.replace(/\n/g, ', '),
    issuer: certificate.issuer.replace(/\n/g, ', '),
    fingerprint: certificateFingerprint(certificate),
    validFrom: iso(certificate.validFrom),
    validTo: iso(certificate.validTo),
  };
}

export interface CheckedSignature {
  readonly report: SignatureReport;
  /** The document as the signature covers it (its last revision is the signed one), when it could be opened. */
  readonly signedDocument: PdfDocument | undefined;
  readonly cms: CmsCheck | undefined;
}

interface SignatureContext {
  readonly pdf: Buffer;
  readonly document: PdfDocument;
  readonly anchors: TrustAnchors;
  readonly now: Date;
  readonly budget: Budget;
}

/** The signature dictionary as the field's own revision sees it: only its /ByteRange is taken from here. */
function claimedByteRange(context: SignatureContext, field: SignatureField, revision: number): number[] | undefined {
  return integers(dictGet(context.document.resolveObject(field.valueRef, revision)?.value, 'ByteRange'));
}

/** The byte range's placement: a problem in words, or `undefined` when it is sound. */
function rangeProblem(range: readonly number[], length: number): string | undefined {
  const [a = -1, b = 0, c = 0, d = 0] = range;
  if (a !== 0 || b <= 0 || c <= b || c + d > length) return 'The signature’s /ByteRange does not describe the file.';
  return undefined;
}

/** Opens the signed revision, reads the dictionary there and checks /Contents sits exactly in the gap. */
function signedDictionary(context: SignatureContext, field: SignatureField, range: readonly number[]) {
  const [, b = 0, c = 0, d = 0] = range;
  let signed: PdfDocument;
  try {
    signed = PdfDocument.open(context.pdf.subarray(0, c + d), context.budget);
  } catch (error) {
    if (error instanceof PdfSyntaxError && /too long/.test(error.message)) throw error;
    return { problem: 'The signature does not end where a revision of the file ends.' };
  }
  if (signed.trailingBytes !== 0) return { problem: 'The signature does not end where a revision of the file ends.' };
  const object = signed.resolveObject(field.valueRef, signed.lastRevision);
  const dict = object?.value;
  if (object === undefined || !object.inFile || dict?.kind !== 'dict') {
    return { problem: 'The signed revision holds no such signature dictionary.' };
  }
  if (dict.duplicateKey) return { problem: 'The signature dictionary gives a key twice.' };
  if (!signatureFields(signed, signed.lastRevision).some((other) => other.valueRef === field.valueRef)) {
    return { problem: 'The signed revision has no signature field for this signature.' };
  }
  const own = integers(dict.entries.get('ByteRange'));
  if (own === undefined || own.some((n, i) => n !== range[i])) {
    return { problem: 'The signed /ByteRange differs from the one in use.' };
  }
  const contents = dict.entries.get('Contents');
  if (contents?.kind !== 'string' || !contents.hex || contents.start !== b || contents.end !== c) {
    return {
      problem: 'The /ByteRange gap is not exactly the signature’s /Contents: something else sits in the unsigned gap.',
    };
  }
  return { signed, dict, contents: contents.bytes };
}

function emptyReport(field: SignatureField, range: readonly number[] | undefined, revision: number): SignatureReport {
  return {
    field: field.name,
    revision,
    byteRange: [...(range ?? [])],
    valid: false,
    trusted: false,
    trustBasis: 'none',
    subFilter: '',
    signer: null,
    signingTime: null,
    reason: '',
    location: '',
    signerName: '',
    problems: [],
  };
}

/** Checks one signature field found in `foundIn`. */
export function checkSignature(context: SignatureContext, field: SignatureField, foundIn: number): CheckedSignature {
  const range = claimedByteRange(context, field, foundIn);
  const revision = context.document.revisions.findIndex(
    (r) => range !== undefined && r.end === (range[2] ?? 0) + (range[3] ?? 0),
  );
  const report = emptyReport(field, range, revision);
  const problem =
    range === undefined ? 'The signature has no readable /ByteRange.' : rangeProblem(range, context.pdf.length);
  if (range === undefined || problem !== undefined) {
    return { report: { ...report, problems: [problem ?? ''] }, signedDocument: undefined, cms: undefined };
  }
  const placed = signedDictionary(context, field, range);
  if (!('dict' in placed) || placed.dict === undefined) {
    return { report: { ...report, problems: [placed.problem] }, signedDocument: undefined, cms: undefined };
  }
  const { dict, signed } = placed;
  const [, b = 0, c = 0, d = 0] = range;
  const digest = createHash('sha256')
    .update(context.pdf.subarray(0, b))
    .update(context.pdf.subarray(c, c + d))
    .digest();
  const cms = checkCms(placed.contents, digest);
  const fields = readFields(dict);
  const problems = [...cms.problems];
  if (fields.subFilter !== 'ETSI.CAdES.detached') {
    problems.push(`The signature’s SubFilter is ${fields.subFilter || 'missing'}, not ETSI.CAdES.detached.`);
  }
  if (fields.signingTime === null) problems.push('The signed signing time (/M) is missing or not a PDF date.');
  const signingTime = fields.signingTime === null ? undefined : new Date(fields.signingTime);
  if (signingTime !== undefined && signingTime.getTime() > context.now.getTime() + CLOCK_SKEW_MS) {
    problems.push('The signing time (/M) lies in the future.');
  }
  const signer = cms.signer;
  if (signer !== undefined && signingTime !== undefined && !validAt(signer, signingTime)) {
    problems.push('The signer’s certificate was not valid at the signing time (expired or not yet valid).');
  }
  const valid = problems.length === 0 && cms.digestMatches && cms.signatureValid;
  const trust =
    valid && signer !== undefined && signingTime !== undefined
      ? decideTrust(signer, cms.certificates, context.anchors, signingTime)
      : { trusted: false, basis: 'none' as const };
  return {
    report: {
      ...report,
      ...fields,
      valid,
      trusted: trust.trusted,
      trustBasis: trust.basis,
      signer: signer === undefined ? null : describeSigner(signer),
      problems,
    },
    signedDocument: signed,
    cms,
  };
}

function readFields(dict: PdfDict) {
  return {
    subFilter: nameOf(dict.entries.get('SubFilter')),
    signingTime: pdfDateToIso(dict.entries.get('M')),
    reason: decodeTextString(dict.entries.get('Reason')),
    location: decodeTextString(dict.entries.get('Location')),
    signerName: decodeTextString(dict.entries.get('Name')),
  };
}
