/**
 * Child process of the report benchmark: the floor under the real pipeline. The same report, already laid out, drawn
 * by pdfkit alone with the same fonts opened once and the same drawing code (`paintReportPage`), compressed as the
 * report is — no layout, no document metadata, no signing. Whatever the pipeline costs above this is layout and
 * signing. Prints `{ "ms", "cpuMs", "pages" }`.
 */
import PDFDocument from 'pdfkit';
import { buildReport } from '../../../shared/reports/reportTypes';
import { paginate } from '../../../renderer/features/reports/layout/paginate';
import { paintReportPage } from '../../../renderer/features/reports/drawReportPdf';
import { reportSource } from '../../fixtures/reportSources';
import { reportFonts } from '../../fixtures/signedReports';
import { REPORT_CONTENT, type ReportSize } from './content';

const size = process.argv[2] as ReportSize;
if (!(size in REPORT_CONTENT)) throw new Error(`Report size must be one of ${Object.keys(REPORT_CONTENT).join(', ')}`);
const document = buildReport('incident-report', reportSource(REPORT_CONTENT[size]));
const fonts = reportFonts();
const pages = paginate(document, fonts.metrics);

const cpu = process.cpuUsage();
const started = performance.now();
const pdf = new PDFDocument({ font: null, autoFirstPage: false, compress: true });
const chunks: Uint8Array[] = [];
const done = new Promise<void>((resolve) => pdf.on('data', (chunk) => chunks.push(chunk)).on('end', resolve));
for (const page of pages) {
  pdf.addPage({ size: 'A4', margin: 0 });
  paintReportPage(pdf, page.items, fonts);
}
pdf.end();
await done;
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, pages: pages.length }));
