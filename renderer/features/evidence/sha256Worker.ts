/**
 * A `ChunkHasher` backed by `sha256.worker.ts`, so hashing runs beside the reads and writes of the worker that starts
 * it. Answers come back in the order chunks were sent; if the hash worker fails, every pending update rejects.
 * Where no worker can be started it falls back to hashing in this thread (same result, less overlap).
 */
import { sha256InThisThread, type ChunkHasher } from '../../db/evidence/evidenceContent';
import { readFromHasher, type FromHasher, type ToHasher } from './workerMessages';

interface Waiting {
  readonly resolve: (message: FromHasher) => void;
  readonly reject: (error: Error) => void;
}

export async function startSha256Worker(): Promise<ChunkHasher> {
  if (typeof Worker !== 'function') return sha256InThisThread();
  const worker = new Worker(new URL('./sha256.worker.ts', import.meta.url), { type: 'module' });
  const waiting: Waiting[] = [];
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure = error;
    for (const pending of waiting.splice(0)) pending.reject(error);
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = readFromHasher(event.data);
    const pending = waiting.shift();
    if (message === undefined) failAll(new Error('The SHA-256 worker sent an answer it should not.'));
    else if (message.type === 'error') pending?.reject(new Error(message.message));
    else pending?.resolve(message);
  });
  worker.addEventListener('error', (event) => failAll(new Error(event.message || 'The SHA-256 worker stopped.')));
  const ask = (message: ToHasher, transfer: Transferable[] = []) =>
    new Promise<FromHasher>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.push({ resolve, reject });
      worker.postMessage(message, transfer);
    });
  return {
    async update(data) {
      const answer = await ask({ type: 'chunk', data }, [data]);
      if (answer.type !== 'hashed') throw new Error('The SHA-256 worker answered a chunk with a digest.');
      return answer.data;
    },
    async digest() {
      const answer = await ask({ type: 'digest' });
      if (answer.type !== 'digest') throw new Error('The SHA-256 worker answered a digest request with a chunk.');
      return answer.sha256;
    },
    close: () => worker.terminate(),
  };
}
