/**
 * Verifies a signed Firebreak PDF without trusting Firebreak: finds the last signature dictionary, checks that its
 * /ByteRange covers the whole file but the signature itself, recomputes the SHA-256, checks the CMS signed attributes
 * (message digest, ESS signing-certificate-v2 present, CMS signing-time absent) and the RSA signature against the
 * embedded certificate, and reads back the embedded manifest. Plain Node: used by the host and by firebreak-verify.
 */
import { X509Certificate, createHash, verify } from 'node:crypto';
import { reportManifestSchema, type ReportManifest } from '../../shared/reports/manifest';
import type { VerificationResult } from '../../shared/reports/signing';
import { child, children, decodeOid, readNode, setOf, type DerNode } from '../services/signing/der';
import { OID } from '../services/signing/oids';

interface SignatureDictionary {
  readonly byteRange: readonly number[];
  readonly contents: Buffer;
  readonly text: string;
}

/** Decodes a PDF string token: `<FEFF…>` hex (UTF-16BE or bytes) or a `( … )` literal. */
export function decodePdfString(token: string | undefined): string {
  if (token === undefined) return '';
  if (token.startsWith('<')) {
    const bytes = Buffer.from(token.slice(1, -1).replace(/\s+/g, ''), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return token.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

function field(text: string, key: string): string | undefined {
  const match = new RegExp(`/${key}\\s*(<[0-9A-Fa-f\\s]*>|\\((?:\\\\.|[^\\\\)])*\\))`).exec(text);
  return match?.[1];
}

function findSignature(pdf: Buffer): SignatureDictionary | undefined {
  const at = pdf.lastIndexOf('/ByteRange', undefined, 'latin1');
  if (at < 0) return undefined;
  const start = pdf.lastIndexOf('<<', at, 'latin1');
  const end = pdf.indexOf('endobj', at, 'latin1');
  const text = pdf.toString('latin1', start, end < 0 ? pdf.length : end);
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
  const contents = /\/Contents\s*<([0-9A-Fa-f]*)>/.exec(text);
  if (range === null || contents === null) return undefined;
  return {
    byteRange: range.slice(1, 5).map(Number),
    contents: Buffer.from(contents[1] ?? '', 'hex'),
    text: text.replace(/\/Contents\s*<[0-9A-Fa-f]*>/, ''),
  };
}

function pdfDateToIso(token: string | undefined): string | null {
  const match = /D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(token ?? '');
  if (match === null) return null;
  const zone =
    match[7] === undefined || match[7] === 'Z'
      ? 'Z'
      : `${match[7].slice(0, 3)}:${match[7].replace(/'/g, '').slice(3, 5)}`;
  return new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`).toISOString();
}

/** The embedded manifest file, read from the stream that follows its /Type /EmbeddedFile dictionary. */
export function extractManifest(pdf: Buffer): ReportManifest | null {
  const at = pdf.lastIndexOf('/Type /EmbeddedFile', undefined, 'latin1');
  if (at < 0) return null;
  const header = pdf.toString('latin1', at, Math.min(pdf.length, at + 400));
  const length = /\/Length\s+(\d+)\s*>>\s*stream\r?\n/.exec(header);
  if (length === null) return null;
  const start = at + length.index + length[0].length;
  try {
    const parsed = reportManifestSchema.safeParse(JSON.parse(pdf.toString('utf8', start, start + Number(length[1]))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

interface SignerInfoCheck {
  readonly certificate: X509Certificate | undefined;
  readonly digestMatches: boolean;
  readonly signatureValid: boolean;
  readonly signingCertificateV2: boolean;
  readonly signingTimeAbsent: boolean;
}

function checkCms(cms: Buffer, digest: Buffer): SignerInfoCheck {
  const contentInfo = readNode(cms);
  const signedData = child(child(contentInfo, 1), 0);
  const parts = children(signedData);
  const certificates = parts.find((part) => part.tag === 0xa0);
  const signerInfos = parts.at(-1);
  const signerInfo = signerInfos === undefined ? undefined : child(signerInfos, 0);
  if (signerInfo === undefined) throw new Error('no signer');
  const fields = children(signerInfo);
  const signedAttributes = fields.find((part) => part.tag === 0xa0);
  const signature = fields.at(-1);
  const attributes = new Map<string, DerNode>();
  for (const attribute of signedAttributes === undefined ? [] : children(signedAttributes)) {
    attributes.set(decodeOid(child(attribute, 0).content), child(child(attribute, 1), 0));
  }
  const sid = fields[1];
  const candidates = (certificates === undefined ? [] : children(certificates)).map(
    (node) => new X509Certificate(node.raw),
  );
  // The signer's certificate is the one whose serial number matches the SignerInfo's issuer-and-serial.
  const serial =
    sid === undefined
      ? ''
      : child(sid, 1)
          .content.toString('hex')
          .replace(/^(00)+/, '')
          .toUpperCase();
  const certificate =
    candidates.find((cert) => cert.serialNumber.replace(/^(00)+/, '').toUpperCase() === serial) ?? candidates[0];
  const messageDigest = attributes.get(OID.messageDigest)?.content;
  const essCertificate = attributes.get(OID.signingCertificateV2);
  let essMatches = false;
  if (essCertificate !== undefined && certificate !== undefined) {
    const certHash = child(child(child(essCertificate, 0), 0), 0).content;
    essMatches = certHash.equals(createHash('sha256').update(certificate.raw).digest());
  }
  const signedSet =
    signedAttributes === undefined ? Buffer.alloc(0) : setOf(...children(signedAttributes).map((node) => node.raw));
  const signatureValid =
    certificate !== undefined &&
    signature !== undefined &&
    verify('sha256', signedSet, certificate.publicKey, signature.content);
  return {
    certificate,
    digestMatches: messageDigest !== undefined && messageDigest.equals(digest),
    signatureValid,
    signingCertificateV2: essMatches,
    signingTimeAbsent: !attributes.has(OID.signingTime),
  };
}

export function verifySignedPdf(pdf: Buffer): VerificationResult {
  const problems: string[] = [];
  const signature = findSignature(pdf);
  const base: VerificationResult = {
    ok: false,
    signed: false,
    signatureValid: false,
    wholeDocumentCovered: false,
    subFilter: '',
    signingCertificateV2: false,
    cmsSigningTimeAbsent: false,
    signer: null,
    signingTime: null,
    reason: '',
    location: '',
    signerName: '',
    manifest: extractManifest(pdf),
    problems,
  };
  if (signature === undefined) {
    problems.push('The file carries no PDF signature.');
    return base;
  }
  const [a = -1, b = 0, c = 0, d = 0] = signature.byteRange;
  const wholeDocumentCovered = a === 0 && c + d === pdf.length && b < c && pdf[b] === 0x3c && pdf[c - 1] === 0x3e;
  if (!wholeDocumentCovered)
    problems.push('The signature does not cover the whole document: bytes were added or removed after signing.');
  const digest = createHash('sha256')
    .update(pdf.subarray(a < 0 ? 0 : a, b))
    .update(pdf.subarray(c, Math.min(pdf.length, c + d)))
    .digest();
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(signature.text)?.[1] ?? '';
  if (subFilter !== 'ETSI.CAdES.detached')
    problems.push(`The signature's SubFilter is ${subFilter || 'missing'}, not ETSI.CAdES.detached.`);
  let check: SignerInfoCheck | undefined;
  try {
    check = checkCms(signature.contents, digest);
  } catch {
    problems.push('The signature data cannot be read.');
  }
  if (check !== undefined) {
    if (!check.digestMatches) problems.push('Digest mismatch: the document was changed after it was signed.');
    if (!check.signatureValid) problems.push('The signature does not match the signer’s certificate.');
    if (!check.signingCertificateV2)
      problems.push('The ESS signing-certificate-v2 attribute is missing or names another certificate.');
    if (!check.signingTimeAbsent) problems.push('The CMS carries a signing-time attribute, which PAdES B-B forbids.');
  }
  const certificate = check?.certificate;
  const signerFingerprint = certificate === undefined ? '' : createHash('sha256').update(certificate.raw).digest('hex');
  if (base.manifest === null) problems.push('The report manifest is missing or unreadable.');
  else if (base.manifest.signerFingerprint !== signerFingerprint) {
    problems.push('The manifest names a different signing certificate than the one that signed the file.');
  }
  const signatureValid = check !== undefined && check.digestMatches && check.signatureValid;
  return {
    ...base,
    ok: problems.length === 0,
    signed: true,
    signatureValid,
    wholeDocumentCovered,
    subFilter,
    signingCertificateV2: check?.signingCertificateV2 ?? false,
    cmsSigningTimeAbsent: check?.signingTimeAbsent ?? false,
    signer:
      certificate === undefined
        ? null
        : {
            subject: certificate.subject.replace(/\n/g, ', '),
            issuer: certificate.issuer.replace(/\n/g, ', '),
            fingerprint: signerFingerprint,
            validFrom: new Date(certificate.validFrom).toISOString(),
            validTo: new Date(certificate.validTo).toISOString(),
          },
    signingTime: pdfDateToIso(field(signature.text, 'M')),
    reason: decodePdfString(field(signature.text, 'Reason')),
    location: decodePdfString(field(signature.text, 'Location')),
    signerName: decodePdfString(field(signature.text, 'Name')),
  };
}
