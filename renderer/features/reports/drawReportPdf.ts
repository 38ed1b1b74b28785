/**
 * The PDF every report type shares: pdfkit draws the lines and rules the paginator already placed, with the bundled
 * fonts, page by page, and compresses the result. Nothing here lays text out or breaks pages; there is no React or
 * @react-pdf tree in between (it laid out 110 empty canvas boxes and loaded a Helvetica it never used, about a
 * quarter of a 100-page render).
 *
 * Text is written the way pdfkit's own `text()` writes it — the same glyphs from the same shaping (pdfkit's
 * `EmbeddedFont.encode`, which also records each glyph for the subset, its width and its Unicode mapping, so the
 * text extracts as before), at the same positions — but a page's text is one text object written in one piece:
 * pdfkit's `text()` wraps every line in its own save/transform/BT…ET/restore and turns every operator line into a
 * separate byte array, and measures every line again afterwards to advance a cursor this layout never reads.
 */
import PDFDocument from 'pdfkit';
import type { FontkitFont } from 'fontkit';
import type { ReportDocument } from '../../../shared/reports/document';
import { pdfFontName, type FontFace, type ReportFonts } from './layout/fontMetrics';
import type { DrawItem, LaidOutPage } from './layout/pageModel';
import { PAGE } from './layout/pageModel';

const FACES: readonly FontFace[] = ['regular', 'bold', 'mono'];

/**
 * The names pdfkit keeps each opened face under. pdfkit caches a font by the name it is given, never by its bytes:
 * handing it bytes re-parses the 750 KB file on every selection, while an opened font with a name is embedded once
 * and every later selection by that name is a lookup.
 */
const PDF_FONT_NAMES: Readonly<Record<FontFace, string>> = {
  regular: pdfFontName('regular'),
  bold: pdfFontName('bold'),
  mono: pdfFontName('mono'),
};

/** A glyph position as pdfkit's `EmbeddedFont.encode` returns it (in thousandths of the font size). */
interface EncodedPosition {
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly advanceWidth: number;
}

/** The font pdfkit has selected (`EmbeddedFont`): the parts text drawing uses. */
interface PdfkitFont {
  readonly id: string;
  readonly ascender: number;
  ref(): unknown;
  encode(text: string): [readonly string[], readonly EncodedPosition[]];
}

/** The part of pdfkit's document the report is drawn with, including the internals text drawing needs. */
export interface ReportPainter {
  font(src: FontkitFont, name: string): ReportPainter;
  fillColor(color: string): ReportPainter;
  rect(x: number, y: number, w: number, h: number): ReportPainter;
  fill(color: string): ReportPainter;
  moveTo(x: number, y: number): ReportPainter;
  lineTo(x: number, y: number): ReportPainter;
  lineWidth(width: number): ReportPainter;
  lineJoin(join: 'round'): ReportPainter;
  stroke(color: string): ReportPainter;
  save(): ReportPainter;
  restore(): ReportPainter;
  transform(m11: number, m12: number, m21: number, m22: number, dx: number, dy: number): ReportPainter;
  addContent(data: string): ReportPainter;
  readonly _font: PdfkitFont;
  readonly page: { readonly height: number; readonly fonts: Record<string, unknown> };
}

/** Pieces kept per font before the cache starts again (a 1,000-page report has about 40,000 distinct pieces). */
const PIECE_CACHE_LIMIT = 100_000;
/** Each font's encoded pieces (see `encodeLine`), for the life of the document the font belongs to. */
const encodedPieces = new WeakMap<PdfkitFont, Map<string, [readonly string[], readonly EncodedPosition[]]>>();

/**
 * `font.encode(text)`, piece by piece with each piece encoded once per document. pdfkit shapes a text as pieces
 * that end after each space or tab (its `layout` shapes and caches each piece on its own, with no kerning across
 * them) and then, on every call, concatenates the pieces' glyph arrays one by one and looks every glyph up in the
 * subset again. Here each distinct piece goes through `encode` once — which shapes it the same way and records its
 * glyphs in the subset, their widths and Unicode mapping — and a line is the pieces' results laid end to end: the
 * same glyphs and positions `encode` returns for the whole line.
 */
