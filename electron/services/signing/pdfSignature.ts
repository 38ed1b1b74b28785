/**
 * Embeds a PDF signature: appends one incremental update holding the report manifest (an embedded file), a
 * signature field on the first page and a signature dictionary (/SubFilter ETSI.CAdES.detached, /M signing time)
 * whose /ByteRange covers the whole file except the /Contents hole, then fills the hole with the CMS signature.
 * Every text value is written as a UTF-16BE hex string, so names with parentheses, `trailer` or any script are
 * stored verbatim and cannot break the PDF syntax.
 */
import { createHash } from 'node:crypto';
import {
  extendDictionary,
  firstPageRef,
  PdfStructureError,
  readObjectDictionary,
  readTrailer,
  readXref,
} from './pdfStructure';

/** Bytes reserved for the CMS signature (hex-encoded twice as long in the file). */
export const SIGNATURE_CAPACITY = 16_384;
const RANGE_WIDTH = 10;

export interface SignatureDetails {
  readonly signerName: string;
  readonly reason: string;
  readonly location: string;
  readonly signingTime: Date;
  /** Attached as `fileName` (application/json); the signature covers it. */
  readonly attachment: { readonly fileName: string; readonly description: string; readonly content: Buffer };
}

/** Produces the CMS signature for the SHA-256 of the signed byte ranges. */
export type CmsSigner = (contentDigest: Buffer) => Buffer;

