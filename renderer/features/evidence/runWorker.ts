/** Runs one evidence worker job to its end, forwarding progress; resolves with the worker's final report. */
import type { WorkerReport } from './workerMessages';

export type FinalReport = Exclude<WorkerReport, { type: 'progress' }>;

export function runWorker(
  worker: Worker,
  start: unknown,
  onProgress: (bytesDone: number) => void,
): Promise<FinalReport> {
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerReport>) => {
      const report = event.data;
      if (report.type === 'progress') onProgress(report.bytesDone);
      else {
        worker.terminate();
        resolve(report);
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      resolve({ type: 'failed', cancelled: false, message: event.message || 'The evidence worker failed.' });
    });
    worker.postMessage(start);
  });
}