function encodeLine(font: PdfkitFont, text: string): [readonly string[], readonly EncodedPosition[]] {
  let pieces = encodedPieces.get(font);
  if (pieces === undefined) {
    pieces = new Map();
    encodedPieces.set(font, pieces);
  }
  const encoded: string[] = [];
  const positions: EncodedPosition[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length) {
      const code = text.charCodeAt(end++);
      if (code === 0x20 || code === 0x09) break;
    }
    const piece = text.slice(start, end);
    let result = pieces.get(piece);
    if (result === undefined) {
      result = font.encode(piece);
      // Bounded: encoding a piece again gives the same glyphs (the subset already holds them).
      if (pieces.size >= PIECE_CACHE_LIMIT) pieces.clear();
      pieces.set(piece, result);
    }
    for (const glyph of result[0]) encoded.push(glyph);
    for (const position of result[1]) positions.push(position);
    start = end;
  }
  return [encoded, positions];
}

/** pdfkit's number format in content streams (`PDFObject.number`). */
function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * One page's text as one text object: the operators are collected in a string and handed to pdfkit once (or when a
 * colour change has to be written in between), and the font and size are set only when they change.
 */
class PageText {
  private readonly ops: string[] = [];
  private fontId = '';
  private size = 0;

  constructor(
    private readonly doc: ReportPainter,
    private readonly pageHeight: number,
  ) {
    doc.save();
    // pdfkit's page space has y downwards; text is set in PDF space, as pdfkit's `text()` does.
    doc.transform(1, 0, 0, -1, 0, pageHeight);
    doc.addContent('BT');
  }

  /** Writes what is collected, so an operator pdfkit writes itself (a colour) lands in order. */
  flush(): void {
    if (this.ops.length > 0) {
      this.doc.addContent(this.ops.join('\n'));
      this.ops.length = 0;
    }
  }

  /** `text` at (x, y) of the page (top of the line, y downwards) in the font pdfkit has selected, at `size`. */
  line(text: string, x: number, top: number, size: number): void {
    const clean = text.includes('\n') ? text.replace(/\n/g, '') : text;
    if (clean.length === 0) return;
    const font = this.doc._font;
    const fonts = this.doc.page.fonts;
    if (fonts[font.id] === undefined) fonts[font.id] = font.ref();
    // pdfkit's default baseline ('top'): the line's top at `top`, so the baseline is one ascender lower.
    const y = this.pageHeight - top - (font.ascender / 1000) * size;
    const ops = this.ops;
    ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
    if (font.id !== this.fontId || size !== this.size) {
      this.fontId = font.id;
      this.size = size;
      ops.push(`/${font.id} ${num(size)} Tf`);
    }
    const [encoded, positions] = encodeLine(font, clean);
    // The glyphs as TJ segments with kerning adjustments, and glyphs moved off the baseline (marks) on their own:
    // the same operators pdfkit's `_fragment` writes, without a closure per line.
    const scale = size / 1000;
    let last = 0;
    let hadOffset = false;
    let cursor = x;
    let i = 0;
    for (; i < positions.length; i++) {
      const position = positions[i]!;
      if (position.xOffset || position.yOffset) {
        last = this.segment(encoded, positions, last, i);
        this.flushSegments();
        ops.push(`1 0 0 1 ${num(cursor + position.xOffset * scale)} ${num(y + position.yOffset * scale)} Tm`);
        last = this.segment(encoded, positions, last, i + 1);
        this.flushSegments();
        hadOffset = true;
      } else {
        if (hadOffset) {
          ops.push(`1 0 0 1 ${num(cursor)} ${num(y)} Tm`);
          hadOffset = false;
        }
        if (position.xAdvance - position.advanceWidth !== 0) last = this.segment(encoded, positions, last, i + 1);
      }
      cursor += position.xAdvance * scale;
    }
    this.segment(encoded, positions, last, i);
    this.flushSegments();
  }

