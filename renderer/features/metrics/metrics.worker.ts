/**
 * The metrics worker: holds the metrics index and the chart sources' rows for the life of the window and answers each
 * request (a filter or metric change) with the summary and every chart from memory, following the audit log for writes made since (see `metricsFollower.ts`). Metrics at
 * 100,000 incidents are computed here, never on the UI thread.
 */
import { openMetricsDatabase } from './metricsDatabase';
import { MetricsFollower } from './metricsFollower';
import { isMetricsRequest, type MetricsAnswer } from './workerMessages';

const followers = new Map<string, Promise<MetricsFollower>>();

function followerFor(dbName: string): Promise<MetricsFollower> {
  let follower = followers.get(dbName);
  if (!follower) {
    follower = openMetricsDatabase(dbName).then((db) => new MetricsFollower(db));
    // A database that could not be opened is tried again with the next request.
    follower.catch(() => followers.delete(dbName));
    followers.set(dbName, follower);
  }
  return follower;
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isMetricsRequest(request)) {
    const answer: MetricsAnswer = {
      requestId: -1,
      ok: false,
      message: 'The metrics worker got a message it does not know.',
    };
    self.postMessage(answer);
    return;
  }
  followerFor(request.dbName)
    .then((follower) => follower.answer(request.filter, request.now, request.headSeq, request.metric))
    .then(
      (answer): MetricsAnswer => ({ requestId: request.requestId, ok: true, ...answer }),
      (error: unknown): MetricsAnswer => ({
        requestId: request.requestId,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    .then((answer) => self.postMessage(answer));
});
