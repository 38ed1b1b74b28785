/**
 * Evidence bytes in IndexedDB: chunk rows keyed `[chunksId+index]`. Intake, verification and export share one
 * pipeline: chunks are read a few ahead (`CHUNKS_READ_AHEAD`) and consumed strictly in index order. For intake each
 * chunk goes to the SHA-256 and, once hashed, its very buffer is written, with a few chunks hashing or writing at
 * once while the next are read; the hasher (`ChunkHasher`: hash-wasm, in this thread or in a worker of its own) is
 * updated once per chunk, in order, so the digest is the SHA-256 of exactly the bytes stored. Memory stays bounded
 * by the window. Chunks of an intake in progress are registered in `evidenceIntakes`, so a cancelled, failed or
 * crashed intake leaves nothing behind. Runs inside Web Workers in the app (the export on the page) and directly in
 * unit tests.
 */
import Dexie from 'dexie';
import { createSHA256 } from 'hash-wasm';
import { EVIDENCE_CHUNK_BYTES, chunkCountFor, type EvidenceContent } from '../../../shared/domain/evidence/evidence';
import { uuidv7 } from '../../../shared/domain/ids';
import { nowIso } from '../../../shared/domain/time';
import { ExplainedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';

/**
 * Chunks read ahead of the one being handed on, and chunks being hashed or written, at most: enough to keep
 * reading, hashing and IndexedDB busy together, few enough that an intake holds about (1 + 4) × 8 MiB of chunks.
 * Measured at 1 GiB (`npm run bench:evidence`, quiet, two runs each, 2026-12-01): 1 + 4 ran at 186-203 MB/s, 60-63 %
 * of the same-run raw write, with 134-138 MB of renderer growth (two later runs: 170-189 MB/s, 55-59 %, 142-144 MB); 1 + 3 at 192-195 MB/s, 61-62 %, 134-145 MB; 2 + 3
 * at 202-206 MB/s but 58-61 % and 139-170 MB (the second read ahead only adds a buffer waiting for the hasher);
 * 2 + 2 at 172-179 MB/s, 54-55 %. Re-measure when changing them.
 */
export const CHUNKS_READ_AHEAD = 1;
export const CHUNKS_IN_FLIGHT = 4;

/**
 * An incremental SHA-256 fed one chunk at a time, in order. `update` may take the buffer (a worker-backed hasher
 * transfers it) and resolves with the same bytes once they are hashed, so the caller stores what was hashed.
 */
export interface ChunkHasher {
  update(data: ArrayBuffer): Promise<ArrayBuffer>;
  /** The hex digest of every chunk so far. */
  digest(): Promise<string>;
  close(): void;
}

/** A `ChunkHasher` in this thread (hash-wasm, synchronous per chunk): for unit tests and where no worker can start. */
export async function sha256InThisThread(): Promise<ChunkHasher> {
  const hasher = (await createSHA256()).init();
  return {
    update: (data) => {
      hasher.update(new Uint8Array(data));
      return Promise.resolve(data);
    },
    digest: () => Promise.resolve(hasher.digest('hex')),
    close: () => undefined,
  };
}

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
  const ahead = Math.max(1, options.ahead ?? CHUNKS_READ_AHEAD);
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
 * Work started and not yet finished, at most `limit` (chunks hashing or writing): `add` waits for the oldest once
 * the window is full (the hasher answers, and IndexedDB completes writes to one table, in the order they began),
 * `drain` for all of them and rethrows a failure, `settle` for all of them without throwing — after a failure or
 * cancel, so no write lands after the intake is discarded.
 */
export class WorkWindow {
  private readonly pending: Promise<unknown>[] = [];

  constructor(private readonly limit: number) {}

  async add(work: Promise<unknown>): Promise<void> {
    work.catch(() => undefined); // observed when its turn comes in `add` or `drain`
    this.pending.push(work);
    while (this.pending.length >= this.limit) await this.pending.shift();
  }

  async drain(): Promise<void> {
    while (this.pending.length > 0) await this.pending.shift();
  }

  async settle(): Promise<void> {
    await Promise.allSettled(this.pending.splice(0));
  }
}

/**
 * Streams `file` into chunk rows under `intakeId`: reads run ahead, each chunk is hashed in order and then written,
 * with at most `inFlight` (`CHUNKS_IN_FLIGHT`) chunks hashing or writing. `onProgress` gets the bytes handed on so far; `isCancelled` is
 * checked between chunks. Resolves once every chunk is stored; on cancel or failure it first waits for the work
 * already begun, so discarding the intake removes every chunk. `store: false` reads and hashes only (the benchmark's
 * hash-only figure). `hasher` defaults to one in this thread; a hasher passed in is the caller's to close.
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
    readonly hasher?: ChunkHasher;
  } = {},
): Promise<StagedContent> {
  const chunkBytes = options.chunkBytes ?? EVIDENCE_CHUNK_BYTES;
  const chunkCount = chunkCountFor(file.size, chunkBytes);
  const inFlight = options.inFlight ?? CHUNKS_IN_FLIGHT;
  const hasher = options.hasher ?? (await sha256InThisThread());
  const work = new WorkWindow(inFlight);
  const endOf = (index: number) => Math.min(file.size, (index + 1) * chunkBytes);
  const hashThenStore = async (data: ArrayBuffer, index: number) => {
    const hashed = await hasher.update(data);
    if (options.store !== false) await db.evidenceChunks.put({ chunksId: intakeId, index, data: hashed });
  };
  try {
    await forEachChunkInOrder(
      chunkCount,
      (index) => file.slice(index * chunkBytes, endOf(index)).arrayBuffer(),
      async (data, index) => {
        await work.add(hashThenStore(data, index));
        options.onProgress?.(endOf(index));
      },
      { ahead: CHUNKS_READ_AHEAD, isCancelled: options.isCancelled },
    );
    await work.drain();
  } catch (error) {
    await work.settle();
    throw error;
  }
  if (options.isCancelled?.()) throw new IntakeCancelledError();
  return { intakeId, sha256: await hasher.digest(), size: file.size, chunkBytes, chunkCount };
}

/**
 * Removes an unfinished intake's chunks and its registration — also chunks staged under `<intakeId>-<n>` (a bundle
 * import stages each evidence file of the bundle so, under one intake).
 */
export async function discardIntake(db: FirebreakDatabase, intakeId: string): Promise<void> {
  await db.transaction('rw', db.evidenceChunks, db.evidenceIntakes, async () => {
    await deleteChunks(db, intakeId);
    await db.evidenceChunks
      .where('[chunksId+index]')
      .between([`${intakeId}-`, Dexie.minKey], [`${intakeId}-\uffff`, Dexie.maxKey])
      .delete();
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
  consume: (bytes: ArrayBuffer | undefined, index: number) => void | Promise<void>,
  options: { readonly ahead?: number } = {},
): Promise<void> {
  return forEachChunkInOrder(
    content.chunkCount,
    async (index) => (await db.evidenceChunks.get([content.chunksId, index]))?.data,
    consume,
    options,
  );
}

/**
 * Re-hashes stored content from its chunks, in order, with the next chunks read while one is hashed; resolves to the
 * hex digest found. `hasher` defaults to one in this thread; a hasher passed in is the caller's to close.
 */
export async function hashStoredContent(
  db: FirebreakDatabase,
  contentSha256: string,
  options: { readonly onProgress?: (bytesDone: number, size: number) => void; readonly hasher?: ChunkHasher } = {},
): Promise<string> {
  const content = await db.evidenceContent.get(contentSha256);
  if (!content) throw new ExplainedError('The stored content of this item is missing.');
  const hasher = options.hasher ?? (await sha256InThisThread());
  const work = new WorkWindow(CHUNKS_IN_FLIGHT);
  let done = 0;
  try {
    await forEachStoredChunk(db, content, async (bytes) => {
      // A missing chunk hashes as nothing, so the result cannot match: verification reports the mismatch.
      if (!bytes) return;
      const size = bytes.byteLength;
      await work.add(hasher.update(bytes));
      done += size;
      options.onProgress?.(done, content.size);
    });
    await work.drain();
  } catch (error) {
    await work.settle();
    throw error;
  }
  return hasher.digest();
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