  private readonly commands: string[] = [];

  /** Glyphs `from`…`to` as one TJ segment, then the adjustment after the last of them; returns where the next starts. */
  private segment(encoded: readonly string[], positions: readonly EncodedPosition[], from: number, to: number): number {
    if (from < to) {
      const position = positions[to - 1]!;
      this.commands.push(`<${encoded.slice(from, to).join('')}> ${num(-(position.xAdvance - position.advanceWidth))}`);
    }
    return to;
  }

  private flushSegments(): void {
    if (this.commands.length > 0) {
      this.ops.push(`[${this.commands.join(' ')}] TJ`);
      this.commands.length = 0;
    }
  }

  end(): void {
    this.flush();
    this.doc.addContent('ET');
    this.doc.restore();
  }
}

/**
 * Rules and fills first, then lines (charts), then the text face by face, so a page selects each face once and sets
 * the fill colour only when it changes (pdfkit parses and writes it on every call). Exported for the benchmark's
 * floor, which draws the same pages with pdfkit alone.
 */
export function paintReportPage(painter: ReportPainter, items: readonly DrawItem[], fonts: ReportFonts): void {
  for (const item of items) {
    if (item.kind === 'rect') painter.rect(item.x, item.y, item.w, item.h).fill(item.color);
  }
  for (const item of items) {
    if (item.kind !== 'line') continue;
    const [first, ...rest] = item.points;
    if (first === undefined) continue;
    painter.moveTo(first.x, first.y);
    for (const point of rest) painter.lineTo(point.x, point.y);
    painter.lineWidth(item.width).lineJoin('round').stroke(item.color);
  }
  const text = new PageText(painter, painter.page.height);
  let color: string | undefined;
  for (const face of FACES) {
    let selected = false;
    for (const item of items) {
      if (item.kind !== 'text' || item.face !== face) continue;
      if (item.color !== color) {
        color = item.color;
        text.flush();
        painter.fillColor(color);
      }
      // Lines in other scripts or directions are drawn run by run, each in its font, in visual order.
      const runs = fonts.metrics.runs(item.text, face, item.size);
      if (runs !== null) {
        for (const run of runs) {
          painter.font(run.font, run.fontName);
          text.line(run.text, item.x + run.x, item.y, item.size);
        }
        selected = false;
        continue;
      }
      if (!selected) {
        painter.font(fonts.typefaces[face], PDF_FONT_NAMES[face]);
        selected = true;
      }
      text.line(item.text, item.x, item.y, item.size);
    }
  }
  text.end();
}

export interface DrawReportOptions {
  /** Called after each page is drawn, for progress. */
  readonly onPagePainted?: () => void;
}

/** Draws the laid-out pages of `document` into a compressed PDF with the document's metadata. */
export function drawReportPdf(
  document: ReportDocument,
  pages: readonly LaidOutPage[],
  fonts: ReportFonts,
  options: DrawReportOptions = {},
): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    // No default font: pdfkit would load Helvetica's metrics, which the browser build does not even carry (every
    // face the report uses is selected by name before its first line).
    font: null,
    autoFirstPage: false,
    compress: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `${document.subject.ref} ${document.kind}: ${document.title}`,
      Author: document.generatedBy,
      Subject: document.kind,
      Creator: 'Firebreak',
      Producer: 'Firebreak',
      CreationDate: new Date(),
    },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('error', reject);
    pdf.on('end', () => {
      let length = 0;
      for (const chunk of chunks) length += chunk.length;
      const bytes = new Uint8Array(length);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(bytes);
    });
  });
  for (const page of pages) {
    pdf.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    paintReportPage(pdf, page.items, fonts);
    options.onPagePainted?.();
  }
  pdf.end();
  return done;
}
