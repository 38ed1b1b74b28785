/**
 * Starts the report worker for one render and resolves with the PDF and the laid-out pages (the preview draws the
 * same pages). Aborting the signal terminates the worker at once.
 */
import regularUrl from '../../../resources/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import monoUrl from '../../../resources/fonts/DejaVuSansMono.ttf?url';
import type { ReportDocument } from '../../../shared/reports/document';
import type { LaidOutPage } from './layout/pageModel';
import type { RenderProgress, WorkerReply } from './workerMessages';

export interface RenderedInWorker {
  readonly pdf: Uint8Array;
  readonly pages: readonly LaidOutPage[];
}

export class RenderCancelled extends Error {}

export function renderInWorker(
  document: ReportDocument,
  onProgress: (progress: RenderProgress) => void,
  signal: AbortSignal,
): Promise<RenderedInWorker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./reportWorker.tsx', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new RenderCancelled('The report was cancelled.'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.kind === 'progress') {
        onProgress(message);
        return;
      }
      signal.removeEventListener('abort', stop);
      worker.terminate();
      if (message.kind === 'done') resolve({ pdf: new Uint8Array(message.pdf), pages: message.pages });
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'The report worker stopped unexpectedly.'));
    };
    worker.postMessage({
      document,
      fontUrls: {
        regular: new URL(regularUrl, window.location.href).href,
        bold: new URL(boldUrl, window.location.href).href,
        mono: new URL(monoUrl, window.location.href).href,
      },
    });
  });
}
