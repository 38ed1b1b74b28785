/**
 * The page's side of the metrics worker: one worker per window, started on first use and kept (its index is the
 * point), and `summarizeMetrics` resolving with the summary for a filter. Errors come back in words.
 */
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsFilter } from '../../../shared/domain/metrics/filter';
import { ExplainedError } from '../../../shared/errors';
import { isMetricsAnswer, type MetricsRequest } from './workerMessages';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (summary: MetricsSummary) => void; reject: (error: Error) => void }>();

function metricsWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<unknown>) => {
    const answer = event.data;
    if (!isMetricsAnswer(answer)) return;
    const waiting = pending.get(answer.requestId);
    if (!waiting) return;
    pending.delete(answer.requestId);
    if (answer.ok) waiting.resolve(answer.summary);
    else waiting.reject(new ExplainedError(`The metrics could not be computed: ${answer.message}`));
  });
  started.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new ExplainedError('The metrics worker stopped.'));
    pending.clear();
    worker = undefined;
  });
  worker = started;
  return started;
}

export function summarizeMetrics(
  dbName: string,
  filter: MetricsFilter,
  now: number = Date.now(),
  headSeq?: number,
): Promise<MetricsSummary> {
  const requestId = nextId++;
  const request: MetricsRequest = { requestId, dbName, filter, now, ...(headSeq === undefined ? {} : { headSeq }) };
  return new Promise((resolve, reject) => {
    pending.set(requestId, { resolve, reject });
    metricsWorker().postMessage(request);
  });
}