export function pdfTextString(text: string): string {
  const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${utf16.toString('hex').toUpperCase()}>`;
}

export function pdfDate(time: Date): string {
  const iso = time.toISOString();
  return `(D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00')`;
}

interface PendingObject {
  readonly number: number;
  readonly body: Buffer;
}

function objectBytes(number: number, body: string | Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${number} 0 obj\n`, 'latin1'), Buffer.from(body), Buffer.from('\nendobj\n')]);
}

function xrefSection(entries: ReadonlyArray<readonly [number, number]>): string {
  const sorted = entries.toSorted((a, b) => a[0] - b[0]);
  let text = 'xref\n';
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]![0] === sorted[j]![0] + 1) j++;
    text += `${sorted[i]![0]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) text += `${String(sorted[k]![1]).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  return text;
}

export function signPdf(original: Buffer, details: SignatureDetails, signer: CmsSigner): Buffer {
  const trailer = readTrailer(original);
  const offsets = readXref(original, trailer.startXref);
  const catalog = readObjectDictionary(original, offsets, trailer.rootRef);
  if (/\/AcroForm|\/AF\b|\/Names\s*<</.test(catalog)) {
    throw new PdfStructureError('The PDF already has forms or attachments; Firebreak signs only its own reports.');
  }
  const pageRef = firstPageRef(original, offsets, trailer.rootRef);
  const page = readObjectDictionary(original, offsets, pageRef);

  const [sigRef, fieldRef, formRef, fileRef, specRef] = [0, 1, 2, 3, 4].map((i) => trailer.size + i) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const placeholderHex = '0'.repeat(SIGNATURE_CAPACITY * 2);
  const rangePlaceholder = `[${Array.from({ length: 4 }, () => '0'.repeat(RANGE_WIDTH)).join(' ')}]`;
  const signature = [
    '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached',
    `/ByteRange ${rangePlaceholder}`,
    `/Contents <${placeholderHex}>`,
    `/M ${pdfDate(details.signingTime)}`,
    `/Name ${pdfTextString(details.signerName)}`,
    `/Reason ${pdfTextString(details.reason)}`,
    `/Location ${pdfTextString(details.location)}`,
    `/Prop_Build << /App << /Name /Firebreak >> >>`,
    '>>',
  ].join('\n');
  const { attachment } = details;
  const embeddedFiles = `/EmbeddedFiles << /Names [${pdfTextString(attachment.fileName)} ${specRef} 0 R] >>`;
  // @react-pdf writes a /Names dictionary (for destinations) as its own object: extend it rather than replace it.
  const namesRef = /\/Names\s+(\d+)\s+0\s+R/.exec(catalog);
  const namesObject: PendingObject[] = [];
  let catalogNames = `/Names << ${embeddedFiles} >>`;
  if (namesRef !== null) {
    const names = readObjectDictionary(original, offsets, Number(namesRef[1]));
    if (names.includes('/EmbeddedFiles')) throw new PdfStructureError('The PDF already has attachments.');
    namesObject.push({
      number: Number(namesRef[1]),
      body: Buffer.from(extendDictionary(names, embeddedFiles), 'latin1'),
    });
    catalogNames = '';
  }
  const annots = /\/Annots\s*\[/.exec(page);
  const newPage =
    annots === null
      ? extendDictionary(page, `/Annots [${fieldRef} 0 R]`)
      : `${page.slice(0, annots.index + annots[0].length)}${fieldRef} 0 R ${page.slice(annots.index + annots[0].length)}`;
  const objects: PendingObject[] = [
    { number: sigRef, body: Buffer.from(signature, 'latin1') },
    {
      number: fieldRef,
      body: Buffer.from(
        `<< /Type /Annot /Subtype /Widget /FT /Sig /F 132 /Rect [0 0 0 0] /T ${pdfTextString('Firebreak signature')} /V ${sigRef} 0 R /P ${pageRef} 0 R >>`,
        'latin1',
      ),
    },
    { number: formRef, body: Buffer.from(`<< /Fields [${fieldRef} 0 R] /SigFlags 3 >>`, 'latin1') },
    {
      number: fileRef,
      body: Buffer.concat([
        Buffer.from(
          `<< /Type /EmbeddedFile /Subtype /application#2Fjson /Params << /Size ${attachment.content.length} /ModDate ${pdfDate(details.signingTime)} >> /Length ${attachment.content.length} >>\nstream\n`,
          'latin1',
        ),
        attachment.content,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    },
    {
      number: specRef,
      body: Buffer.from(
        `<< /Type /Filespec /F ${pdfTextString(attachment.fileName)} /UF ${pdfTextString(attachment.fileName)} /Desc ${pdfTextString(attachment.description)} /AFRelationship /Data /EF << /F ${fileRef} 0 R /UF ${fileRef} 0 R >> >>`,
        'latin1',
      ),
    },
    {
      number: trailer.rootRef,
      body: Buffer.from(
        extendDictionary(catalog, `/AcroForm ${formRef} 0 R\n${catalogNames}\n/AF [${specRef} 0 R]`),
        'latin1',
      ),
    },
    { number: pageRef, body: Buffer.from(newPage, 'latin1') },
    ...namesObject,
  ];

  const parts: Buffer[] = [original, Buffer.from('\n')];
  let position = original.length + 1;
  const entries: Array<readonly [number, number]> = [];
  let sigObjectAt = 0;
  for (const object of objects) {
    const bytes = objectBytes(object.number, object.body);
    entries.push([object.number, position]);
    if (object.number === sigRef) sigObjectAt = position;
    parts.push(bytes);
    position += bytes.length;
  }
  const trailerText = [
    'trailer',
    `<< /Size ${trailer.size + 5} /Root ${trailer.rootRef} 0 R${trailer.infoRef === undefined ? '' : ` /Info ${trailer.infoRef} 0 R`} /Prev ${trailer.startXref}${trailer.id === undefined ? '' : ` ${trailer.id}`} >>`,
    'startxref',
    String(position),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xrefSection(entries) + trailerText, 'latin1'));
  const pdf = Buffer.concat(parts);

  const rangeAt = pdf.indexOf(`/ByteRange ${rangePlaceholder}`, sigObjectAt, 'latin1') + '/ByteRange '.length;
  const holeStart = pdf.indexOf(`/Contents <`, sigObjectAt, 'latin1') + '/Contents '.length;
  const holeEnd = holeStart + placeholderHex.length + 2;
  const range = [0, holeStart, holeEnd, pdf.length - holeEnd];
  const rangeText = `[${range.map((n) => String(n).padEnd(RANGE_WIDTH, ' ')).join(' ')}]`;
  if (rangeText.length !== rangePlaceholder.length) throw new PdfStructureError('The PDF is too large to sign.');
  pdf.write(rangeText, rangeAt, 'latin1');

  const digest = createHash('sha256').update(pdf.subarray(0, holeStart)).update(pdf.subarray(holeEnd)).digest();
  const cms = signer(digest);
  if (cms.length > SIGNATURE_CAPACITY)
    throw new PdfStructureError('The signature is larger than the space reserved for it.');
  pdf.write(cms.toString('hex').toUpperCase(), holeStart + 1, 'latin1');
  return pdf;
}
