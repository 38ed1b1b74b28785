/**
 * One message protocol for every Web Worker the console starts (evidence intake, verification, report rendering).
 * The page sends a request, and may send a cancel; the worker answers with progress messages and then exactly one
 * result or error. A worker's protocol names its request, progress and result with type guards, and both sides read
 * `event.data` through them, so a message of the wrong shape is an error in words, never a cast.
 *
 * Cancelling is either cooperative (the worker is asked, stops between steps and answers with a cancelled error:
 * intake, which must clean up its chunks) or immediate (the worker is terminated: rendering, which has no steps to
 * stop between).
 */

export type ToWorker<Request> = { readonly type: 'request'; readonly request: Request } | { readonly type: 'cancel' };

export type FromWorker<Progress, Result> =
  | { readonly type: 'progress'; readonly progress: Progress }
  | { readonly type: 'result'; readonly result: Result }
  | { readonly type: 'error'; readonly message: string; readonly cancelled: boolean };

export interface WorkerProtocol<Request, Progress, Result> {
  /** What the worker does, for messages: "evidence intake". */
  readonly name: string;
  readonly cancel: 'cooperative' | 'terminate';
  readonly isRequest: (value: unknown) => value is Request;
  readonly isProgress: (value: unknown) => value is Progress;
  readonly isResult: (value: unknown) => value is Result;
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** The message to a worker, or undefined when `data` is not one of its protocol. */
export function readToWorker<Request>(
  protocol: WorkerProtocol<Request, unknown, unknown>,
  data: unknown,
): ToWorker<Request> | undefined {
  if (!isRecord(data)) return undefined;
  if (data['type'] === 'cancel') return { type: 'cancel' };
  const request = data['request'];
  return data['type'] === 'request' && protocol.isRequest(request) ? { type: 'request', request } : undefined;
}

/** The message from a worker, or undefined when `data` is not one of its protocol. */
export function readFromWorker<Progress, Result>(
  protocol: WorkerProtocol<unknown, Progress, Result>,
  data: unknown,
): FromWorker<Progress, Result> | undefined {
  if (!isRecord(data)) return undefined;
  const { type, progress, result, message, cancelled } = data;
  if (type === 'progress' && protocol.isProgress(progress)) return { type, progress };
  if (type === 'result' && protocol.isResult(result)) return { type, result };
  if (type === 'error' && typeof message === 'string' && typeof cancelled === 'boolean') {
    return { type, message, cancelled };
  }
  return undefined;
}

// ---- inside the worker ----

/** What a request handler may do while it works. */
export interface WorkerJob<Progress> {
  progress(progress: Progress): void;
  /** True once the page asked to cancel; a cooperative handler checks it between steps. */
  isCancelled(): boolean;
}

/** The worker's side of the channel: its global scope in a worker (the default), a message port in tests. */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown, options: { transfer: Transferable[] }): void;
}

export interface ServeOptions<Result> {
  /** Buffers moved to the page with the result rather than copied. */
  readonly transferOf?: (result: Result) => Transferable[];
  readonly scope?: WorkerScope;
}

/**
 * Answers the page's requests in this worker: progress while `handle` works, then its result, or an error (marked
 * cancelled when the page had asked to cancel).
 */
export function serveWorker<Request, Progress, Result>(
  protocol: WorkerProtocol<Request, Progress, Result>,
  handle: (request: Request, job: WorkerJob<Progress>) => Promise<Result>,
  options: ServeOptions<Result> = {},
): void {
  // In a dedicated worker `self` is the worker's global scope; the renderer's DOM typings call it a Window, whose
  // addEventListener and postMessage(message, { transfer }) have the same shape.
  const scope: WorkerScope = options.scope ?? self;
  const post = (message: FromWorker<Progress, Result>, transfer: Transferable[] = []) =>
    scope.postMessage(message, { transfer });
  let cancelled = false;
  scope.addEventListener('message', (event) => {
    const message = readToWorker(protocol, event.data);
    if (message === undefined) {
      post({ type: 'error', message: `The ${protocol.name} worker got a message it does not know.`, cancelled: false });
      return;
    }
    if (message.type === 'cancel') {
      cancelled = true;
      return;
    }
    const job: WorkerJob<Progress> = {
      progress: (progress) => post({ type: 'progress', progress }),
      isCancelled: () => cancelled,
    };
    handle(message.request, job).then(
      (result) => post({ type: 'result', result }, options.transferOf?.(result)),
      (error: unknown) =>
        post({ type: 'error', message: error instanceof Error ? error.message : String(error), cancelled }),
    );
  });
}

// ---- on the page ----

export type WorkerOutcome<Result> =
  | { readonly ok: true; readonly result: Result }
  | { readonly ok: false; readonly message: string; readonly cancelled: boolean };

export interface RunOptions<Progress> {
  readonly onProgress?: (progress: Progress) => void;
  /** Aborting cancels: asks a cooperative worker to stop, or terminates the worker at once. */
  readonly signal?: AbortSignal;
  /** Buffers moved to the worker with the request rather than copied. */
  readonly transfer?: Transferable[];
}

/** The page's side of a worker, as `runInWorker` uses it. */
export type WorkerPort = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/** Sends one request to `worker` and resolves with its outcome; the worker is terminated when it is over. */
export function runInWorker<Request, Progress, Result>(
  worker: WorkerPort,
  protocol: WorkerProtocol<Request, Progress, Result>,
  request: Request,
  options: RunOptions<Progress> = {},
): Promise<WorkerOutcome<Result>> {
  return new Promise((resolve) => {
    const { signal } = options;
    const finish = (outcome: WorkerOutcome<Result>) => {
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(outcome);
    };
    const cancel = () => {
      if (protocol.cancel === 'terminate') finish({ ok: false, message: 'Cancelled.', cancelled: true });
      else worker.postMessage({ type: 'cancel' } satisfies ToWorker<Request>);
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = readFromWorker(protocol, event.data);
      if (message === undefined) {
        finish({ ok: false, message: `The ${protocol.name} worker sent an answer it should not.`, cancelled: false });
      } else if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'result') finish({ ok: true, result: message.result });
      else finish({ ok: false, message: message.message, cancelled: message.cancelled });
    });
    worker.addEventListener('error', (event) => {
      finish({
        ok: false,
        message: event.message || `The ${protocol.name} worker stopped unexpectedly.`,
        cancelled: false,
      });
    });
    worker.postMessage({ type: 'request', request } satisfies ToWorker<Request>, options.transfer ?? []);
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
  });
}
