/**
 * Makes genuine and forged signed reports at test time. Genuine ones go through the real pipeline (buildReport,
 * pdfkit, signReportPdf with an identity from a key store); forgers get node-forge certificates of their own
 * (same subject, expired, issued by a CA) and write incremental updates by hand, as an attacker with a text editor
 * and no key would.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, createHash, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { LoadedIdentity } from '../../../electron/services/signing/identity';
import { createCadesSignature } from '../../../electron/services/signing/cms';
import { pdfDate, pdfTextString } from '../../../electron/services/signing/pdfSignature';
import { readTrailer } from '../../../electron/services/signing/pdfStructure';
import { signReportPdf } from '../../../electron/services/signing/signReport';
import type { AnyReportManifest } from '../../../shared/reports/manifest';
import { buildReport } from '../../../shared/reports/reportTypes';
import { renderReportPdf } from '../../../renderer/features/reports/renderReportPdf';
import { reportSource } from '../../fixtures/reportSources';
import { reportFonts } from '../../fixtures/signedReports';

export interface ForgedIdentity extends LoadedIdentity {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

interface CertificateOptions {
  readonly commonName: string;
  readonly organisation: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly ca?: boolean;
  /** Issued by this identity; self-signed when absent. */
  readonly issuer?: ForgedIdentity;
}

/** An RSA-2048 key and a node-forge certificate, as a stranger or an organisation's CA would make them. */
export function forgeIdentity(options: CertificateOptions): ForgedIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  certificate.serialNumber = `01${randomBytes(15).toString('hex')}`;
  certificate.validity.notBefore = options.notBefore;
  certificate.validity.notAfter = options.notAfter;
  const names = [
    { shortName: 'CN', value: options.commonName, valueTagClass: forge.asn1.Type.UTF8 as number },
    { shortName: 'O', value: options.organisation, valueTagClass: forge.asn1.Type.UTF8 as number },
  ];
  certificate.setSubject(names);
  certificate.setIssuer(
    options.issuer === undefined
      ? names
      : forge.pki.certificateFromPem(options.issuer.certificatePem).subject.attributes,
  );
  certificate.setExtensions([
    { name: 'basicConstraints', cA: options.ca === true, critical: true },
    options.ca === true
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
  ]);
  certificate.sign(
    forge.pki.privateKeyFromPem(options.issuer?.privateKeyPem ?? privateKeyPem),
    forge.md.sha256.create(),
  );
  const certificatePem = forge.pki.certificateToPem(certificate);
  const x509 = new X509Certificate(certificatePem);
  return {
    certificatePem,
    privateKeyPem,
    certificateDer: x509.raw,
    chainDer: options.issuer === undefined ? [] : [options.issuer.certificateDer],
    privateKey: createPrivateKey(privateKeyPem),
    summary: {
      subject: x509.subject.replace(/\n/g, ', '),
      issuer: x509.issuer.replace(/\n/g, ', '),
      serialNumber: x509.serialNumber,
      fingerprint: createHash('sha256').update(x509.raw).digest('hex'),
      validFrom: new Date(x509.validFrom).toISOString(),
      validTo: new Date(x509.validTo).toISOString(),
      source: 'pkcs12',
    },
  };
}

let basePdf: Promise<{ bytes: Buffer; manifest: AnyReportManifest }> | undefined;

/** One rendered (unsigned) incident report, made once: signing is what the forgeries vary. */
export function renderedReport(): Promise<{ bytes: Buffer; manifest: AnyReportManifest }> {
  basePdf ??= (async () => {
    const document = buildReport('incident-report', reportSource({ entries: 4, evidence: 3 }));
    const rendered = await renderReportPdf(document, reportFonts());
    return { bytes: Buffer.from(rendered.bytes), manifest: document.manifest };
  })();
  return basePdf;
}

export interface ReportFields {
  readonly reason?: string;
  readonly location?: string;
  readonly signerName?: string;
  readonly signingTime?: Date;
  readonly evidence?: AnyReportManifest['evidence'];
  readonly generatedBy?: string;
}

/** A report signed by `identity` through the real signing code, its manifest naming that identity. */
export async function signWith(identity: LoadedIdentity, fields: ReportFields = {}): Promise<Buffer> {
  const { bytes, manifest } = await renderedReport();
  return signReportPdf(
    bytes,
    {
      reason: fields.reason ?? 'Approved for filing',
      location: fields.location ?? 'Zürich',
      signerName: fields.signerName ?? 'Ana Ortiz',
      signingTime: fields.signingTime,
      manifest: {
        ...manifest,
        signerFingerprint: identity.summary.fingerprint,
        evidence: fields.evidence ?? manifest.evidence,
        generatedBy: fields.generatedBy ?? manifest.generatedBy,
      },
    },
    identity,
  );
}

