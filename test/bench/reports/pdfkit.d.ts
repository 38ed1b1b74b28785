/** The part of pdfkit (bundled with @react-pdf/renderer) the benchmark's floor draws with. */
declare module 'pdfkit' {
  import type { ReportPainter } from '../../../renderer/features/reports/ReportPdf';

  export default class PDFDocument implements ReportPainter {
    constructor(options: { readonly autoFirstPage: boolean; readonly compress: boolean });
    addPage(options: { readonly size: 'A4'; readonly margin: number }): this;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    end(): void;
    font: ReportPainter['font'];
    fontSize: ReportPainter['fontSize'];
    fillColor: ReportPainter['fillColor'];
    text: ReportPainter['text'];
    rect: ReportPainter['rect'];
    fill: ReportPainter['fill'];
    moveTo: ReportPainter['moveTo'];
    lineTo: ReportPainter['lineTo'];
    lineWidth: ReportPainter['lineWidth'];
    lineJoin: ReportPainter['lineJoin'];
    stroke: ReportPainter['stroke'];
  }
}
