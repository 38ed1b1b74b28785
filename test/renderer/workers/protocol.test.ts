import { afterEach, describe, expect, it } from 'vitest';
import {
  isRecord,
  runInWorker,
  serveWorker,
  type WorkerPort,
  type WorkerProtocol,
} from '../../../renderer/workers/protocol';

interface Count {
  readonly upTo: number;
  readonly payload: Blob;
}

function counting(cancel: 'cooperative' | 'terminate'): WorkerProtocol<Count, number, string> {
  return {
    name: 'counting',
    cancel,
    isRequest: (value): value is Count =>
      isRecord(value) && typeof value['upTo'] === 'number' && value['payload'] instanceof Blob,
    isProgress: (value): value is number => typeof value === 'number',
    isResult: (value): value is string => typeof value === 'string',
  };
}

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** A worker in this thread: the page holds one end of a message channel, `serveWorker` the other. */
function inThread(serve: (scope: MessagePort) => void): WorkerPort & { terminated: boolean } {
  const channel = new MessageChannel();
  channels.push(channel);
  channel.port1.start();
  channel.port2.start();
  serve(channel.port2);
  const page = {
    terminated: false,
    postMessage: (message: unknown) => channel.port1.postMessage(message),
    terminate: () => {
      page.terminated = true;
      channel.port1.close();
    },
    addEventListener: channel.port1.addEventListener.bind(channel.port1),
  };
  return page;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('worker protocol', () => {
  it('carries a request, its progress and its result, then ends the worker', async () => {
    const protocol = counting('cooperative');
    const worker = inThread((scope) =>
      serveWorker(
        protocol,
        async (request, job) => {
          for (let i = 1; i <= request.upTo; i++) job.progress(i);
          return `${request.upTo} counted over ${await request.payload.text()}`;
        },
        { scope },
      ),
    );
    const seen: number[] = [];
    const outcome = await runInWorker(
      worker,
      protocol,
      { upTo: 3, payload: new Blob(['bytes']) },
      { onProgress: (n) => seen.push(n) },
    );
    expect({ outcome, seen, terminated: worker.terminated }).toEqual({
      outcome: { ok: true, result: '3 counted over bytes' },
      seen: [1, 2, 3],
      terminated: true,
    });
  });

  it('asks a cooperative worker to stop, and terminates one that cannot', async () => {
    const cooperative = counting('cooperative');
    const stopping = inThread((scope) =>
      serveWorker(
        cooperative,
        async (_request, job) => {
          while (!job.isCancelled()) await tick();
          throw new Error('Stopped between steps.');
        },
        { scope },
      ),
    );
    const asked = new AbortController();
    const askedRun = runInWorker(stopping, cooperative, { upTo: 1, payload: new Blob([]) }, { signal: asked.signal });
    await tick();
    asked.abort();

    const immediate = counting('terminate');
    const busy = inThread((scope) => serveWorker(immediate, () => new Promise<string>(() => undefined), { scope }));
    const terminated = new AbortController();
    const terminatedRun = runInWorker(
      busy,
      immediate,
      { upTo: 1, payload: new Blob([]) },
      { signal: terminated.signal },
    );
    terminated.abort();

    expect({ asked: await askedRun, terminated: await terminatedRun, busyEnded: busy.terminated }).toEqual({
      asked: { ok: false, message: 'Stopped between steps.', cancelled: true },
      terminated: { ok: false, message: 'Cancelled.', cancelled: true },
      busyEnded: true,
    });
  });

  it('refuses messages outside the protocol, in words, on both sides', async () => {
    const protocol = counting('cooperative');
    const strict = inThread((scope) => serveWorker(protocol, async () => 'never', { scope }));
    // The page's side is lax here, so the worker's own check is what refuses the request.
    const lax: WorkerProtocol<unknown, number, string> = {
      ...protocol,
      isRequest: (_value): _value is unknown => true,
    };
    const badRequest = await runInWorker(strict, lax, { upTo: 1, payload: 'not a blob' });

    const sloppy = inThread((scope) =>
      scope.addEventListener('message', () => scope.postMessage({ type: 'result', result: 42 })),
    );
    const badAnswer = await runInWorker(sloppy, protocol, { upTo: 1, payload: new Blob([]) });

    expect({ badRequest, badAnswer }).toEqual({
      badRequest: { ok: false, message: 'The counting worker got a message it does not know.', cancelled: false },
      badAnswer: { ok: false, message: 'The counting worker sent an answer it should not.', cancelled: false },
    });
  });
});