export interface AddedObject {
  readonly num: number;
  readonly body: Buffer | string;
}

/** Appends an incremental update holding `objects` (new or replacing), with a classic xref and /Prev. */
export function appendUpdate(pdf: Buffer, objects: readonly AddedObject[], extraSize = 0): Buffer {
  const trailer = readTrailer(pdf);
  const parts: Buffer[] = [pdf];
  let position = pdf.length;
  const offsets: Array<[number, number]> = [];
  for (const object of objects) {
    const bytes = Buffer.concat([
      Buffer.from(`${object.num} 0 obj\n`, 'latin1'),
      Buffer.from(object.body),
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    offsets.push([object.num, position]);
    parts.push(bytes);
    position += bytes.length;
  }
  let xref = 'xref\n';
  for (const [num, offset] of offsets.toSorted((a, b) => a[0] - b[0])) {
    xref += `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  xref += `trailer\n<< /Size ${trailer.size + extraSize} /Root ${trailer.rootRef} 0 R /Prev ${trailer.startXref} >>\nstartxref\n${position}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** Object numbers of the signature update pdfSignature.ts appends: signature, field, form, file, file spec. */
export function signatureObjects(pdf: Buffer) {
  const size = readTrailer(pdf).size;
  return { sig: size - 5, field: size - 4, form: size - 3, file: size - 2, spec: size - 1, size };
}

/**
 * Adds a second signature by `identity` in an incremental update (a new field in the AcroForm), the way a second
 * signer's tool would, over whatever the file holds now.
 */
export function addSecondSignature(
  pdf: Buffer,
  identity: LoadedIdentity,
  entries = `/M ${pdfDate(new Date())} /Name ${pdfTextString('Second signer')}`,
): Buffer {
  const first = signatureObjects(pdf);
  const sigNum = first.size;
  const fieldNum = first.size + 1;
  const placeholder = '0'.repeat(16_384 * 2);
  const rangePlaceholder = '[0000000000 0000000000 0000000000 0000000000]';
  const signature = `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange ${rangePlaceholder} /Contents <${placeholder}> ${entries} >>`;
  const updated = appendUpdate(
    pdf,
    [
      { num: sigNum, body: signature },
      {
        num: fieldNum,
        body: `<< /Type /Annot /Subtype /Widget /FT /Sig /F 132 /Rect [0 0 0 0] /T ${pdfTextString('Second signature')} /V ${sigNum} 0 R >>`,
      },
      { num: first.form, body: `<< /Fields [${first.field} 0 R ${fieldNum} 0 R] /SigFlags 3 >>` },
    ],
    2,
  );
  const sigAt = updated.lastIndexOf(`${sigNum} 0 obj`);
  const holeStart = updated.indexOf('/Contents <', sigAt) + '/Contents '.length;
  const holeEnd = holeStart + placeholder.length + 2;
  const range = [0, holeStart, holeEnd, updated.length - holeEnd];
  const rangeText = `[${range.map((n) => String(n).padEnd(10, ' ')).join(' ')}]`;
  updated.write(rangeText, updated.indexOf(rangePlaceholder, sigAt), 'latin1');
  const digest = createHash('sha256').update(updated.subarray(0, holeStart)).update(updated.subarray(holeEnd)).digest();
  const cms = createCadesSignature({
    contentDigest: digest,
    certificateDer: identity.certificateDer,
    chainDer: identity.chainDer,
    privateKey: identity.privateKey,
  });
  updated.write(cms.toString('hex').toUpperCase(), holeStart + 1, 'latin1');
  return updated;
}

/** The /ByteRange of the newest signature, read the way a forger would (text search). */
export function byteRangeOf(pdf: Buffer): [number, number, number, number] {
  const at = pdf.lastIndexOf('/ByteRange');
  const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/.exec(pdf.toString('latin1', at, at + 80));
  const [a = 0, b = 0, c = 0, d = 0] = (match?.slice(1) ?? []).map(Number);
  return [a, b, c, d];
}

/** A manifest file object replacing the embedded one (an unsigned update swapping what the report cites). */
export function manifestObject(manifest: AnyReportManifest): string {
  const content = `${JSON.stringify(manifest, null, 2)}\n`;
  return `<< /Type /EmbeddedFile /Subtype /application#2Fjson /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`;
}
