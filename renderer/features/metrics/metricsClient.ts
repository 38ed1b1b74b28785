/**
 * The page's side of the metrics worker: one worker per window, started on first use and kept (its index is the
 * point), and `summarizeMetrics` resolving with the summary and charts for a filter and metric, and the audit sequence
 * number they are as of.
 * `primeMetrics` asks as soon as the dashboard is navigated to, so the worker starts and loads its index while the
 * screen's code is still loading; the screen's first request takes that answer (`takePrimedAnswer`). Errors come back
 * in words.
 */
import type { MetricId } from '../../../shared/domain/metrics/definitions';
import type { MetricsFilter } from '../../../shared/domain/metrics/filter';
import { ExplainedError } from '../../../shared/errors';
import type { MetricsAnswerData } from './metricsFollower';
import { isMetricsAnswer, type MetricsRequest } from './workerMessages';

let worker: Worker | undefined;
let nextId = 1;
export type MetricsAnswerOf = MetricsAnswerData;

const pending = new Map<number, { resolve: (answer: MetricsAnswerOf) => void; reject: (error: Error) => void }>();
let primed: { readonly key: string; readonly answer: Promise<MetricsAnswerOf> } | undefined;

const primedKey = (dbName: string, filter: MetricsFilter, metric: MetricId) => JSON.stringify([dbName, filter, metric]);

function metricsWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<unknown>) => {
    const answer = event.data;
    if (!isMetricsAnswer(answer)) return;
    const waiting = pending.get(answer.requestId);
    if (!waiting) return;
    pending.delete(answer.requestId);
    if (answer.ok) {
      const { summary, seq, charts, failed } = answer;
      waiting.resolve({ summary, seq, charts, failed });
    } else waiting.reject(new ExplainedError(`The metrics could not be computed: ${answer.message}`));
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
  metric: MetricId,
  now: number = Date.now(),
  headSeq?: number,
): Promise<MetricsAnswerOf> {
  const requestId = nextId++;
  const request: MetricsRequest = {
    requestId,
    dbName,
    filter,
    metric,
    now,
    ...(headSeq === undefined ? {} : { headSeq }),
  };
  return new Promise((resolve, reject) => {
    pending.set(requestId, { resolve, reject });
    metricsWorker().postMessage(request);
  });
}

/** Asks for the answer for `filter` and `metric` as of the latest write, ahead of the screen that will show it. */
export function primeMetrics(dbName: string, filter: MetricsFilter, metric: MetricId): void {
  const answer = summarizeMetrics(dbName, filter, metric);
  // Unclaimed, a failure is the screen's to report when it asks itself.
  answer.catch(() => undefined);
  primed = { key: primedKey(dbName, filter, metric), answer };
}

/** The primed answer for this database, filter and metric, once; undefined when there is none. */
export function takePrimedAnswer(
  dbName: string,
  filter: MetricsFilter,
  metric: MetricId,
): Promise<MetricsAnswerOf> | undefined {
  const taken = primed;
  primed = undefined;
  return taken?.key === primedKey(dbName, filter, metric) ? taken.answer : undefined;
}
