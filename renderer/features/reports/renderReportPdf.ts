/**
 * The rendering half of the report pipeline: ReportDocument → laid-out pages → PDF bytes. Runs wherever it is called
 * from (the report worker in the app, Node in tests and benchmarks); signing happens afterwards in the host.
 */
import type { ReportDocument } from '../../../shared/reports/document';
import { drawReportPdf } from './drawReportPdf';
import type { ReportFonts } from './layout/fontMetrics';
import { paginate } from './layout/paginate';

export interface RenderedReport {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
}

export async function renderReportPdf(document: ReportDocument, fonts: ReportFonts): Promise<RenderedReport> {
  const pages = paginate(document, fonts.metrics);
  return { bytes: await drawReportPdf(document, pages, fonts), pageCount: pages.length };
}
