/**
 * The benchmark's floor for intake: the same file read in the same 8 MiB slices and written with plain IndexedDB
 * (no Dexie, no hash, no registration) into a scratch database, with the same number of reads ahead and writes
 * outstanding as intake. What intake adds on top of this is the SHA-256 and the app's bookkeeping.
 */

import { serveWorker } from '../../../renderer/workers/protocol';
import { rawWriteProtocol, type RawWriteRequest } from './rawWriteProtocol';

function openScratch(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('chunks');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** One chunk in its own readwrite transaction, resolved when it commits (as Dexie's `put` outside a transaction). */
function putChunk(db: IDBDatabase, index: number, data: ArrayBuffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('chunks', 'readwrite');
    tx.objectStore('chunks').put({ chunksId: 'raw', index, data }, ['raw', index]);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('write aborted'));
  });
}

/** Resolves to the milliseconds from the first read to the last commit. */
async function rawWrite({ file, chunkBytes, readAhead, inFlight, dbName }: RawWriteRequest): Promise<number> {
  const db = await openScratch(dbName);
  const count = Math.ceil(file.size / chunkBytes);
  const reads: Promise<ArrayBuffer>[] = [];
  const writes: Promise<void>[] = [];
  let nextRead = 0;
  const startReads = () => {
    while (nextRead < count && reads.length < readAhead) {
      const start = nextRead++ * chunkBytes;
      reads.push(file.slice(start, Math.min(file.size, start + chunkBytes)).arrayBuffer());
    }
  };
  const started = performance.now();
  try {
    for (let index = 0; index < count; index++) {
      startReads();
      const data = await reads.shift()!;
      startReads();
      writes.push(putChunk(db, index, data));
      while (writes.length >= inFlight) await writes.shift();
    }
    await Promise.all(writes);
    return performance.now() - started;
  } finally {
    db.close();
  }
}

serveWorker(rawWriteProtocol, (request) => rawWrite(request));
