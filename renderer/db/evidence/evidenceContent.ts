/**
 * Evidence bytes in IndexedDB: chunk rows keyed `[chunksId+index]`. Intake, verification and export share one
 * pipeline: chunks are read a few ahead (`CHUNKS_IN_FLIGHT`), consumed strictly in order, and — for intake — written
 * a few at a time while the next ones are read and hashed, so the disk, the WASM SHA-256 (hash-wasm) and IndexedDB
 * work at once while memory stays bounded. The hash is updated synchronously, once per chunk, in index order, so it
 * is the SHA-256 of exactly the bytes stored. Chunks of an intake in progress are registered in `evidenceIntakes`,
 * so a cancelled, failed or crashed intake leaves nothing behind. Runs inside Web Workers in the app (the export on
 * the page) and directly in unit tests.
 */
import Dexie from 'dexie';
import { createSHA256, type IHasher } from 'hash-wasm';
import { EVIDENCE_CHUNK_BYTES, chunkCountFor, type EvidenceContent } from '../../../shared/domain/evidence/evidence';
import { uuidv7 } from '../../../shared/domain/ids';
import { nowIso } from '../../../shared/domain/time';
import { ExplainedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';

/**
 * Chunks read ahead, and chunk writes outstanding, at most: enough to keep reading, hashing and IndexedDB busy
 * together, few enough that an intake holds at most about 2 × 4 × 8 MiB of chunks. `test/bench/evidence.ts`
 * measures the effect of changing it.
 */
export const CHUNKS_IN_FLIGHT = 4;

export interface StagedContent {
  readonly intakeId: string;
  readonly sha256: string;
  readonly size: number;
  readonly chunkBytes: number;
  readonly chunkCount: number;
}

export class IntakeCancelledError extends Error {
  override name = 'IntakeCancelledError';
  constructor() {
    super('The intake was cancelled; nothing was stored.');
  }
}

/** Registers an intake so its chunks can be found and removed if it never completes. */
export async function beginIntake(db: FirebreakDatabase, fileName: string): Promise<string> {
  const intakeId = uuidv7();
  await db.evidenceIntakes.add({ intakeId, startedAt: nowIso(), fileName });
  return intakeId;
}

/** A fresh incremental SHA-256 (WASM). */
async function createHasher(): Promise<IHasher> {
  return (await createSHA256()).init();
}

/**
 * Runs `read` for chunks `0…count-1` with up to `ahead` reads in flight and hands each result to `consume` in index
 * order, awaiting it before handing over the next. `isCancelled` is asked before each chunk; when it says so this
 * throws `IntakeCancelledError`. Reads still in flight when it stops are left to settle unobserved.
 */
export async function forEachChunkInOrder<T>(
  count: number,
  read: (index: number) => Promise<T>,
  consume: (value: T, index: number) => void | Promise<void>,
  options: { readonly ahead?: number; readonly isCancelled?: () => boolean } = {},
): Promise<void> {
  const ahead = Math.max(1, options.ahead ?? CHUNKS_IN_FLIGHT);
  const reads: Promise<T>[] = [];
  let nextRead = 0;
  const readAhead = () => {
    while (nextRead < count && reads.length < ahead) reads.push(read(nextRead++));
  };
  try {
    for (let index = 0; index < count; index++) {
      if (options.isCancelled?.()) throw new IntakeCancelledError();
      readAhead();
      const value = await reads.shift()!;
      // The next read starts before this chunk is consumed, so the reader never waits for the consumer.
      readAhead();
      await consume(value, index);
    }
  } finally {
    for (const pending of reads) pending.catch(() => undefined);
  }
}

/**
 * Writes started and not yet finished, at most `limit`: `add` waits for the oldest once the window is full (IndexedDB
 * completes writes to one table in the order they began), `drain` for all of them and rethrows a failure, `settle`
 * for all of them without throwing — after a failure or cancel, so no write lands after the intake is discarded.
 */
class WriteWindow {
  private readonly writes: Promise<unknown>[] = [];

  constructor(private readonly limit: number) {}

  async add(write: Promise<unknown>): Promise<void> {
    write.catch(() => undefined); // observed when its turn comes in `add` or `drain`
    this.writes.push(write);
    while (this.writes.length >= this.limit) await this.writes.shift();
  }

  async drain(): Promise<void> {
    while (this.writes.length > 0) await this.writes.shift();
  }

  async settle(): Promise<void> {
    await Promise.allSettled(this.writes.splice(0));
  }
}

/**
 * Streams `file` into chunk rows under `intakeId`, hashing as it reads: reads run ahead, each chunk is hashed in
 * order and its write started, and at most `inFlight` writes are outstanding. `onProgress` gets the bytes hashed and
 * handed to IndexedDB so far; `isCancelled` is checked between chunks. Resolves once every chunk is stored;
 * on cancel or failure it first waits for the writes already begun, so discarding the intake removes them all.
 * `store: false` reads and hashes only (the benchmark's hash-only figure).
 */
export async function streamIntoChunks(
  db: FirebreakDatabase,
  file: Blob,
  intakeId: string,
  options: {
    readonly onProgress?: (bytesDone: number) => void;
    readonly isCancelled?: () => boolean;
    readonly chunkBytes?: number;
    readonly store?: boolean;
    readonly inFlight?: number;
  } = {},
): Promise<StagedContent> {
  const chunkBytes = options.chunkBytes ?? EVIDENCE_CHUNK_BYTES;
  const chunkCount = chunkCountFor(file.size, chunkBytes);
  const inFlight = options.inFlight ?? CHUNKS_IN_FLIGHT;
  const hasher = await createHasher();
  const writes = new WriteWindow(inFlight);
  const endOf = (index: number) => Math.min(file.size, (index + 1) * chunkBytes);
  try {
    await forEachChunkInOrder(
      chunkCount,
      (index) => file.slice(index * chunkBytes, endOf(index)).arrayBuffer(),
      async (data, index) => {
        hasher.update(new Uint8Array(data));
        if (options.store !== false) await writes.add(db.evidenceChunks.put({ chunksId: intakeId, index, data }));
        options.onProgress?.(endOf(index));
      },
      { ahead: inFlight, isCancelled: options.isCancelled },
    );
    await writes.drain();
  } catch (error) {
    await writes.settle();
    throw error;
  }
  if (options.isCancelled?.()) throw new IntakeCancelledError();
  return { intakeId, sha256: hasher.digest('hex'), size: file.size, chunkBytes, chunkCount };
}

/** Removes an unfinished intake's chunks and its registration. */
export async function discardIntake(db: FirebreakDatabase, intakeId: string): Promise<void> {
  await db.transaction('rw', db.evidenceChunks, db.evidenceIntakes, async () => {
    await deleteChunks(db, intakeId);
    await db.evidenceIntakes.delete(intakeId);
  });
}

/** Removes every intake left behind by a crash or a closed window; run once at start. Returns how many. */
export async function cleanAbandonedIntakes(db: FirebreakDatabase): Promise<number> {
  const intakes = await db.evidenceIntakes.toArray();
  for (const intake of intakes) await discardIntake(db, intake.intakeId);
  return intakes.length;
}

/** Deletes chunk rows by key range, without loading their bytes. Call inside a transaction covering the table. */
export function deleteChunks(db: FirebreakDatabase, chunksId: string): Promise<number> {
  return db.evidenceChunks
    .where('[chunksId+index]')
    .between([chunksId, Dexie.minKey], [chunksId, Dexie.maxKey])
    .delete();
}

/**
 * Hands stored content's chunks to `consume` in order, reading a few ahead; a missing chunk is handed over as
 * `undefined`, for the caller to decide what that means.
 */
export function forEachStoredChunk(
  db: FirebreakDatabase,
  content: Pick<EvidenceContent, 'chunksId' | 'chunkCount'>,
  consume: (bytes: Uint8Array | undefined, index: number) => void | Promise<void>,
  options: { readonly ahead?: number } = {},
): Promise<void> {
  return forEachChunkInOrder(
    content.chunkCount,
    async (index) => {
      const chunk = await db.evidenceChunks.get([content.chunksId, index]);
      return chunk && new Uint8Array(chunk.data);
    },
    consume,
    options,
  );
}

/** Re-hashes stored content from its chunks, in order; resolves to the hex digest found. */
export async function hashStoredContent(
  db: FirebreakDatabase,
  contentSha256: string,
  onProgress?: (bytesDone: number, size: number) => void,
): Promise<string> {
  const content = await db.evidenceContent.get(contentSha256);
  if (!content) throw new ExplainedError('The stored content of this item is missing.');
  const hasher = await createHasher();
  let done = 0;
  await forEachStoredChunk(db, content, (bytes) => {
    // A missing chunk hashes as nothing, so the result cannot match: verification reports the mismatch.
    if (!bytes) return;
    hasher.update(bytes);
    done += bytes.byteLength;
    onProgress?.(done, content.size);
  });
  return hasher.digest('hex');
}

/** The first `limit` bytes of stored content (for previews), reading only the chunks needed. */
export async function readContentPrefix(db: FirebreakDatabase, contentSha256: string, limit: number): Promise<Blob> {
  const content = await db.evidenceContent.get(contentSha256);
  if (!content) throw new ExplainedError('The stored content of this item is missing.');
  const parts: ArrayBuffer[] = [];
  let taken = 0;
  for (let index = 0; index < content.chunkCount && taken < limit; index++) {
    const chunk = await db.evidenceChunks.get([content.chunksId, index]);
    if (!chunk) break;
    const wanted = Math.min(chunk.data.byteLength, limit - taken);
    parts.push(wanted === chunk.data.byteLength ? chunk.data : chunk.data.slice(0, wanted));
    taken += wanted;
  }
  return new Blob(parts);
}
