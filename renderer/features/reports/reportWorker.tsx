/**
 * The report worker: lays out and renders a report off the UI thread, so the console stays responsive for a
 * 100-page report. Fonts come from the app's own bundled files; the PDF bytes go back to the page, which sends them
 * to the host for signing.
 */
import { pdf } from '@react-pdf/renderer';
import { createFontMetrics, type ReportFontFiles } from './layout/fontMetrics';
import { paginate } from './layout/paginate';
import { ReportPdf } from './ReportPdf';
import type { RenderRequest, WorkerReply } from './workerMessages';

function reply(message: WorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error('A bundled report font could not be loaded.');
  return new Uint8Array(await response.arrayBuffer());
}

async function render(request: RenderRequest): Promise<void> {
  reply({ kind: 'progress', stage: 'fonts', done: 0, total: 0 });
  const fonts: ReportFontFiles = {
    regular: await fontBytes(request.fontUrls.regular),
    bold: await fontBytes(request.fontUrls.bold),
    mono: await fontBytes(request.fontUrls.mono),
  };
  reply({ kind: 'progress', stage: 'layout', done: 0, total: 0 });
  const pages = paginate(request.document, createFontMetrics(fonts));
  const total = pages.length;
  let drawn = 0;
  const onPagePainted = () => {
    drawn++;
    if (drawn % 5 === 0 || drawn === total) reply({ kind: 'progress', stage: 'drawing', done: drawn, total });
  };
  const blob = await pdf(
    <ReportPdf document={request.document} pages={pages} fonts={fonts} onPagePainted={onPagePainted} />,
  ).toBlob();
  const bytes = await blob.arrayBuffer();
  reply({ kind: 'done', pdf: bytes, pages }, [bytes]);
}

self.onmessage = (event: MessageEvent<RenderRequest>) => {
  render(event.data).catch((error: unknown) => {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : 'The report could not be rendered.' });
  });
};
