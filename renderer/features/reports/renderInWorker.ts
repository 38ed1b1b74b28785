/**
 * Starts the report worker for one render and resolves with the PDF and the laid-out pages (the preview draws the
 * same pages). Aborting the signal terminates the worker at once.
 */
import regularUrl from '../../../resources/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import monoUrl from '../../../resources/fonts/DejaVuSansMono.ttf?url';
import type { ReportDocument } from '../../../shared/reports/document';
import type { LaidOutPage } from './layout/pageModel';
import { runInWorker } from '../../workers/protocol';
import { FALLBACK_FONT_URLS } from './fallbackFontUrls';
import { renderProtocol, type RenderProgress } from './workerMessages';

export interface RenderedInWorker {
  readonly pdf: Uint8Array;
  readonly pages: readonly LaidOutPage[];
}

export class RenderCancelled extends Error {}

export async function renderInWorker(
  document: ReportDocument,
  onProgress: (progress: RenderProgress) => void,
  signal: AbortSignal,
): Promise<RenderedInWorker> {
  const worker = new Worker(new URL('./reportWorker.tsx', import.meta.url), { type: 'module' });
  const fontUrls = {
    regular: new URL(regularUrl, window.location.href).href,
    bold: new URL(boldUrl, window.location.href).href,
    mono: new URL(monoUrl, window.location.href).href,
    fallbacks: Object.fromEntries(
      Object.entries(FALLBACK_FONT_URLS).map(([name, url]) => [name, new URL(url, window.location.href).href]),
    ),
  };
  const outcome = await runInWorker(worker, renderProtocol, { document, fontUrls }, { onProgress, signal });
  if (outcome.ok) return { pdf: new Uint8Array(outcome.result.pdf), pages: outcome.result.pages };
  throw outcome.cancelled ? new RenderCancelled('The report was cancelled.') : new Error(outcome.message);
}
