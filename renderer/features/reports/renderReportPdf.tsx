/**
 * The rendering half of the report pipeline: ReportDocument → laid-out pages → PDF bytes. Runs wherever it is called
 * from (the report worker in the app, Node in tests and benchmarks); signing happens afterwards in the host.
 */
import { pdf } from '@react-pdf/renderer';
import type { ReportDocument } from '../../../shared/reports/document';
import type { ReportFonts } from './layout/fontMetrics';
import { paginate } from './layout/paginate';
import { ReportPdf } from './ReportPdf';

export interface RenderedReport {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
}

export async function renderReportPdf(document: ReportDocument, fonts: ReportFonts): Promise<RenderedReport> {
  const pages = paginate(document, fonts.metrics);
  const blob = await pdf(<ReportPdf document={document} pages={pages} fonts={fonts} />).toBlob();
  return { bytes: new Uint8Array(await blob.arrayBuffer()), pageCount: pages.length };
}
