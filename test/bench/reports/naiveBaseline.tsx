/**
 * Child process of the report benchmark: renders the 100-page report content with @react-pdf's automatic page
 * wrapping and prints `{ "ms": …, "pages": … }`. Run in its own process so it can be capped and its memory does not
 * count against the real pipeline's.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { buildReport } from '../../../shared/reports/reportTypes';
import { FONT_PATHS, reportSource } from '../../fixtures/reportSources';
import { NaiveReportPdf, registerNaiveFonts } from './NaiveReportPdf';
import { REPORT_CONTENT } from './content';

registerNaiveFonts(FONT_PATHS);
const document = buildReport('incident-report', reportSource(REPORT_CONTENT.incident100));
const started = performance.now();
const pdf = await renderToBuffer(<NaiveReportPdf document={document} />);
const ms = performance.now() - started;
const pages = /\/Type \/Pages[^>]*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1];
console.log(JSON.stringify({ ms, pages: Number(pages ?? 0) }));
