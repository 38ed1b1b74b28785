/** The part of pdfkit (the PDF writer @react-pdf also uses, pinned to the same version) the reports draw with. */
declare module 'pdfkit' {
  import type { ReportPainter } from '../drawReportPdf';

  export interface PdfDocumentOptions {
    /** The font selected at the start; null selects none. */
    readonly font?: null;
    readonly autoFirstPage: boolean;
    readonly compress: boolean;
    readonly lang?: string;
    readonly displayTitle?: boolean;
    readonly info?: Readonly<Record<string, string | Date>>;
  }

  export default class PDFDocument implements ReportPainter {
    constructor(options: PdfDocumentOptions);
    addPage(options: { readonly size: readonly [number, number] | 'A4'; readonly margin: number }): this;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    on(event: 'end', listener: () => void): this;
    end(): void;
    font: ReportPainter['font'];
    fillColor: ReportPainter['fillColor'];
    rect: ReportPainter['rect'];
    fill: ReportPainter['fill'];
    moveTo: ReportPainter['moveTo'];
    lineTo: ReportPainter['lineTo'];
    lineWidth: ReportPainter['lineWidth'];
    lineJoin: ReportPainter['lineJoin'];
    stroke: ReportPainter['stroke'];
    save: ReportPainter['save'];
    restore: ReportPainter['restore'];
    transform: ReportPainter['transform'];
    addContent: ReportPainter['addContent'];
    readonly _font: ReportPainter['_font'];
    readonly page: ReportPainter['page'];
  }
}
