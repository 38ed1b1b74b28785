/**
 * The report worker: lays out and renders a report off the UI thread, so the console stays responsive for a
 * 100-page report. Fonts come from the app's own bundled files; the PDF bytes go back to the page, which sends them
 * to the host for signing.
 */
import { fallbackFontsNeeded, openReportFonts, type FallbackFont } from './layout/fontMetrics';
import { paginate } from './layout/paginate';
import { drawReportPdf } from './drawReportPdf';
import { serveWorker, type WorkerJob } from '../../workers/protocol';
import { renderProtocol, type RenderProgress, type RenderRequest, type RenderResult } from './workerMessages';

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error('A bundled report font could not be loaded.');
  return new Uint8Array(await response.arrayBuffer());
}

async function render(request: RenderRequest, job: WorkerJob<RenderProgress>): Promise<RenderResult> {
  job.progress({ stage: 'fonts', done: 0, total: 0 });
  // Only the fallback fonts for scripts the document has: a Latin report fetches and parses none of them.
  const needed = fallbackFontsNeeded(
    JSON.stringify([request.document.title, request.document.cover, request.document.blocks]),
  );
  const fallbacks: Partial<Record<FallbackFont, Uint8Array>> = {};
  for (const name of needed) {
    const url = request.fontUrls.fallbacks[name];
    if (url !== undefined) fallbacks[name] = await fontBytes(url);
  }
  const fonts = openReportFonts({
    regular: await fontBytes(request.fontUrls.regular),
    bold: await fontBytes(request.fontUrls.bold),
    mono: await fontBytes(request.fontUrls.mono),
    fallbacks,
  });
  job.progress({ stage: 'layout', done: 0, total: 0 });
  const pages = paginate(request.document, fonts.metrics);
  const total = pages.length;
  let drawn = 0;
  const onPagePainted = () => {
    drawn++;
    if (drawn % 5 === 0 || drawn === total) job.progress({ stage: 'drawing', done: drawn, total });
  };
  const bytes = await drawReportPdf(request.document, pages, fonts, { onPagePainted });
  return { pdf: bytes.buffer as ArrayBuffer, pages };
}

serveWorker(renderProtocol, render, { transferOf: (result) => [result.pdf] });
