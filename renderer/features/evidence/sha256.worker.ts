/**
 * SHA-256 on a thread of its own, for the intake and verify workers: while they read and write chunks, this one
 * hashes (hash-wasm, incremental), in the order the chunks arrive, and hands each buffer back once hashed.
 */
import { sha256InThisThread } from '../../db/evidence/evidenceContent';
import { readToHasher, type FromHasher } from './workerMessages';

const hasher = sha256InThisThread();
let turn: Promise<unknown> = Promise.resolve();

function answer(message: FromHasher): void {
  self.postMessage(message, { transfer: message.type === 'hashed' ? [message.data] : [] });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = readToHasher(event.data);
  // One message at a time, in arrival order, even while the WASM module is still loading.
  turn = turn.then(async () => {
    try {
      if (message === undefined) throw new Error('The SHA-256 worker got a message it does not know.');
      if (message.type === 'chunk') answer({ type: 'hashed', data: await (await hasher).update(message.data) });
      else answer({ type: 'digest', sha256: await (await hasher).digest() });
    } catch (error) {
      answer({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
});
