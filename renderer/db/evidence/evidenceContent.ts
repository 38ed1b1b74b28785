/**
 * Evidence bytes in IndexedDB: chunk rows keyed `[chunksId+index]`. Intake streams a Blob into chunks while hashing
 * it incrementally (bounded memory: one chunk read, at most one being written); verification re-reads the chunks in
 * order and re-hashes them. Both run inside Web Workers in the app and directly in unit tests. Chunks of an intake
 * in progress are registered in `evidenceIntakes`, so a cancelled, failed or crashed intake leaves nothing behind.
 */
import Dexie from 'dexie';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { EVIDENCE_CHUNK_BYTES, chunkCountFor } from '../../../shared/domain/evidence/evidence';
import { uuidv7 } from '../../../shared/domain/ids';
import { nowIso } from '../../../shared/domain/time';
import { ExplainedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';

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
 * Streams `file` into chunk rows under `intakeId`, hashing as it reads. `onProgress` gets the bytes done so far;
 * `isCancelled` is checked between chunks. `store: false` hashes only (the benchmark's baseline).
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
  } = {},
): Promise<StagedContent> {
  const chunkBytes = options.chunkBytes ?? EVIDENCE_CHUNK_BYTES;
  const chunkCount = chunkCountFor(file.size, chunkBytes);
  const hasher = sha256.create();
  let writing: Promise<unknown> = Promise.resolve();
  for (let index = 0; index < chunkCount; index++) {
    if (options.isCancelled?.()) throw new IntakeCancelledError();
    const start = index * chunkBytes;
    const end = Math.min(file.size, start + chunkBytes);
    const data = await file.slice(start, end).arrayBuffer();
    hasher.update(new Uint8Array(data));
    // One chunk is written while the next is read and hashed; never more, so memory stays bounded.
    await writing;
    if (options.store !== false) writing = db.evidenceChunks.put({ chunksId: intakeId, index, data });
    options.onProgress?.(end);
  }
  await writing;
  if (options.isCancelled?.()) throw new IntakeCancelledError();
  return { intakeId, sha256: bytesToHex(hasher.digest()), size: file.size, chunkBytes, chunkCount };
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

/** Reads one chunk's bytes (a missing chunk is an error: the content is incomplete). */
export async function readChunk(db: FirebreakDatabase, chunksId: string, index: number): Promise<Uint8Array> {
  const chunk = await db.evidenceChunks.get([chunksId, index]);
  if (!chunk) throw new ExplainedError(`Chunk ${index + 1} of the stored content is missing.`);
  return new Uint8Array(chunk.data);
}

/** Re-hashes stored content from its chunks, in order; resolves to the hex digest found. */
export async function hashStoredContent(
  db: FirebreakDatabase,
  contentSha256: string,
  onProgress?: (bytesDone: number, size: number) => void,
): Promise<string> {
  const content = await db.evidenceContent.get(contentSha256);
  if (!content) throw new ExplainedError('The stored content of this item is missing.');
  const hasher = sha256.create();
  let done = 0;
  for (let index = 0; index < content.chunkCount; index++) {
    let bytes: Uint8Array;
    try {
      bytes = await readChunk(db, content.chunksId, index);
    } catch {
      // A missing chunk hashes as nothing, so the result cannot match: verification reports the mismatch.
      continue;
    }
    hasher.update(bytes);
    done += bytes.byteLength;
    onProgress?.(done, content.size);
  }
  return bytesToHex(hasher.digest());
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
