/**
 * The PDF template every report type shares: each page is one @react-pdf Canvas that draws the lines and rules the
 * paginator already placed, with the bundled fonts. @react-pdf does no text layout or page breaking of its own here
 * (its automatic wrapping grows super-linearly with report length); it builds and compresses the PDF.
 */
import { Canvas, Document, Page } from '@react-pdf/renderer';
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

/** The subset of pdfkit's API that @react-pdf's Canvas painter passes through. */
export interface ReportPainter {
  font(src: FontkitFont, name: string): ReportPainter;
  fontSize(size: number): ReportPainter;
  fillColor(color: string): ReportPainter;
  text(text: string, x: number, y: number, options: { readonly lineBreak: false }): ReportPainter;
  rect(x: number, y: number, w: number, h: number): ReportPainter;
  fill(color: string): ReportPainter;
  moveTo(x: number, y: number): ReportPainter;
  lineTo(x: number, y: number): ReportPainter;
  lineWidth(width: number): ReportPainter;
  lineJoin(join: 'round'): ReportPainter;
  stroke(color: string): ReportPainter;
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
  let color: string | undefined;
  for (const face of FACES) {
    let selected = false;
    let size = 0;
    for (const item of items) {
      if (item.kind !== 'text' || item.face !== face) continue;
      if (item.size !== size) {
        size = item.size;
        painter.fontSize(size);
      }
      if (item.color !== color) {
        color = item.color;
        painter.fillColor(color);
      }
      // Lines in other scripts or directions are drawn run by run, each in its font, in visual order.
      const runs = fonts.metrics.runs(item.text, face, item.size);
      if (runs !== null) {
        for (const run of runs) painter.font(run.font, run.fontName).text(run.text, item.x + run.x, item.y, NO_BREAK);
        selected = false;
        continue;
      }
      if (!selected) {
        painter.font(fonts.typefaces[face], PDF_FONT_NAMES[face]);
        selected = true;
      }
      painter.text(item.text, item.x, item.y, NO_BREAK);
    }
  }
}

const NO_BREAK = { lineBreak: false } as const;

export interface ReportPdfProps {
  readonly document: ReportDocument;
  readonly pages: readonly LaidOutPage[];
  /** The fonts the layout measured with, opened once for the whole document. */
  readonly fonts: ReportFonts;
  /** Called after each page is drawn, for progress. */
  readonly onPagePainted?: () => void;
}

export function ReportPdf({ document, pages, fonts, onPagePainted }: ReportPdfProps) {
  return (
    <Document
      title={`${document.subject.ref} ${document.kind}: ${document.title}`}
      author={document.generatedBy}
      subject={document.kind}
      creator="Firebreak"
      producer="Firebreak"
      language="en"
    >
      {pages.map((page, index) => (
        <Page key={index} size="A4">
          <Canvas
            style={{ position: 'absolute', left: 0, top: 0, width: PAGE.width, height: PAGE.height - 1 }}
            paint={(painter) => {
              paintReportPage(painter as unknown as ReportPainter, page.items, fonts);
              onPagePainted?.();
              return null;
            }}
          />
        </Page>
      ))}
    </Document>
  );
}
