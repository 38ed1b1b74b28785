/**
 * Evidence content over live sync, by SHA-256 (`shared/domain/couch/content.ts`). The site that holds an item's bytes
 * uploads them once, in 8 MiB slices, after it has pushed the item (`uploadHeldContent`, run by each round); a site
 * that has the item but not the bytes fetches them when a person asks (`fetchContentFromServer`): slices are read one
 * ahead, hashed in order with the evidence intake's hasher (hash-wasm, on its worker in the app) and staged as chunks
 * under an intake id, exactly as intake stages a file; only a digest equal to the item's signed SHA-256 (and the
 * item's size) turns them into content, in one write transaction with a "fetched" custody event. A mismatch, a slice
 * missing or of the wrong size, a cancel or a failure discards the staged chunks: nothing is written.
 */
import { formatBytes } from '../../../shared/domain/byteSize';
import { contentDocId, type CouchContentStore } from '../../../shared/domain/couch/content';
import { chunkCountFor, EVIDENCE_CHUNK_BYTES, type EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { ExplainedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import {
  beginIntake,
  discardIntake,
  forEachStoredChunk,
  IntakeCancelledError,
  sha256InThisThread,
  type ChunkHasher,
} from '../evidence/evidenceContent';
import { evidenceItem, storedContent } from '../evidence/queries';
import { writeTransaction, type Actor } from '../write';
import type { LiveSyncContext } from './pull';

/** The content of an item is not on the server (yet), or what came back is not the item's bytes. */
export class ContentFetchError extends ExplainedError {
  override name = 'ContentFetchError';
}

/** Re-cuts stored chunks of any size into the 8 MiB slices the server keeps. */
async function forEachSlice(
  db: FirebreakDatabase,
  sha256: string,
  consume: (slice: Uint8Array<ArrayBuffer>, index: number) => Promise<void>,
): Promise<void> {
  const content = await storedContent(db, sha256);
  if (!content) return;
  let pending = new Uint8Array(0);
  let index = 0;
  await forEachStoredChunk(db, content, async (bytes) => {
    if (!bytes) throw new ExplainedError('A stored chunk of this content is missing; it was not uploaded.');
    const joined = new Uint8Array(pending.byteLength + bytes.byteLength);
    joined.set(pending);
    joined.set(new Uint8Array(bytes), pending.byteLength);
    let offset = 0;
    while (joined.byteLength - offset >= EVIDENCE_CHUNK_BYTES) {
      await consume(joined.subarray(offset, offset + EVIDENCE_CHUNK_BYTES), index++);
      offset += EVIDENCE_CHUNK_BYTES;
    }
    pending = joined.slice(offset);
  });
  if (pending.byteLength > 0) await consume(pending, index);
}

/** The marker kept in `couchDocs` once a content's last slice is on the server (it is never pulled). */
function uploadedMarker(sha256: string, size: number): string {
  return contentDocId(sha256, Math.max(0, chunkCountFor(size) - 1));
}

/**
 * Uploads the bytes of every live item whose content is held here and not yet known to be on the server; returns
 * the bytes sent. Content another site uploaded already is only marked.
 */
export async function uploadHeldContent(ctx: LiveSyncContext, store: CouchContentStore): Promise<number> {
  const { db } = ctx;
  const items = (await db.evidence.toArray()).filter((item) => item.deletedAt === null && item.size > 0);
  const bySha = new Map(items.map((item) => [item.sha256, item.size]));
  const shas = [...bySha.keys()];
  const markers = await db.couchDocs.bulkGet(shas.map((sha) => uploadedMarker(sha, bySha.get(sha)!)));
  let sent = 0;
  for (const [position, sha256] of shas.entries()) {
    if (markers[position] !== undefined || !(await storedContent(db, sha256))) continue;
    const size = bySha.get(sha256)!;
    if (!(await store.has(sha256, chunkCountFor(size))))
      await forEachSlice(db, sha256, async (slice, index) => {
        await store.putChunk(sha256, index, slice);
        sent += slice.byteLength;
      });
    await db.couchDocs.put({ docId: uploadedMarker(sha256, size), leaves: [], seen: [], syncedDigest: sha256 });
  }
  return sent;
}

export interface FetchContentOptions {
  /** The server as people know it (its host and database), for the custody event. */
  readonly serverName: string;
  readonly hasher?: () => Promise<ChunkHasher>;
  readonly onProgress?: (bytesDone: number, size: number) => void;
  readonly isCancelled?: () => boolean;
}

/**
 * The slice's bytes as an ArrayBuffer the hasher may take (a worker's is transferred): the store's own buffer when
 * the slice is all of it (as `getChunk` returns it), else a copy — an 8 MiB copy per slice was a copy of everything.
 */
function ownBufferOf(slice: Uint8Array): ArrayBuffer {
  const { buffer } = slice;
  return buffer instanceof ArrayBuffer && slice.byteOffset === 0 && slice.byteLength === buffer.byteLength
    ? buffer
    : slice.slice().buffer;
}

function expectedSliceBytes(item: EvidenceItem, index: number): number {
  return Math.min(EVIDENCE_CHUNK_BYTES, item.size - index * EVIDENCE_CHUNK_BYTES);
}

/**
 * Fetches an item's content from the sync server, hashes it on arrival and stores it only when it is the item's
 * bytes. Refuses in words, with nothing written, when the server lacks it or sends anything else.
 */
export async function fetchContentFromServer(
  db: FirebreakDatabase,
  actor: Actor,
  store: CouchContentStore,
  itemId: string,
  options: FetchContentOptions,
): Promise<void> {
  const item = await evidenceItem(db, itemId);
  if (!item || item.deletedAt !== null) throw new ExplainedError('This evidence item is not here (or was deleted).');
  if (await storedContent(db, item.sha256)) return;
  const chunkCount = chunkCountFor(item.size);
  const intakeId = await beginIntake(db, `fetch ${item.name}`.slice(0, 300));
  const hasher = await (options.hasher ?? sha256InThisThread)();
  const get = (index: number) => store.getChunk(item.sha256, index);
  try {
    let next = chunkCount > 0 ? get(0) : undefined;
    let done = 0;
    for (let index = 0; index < chunkCount; index += 1) {
      const current = next!;
      next = index + 1 < chunkCount ? get(index + 1) : undefined;
      // A read ahead that fails after we stopped is not left unobserved.
      next?.catch(() => undefined);
      const slice = await current;
      if (options.isCancelled?.()) throw new IntakeCancelledError();
      if (!slice)
        throw new ContentFetchError(
          `The sync server does not hold the content of ${item.name} yet: the site that took it in sends it at its ` +
            'next sync. Nothing was stored; try again later.',
        );
      if (slice.byteLength !== expectedSliceBytes(item, index))
        throw new ContentFetchError(
          `The sync server sent ${item.name} with the wrong size (part ${index + 1} of ${chunkCount} is ` +
            `${formatBytes(slice.byteLength)}, not ${formatBytes(expectedSliceBytes(item, index))}): it was ` +
            'altered on the server or in transit. Nothing was stored.',
        );
      const data = await hasher.update(ownBufferOf(slice));
      await db.evidenceChunks.put({ chunksId: intakeId, index, data });
      done += data.byteLength;
      options.onProgress?.(done, item.size);
    }
    const found = await hasher.digest();
    if (found !== item.sha256)
      throw new ContentFetchError(
        `The content the sync server sent for ${item.name} does not match its SHA-256 (recorded ` +
          `${item.sha256.slice(0, 16)}…, received ${found.slice(0, 16)}…): it was altered on the server or in ` +
          'transit. Nothing was stored.',
      );
    // Recording that bytes arrived and matched changes no record: allowed in legal review mode, and on hold.
    await writeTransaction(
      db,
      actor,
      async (writer) => {
        if (await storedContent(db, item.sha256)) await discardIntake(db, intakeId);
        else {
          writer.content({
            sha256: item.sha256,
            chunksId: intakeId,
            size: item.size,
            chunkBytes: EVIDENCE_CHUNK_BYTES,
            chunkCount,
            storedAt: writer.now,
          });
          await db.evidenceIntakes.delete(intakeId);
        }
        writer.custody(item.id, {
          action: 'fetched',
          reason: '',
          detail: `Content fetched from ${options.serverName} by ${actor.name}`,
          itemHash: found,
        });
      },
      { reviewSafe: true },
    );
  } catch (error) {
    await discardIntake(db, intakeId);
    throw error;
  } finally {
    hasher.close();
  }
}
