/**
 * Just enough PDF reading to append an incremental update to a PDF with a classic cross-reference table (what
 * @react-pdf/renderer writes): the trailer, the object offsets, and the text of the catalog and first page.
 */

export interface PdfTrailer {
  readonly size: number;
  readonly rootRef: number;
  readonly infoRef: number | undefined;
  readonly id: string | undefined;
  readonly startXref: number;
}

export class PdfStructureError extends Error {}

function latin1(pdf: Buffer, start: number, end?: number): string {
  return pdf.toString('latin1', start, end);
}

export function readTrailer(pdf: Buffer): PdfTrailer {
  const tail = latin1(pdf, Math.max(0, pdf.length - 4096));
  const startMatch = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (startMatch === null) throw new PdfStructureError('The PDF has no cross-reference start at its end.');
  const trailerAt = tail.lastIndexOf('trailer', startMatch.index);
  if (trailerAt < 0) {
    throw new PdfStructureError('The PDF uses a cross-reference stream, which Firebreak does not sign.');
  }
  const dictionary = tail.slice(trailerAt, startMatch.index);
  const size = /\/Size\s+(\d+)/.exec(dictionary);
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(dictionary);
  if (size === null || root === null) throw new PdfStructureError('The PDF trailer lacks /Size or /Root.');
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(dictionary);
  const id = /\/ID\s*\[[^\]]*\]/.exec(dictionary);
  return {
    size: Number(size[1]),
    rootRef: Number(root[1]),
    infoRef: info === null ? undefined : Number(info[1]),
    id: id?.[0],
    startXref: Number(startMatch[1]),
  };
}

/** Object number → byte offset, from the classic xref table at `startXref`. */
export function readXref(pdf: Buffer, startXref: number): Map<number, number> {
  const text = latin1(pdf, startXref, Math.min(pdf.length, startXref + 64 + 20 * 200_000));
  if (!text.startsWith('xref')) throw new PdfStructureError('The PDF cross-reference table is not where it says.');
  const offsets = new Map<number, number>();
  const lines = text.slice(4).split(/\r?\n|\r/);
  let next = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('trailer')) break;
    const parts = line.split(/\s+/);
    if (parts.length === 2) {
      next = Number(parts[0]);
      continue;
    }
    if (parts[2] === 'n') offsets.set(next, Number(parts[0]));
    next++;
  }
  return offsets;
}

/** The dictionary text (`<< … >>`) of an object without a stream. */
export function readObjectDictionary(pdf: Buffer, offsets: Map<number, number>, objectNumber: number): string {
  const offset = offsets.get(objectNumber);
  if (offset === undefined) throw new PdfStructureError(`The PDF has no object ${objectNumber}.`);
  const end = pdf.indexOf('endobj', offset, 'latin1');
  const text = latin1(pdf, offset, end);
  const start = text.indexOf('<<');
  const close = text.lastIndexOf('>>');
  if (start < 0 || close < start || text.includes('stream')) {
    throw new PdfStructureError(`PDF object ${objectNumber} is not a plain dictionary.`);
  }
  return text.slice(start, close + 2);
}

export function firstPageRef(pdf: Buffer, offsets: Map<number, number>, rootRef: number): number {
  const catalog = readObjectDictionary(pdf, offsets, rootRef);
  const pages = /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog);
  if (pages === null) throw new PdfStructureError('The PDF catalog has no page tree.');
  const tree = readObjectDictionary(pdf, offsets, Number(pages[1]));
  const kid = /\/Kids\s*\[\s*(\d+)\s+0\s+R/.exec(tree);
  if (kid === null) throw new PdfStructureError('The PDF has no pages.');
  return Number(kid[1]);
}

/** Adds entries at the end of a dictionary's text. */
export function extendDictionary(dictionary: string, entries: string): string {
  return `${dictionary.slice(0, -2).trimEnd()}\n${entries}\n>>`;
}
