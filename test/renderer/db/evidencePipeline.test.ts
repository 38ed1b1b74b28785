/**
 * The evidence pipeline's guarantees with real (fake-indexeddb) storage and a hasher that answers late, as the SHA-256
 * worker does: chunks are consumed in order whatever order reads finish in, no more than the window is ever in
 * flight, the stored bytes and the digest are those of the file, and a cancelled or failed intake has finished every
 * write it began before it rejects, so discarding it leaves nothing.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  beginIntake,
  discardIntake,
  forEachChunkInOrder,
  readContentPrefix,
  sha256InThisThread,
  streamIntoChunks,
  type ChunkHasher,
} from '../../../renderer/db/evidence/evidenceContent';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { freshDatabase } from '../../fixtures/testDatabase';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function bytesOf(size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 2654435761) >>> 24;
  return out;
}

/** A hasher that answers each chunk `delayMs` later, counting how many chunks it holds at once. */
async function lateHasher(delayMs: number, failAt = -1): Promise<ChunkHasher & { mostHeld: () => number }> {
  const inner = await sha256InThisThread();
  let held = 0;
  let most = 0;
  let seen = 0;
  return {
    async update(data) {
      const index = seen++;
      most = Math.max(most, ++held);
      await sleep(delayMs);
      held--;
      if (index === failAt) throw new Error('hasher failed');
      return inner.update(data);
    },
    digest: () => inner.digest(),
    close: () => undefined,
    mostHeld: () => most,
  };
}

let db: FirebreakDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('forEachChunkInOrder', () => {
  it('consumes in index order while reads finish out of order, with at most `ahead` reads in flight', async () => {
    let reading = 0;
    let mostReading = 0;
    const consumed: number[] = [];
    await forEachChunkInOrder(
      8,
      async (index) => {
        mostReading = Math.max(mostReading, ++reading);
        await sleep(index % 2 === 0 ? 15 : 1); // odd chunks arrive before the even ones started earlier
        reading--;
        return index;
      },
      (value, index) => {
        consumed.push(value * 10 + index);
      },
      { ahead: 3 },
    );
    expect({ consumed, mostReading }).toEqual({ consumed: [0, 11, 22, 33, 44, 55, 66, 77], mostReading: 3 });
  });
});

describe('streamIntoChunks', () => {
  it('stores the file and its SHA-256 through a late hasher, never holding more than the window', async () => {
    db = freshDatabase();
    const bytes = bytesOf(10_500);
    const hasher = await lateHasher(5);
    const intakeId = await beginIntake(db, 'late.bin');
    const staged = await streamIntoChunks(db, new Blob([bytes]), intakeId, { chunkBytes: 1000, inFlight: 3, hasher });
    await db.evidenceContent.add({
      sha256: staged.sha256,
      chunksId: intakeId,
      size: staged.size,
      chunkBytes: staged.chunkBytes,
      chunkCount: staged.chunkCount,
      storedAt: new Date().toISOString(),
    });
    const stored = new Uint8Array(await (await readContentPrefix(db, staged.sha256, Infinity)).arrayBuffer());
    expect({ sha256: staged.sha256, stored, mostHeld: hasher.mostHeld() }).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      stored: bytes,
      mostHeld: 3,
    });
  });

  it('has finished every write it began when a cancel rejects, so discarding leaves nothing', async () => {
    db = freshDatabase();
    const intakeId = await beginIntake(db, 'cancelled.bin');
    let asked = 0;
    await expect(
      streamIntoChunks(db, new Blob([bytesOf(8000)]), intakeId, {
        chunkBytes: 1000,
        inFlight: 3,
        hasher: await lateHasher(10),
        isCancelled: () => ++asked > 4,
      }),
    ).rejects.toThrow('cancelled');
    const atRejection = await db.evidenceChunks.count();
    await sleep(60); // long enough for a straggling hash and write to land, were there one
    expect([atRejection, await db.evidenceChunks.count()]).toEqual([4, 4]);
    await discardIntake(db, intakeId);
    expect([await db.evidenceChunks.count(), await db.evidenceIntakes.count()]).toEqual([0, 0]);
  });

  it('rejects with the hasher failure after the writes already begun, and discards cleanly', async () => {
    db = freshDatabase();
    const intakeId = await beginIntake(db, 'failed.bin');
    await expect(
      streamIntoChunks(db, new Blob([bytesOf(6000)]), intakeId, {
        chunkBytes: 1000,
        hasher: await lateHasher(5, 2),
      }),
    ).rejects.toThrow('hasher failed');
    const atRejection = await db.evidenceChunks.count();
    await sleep(40);
    expect(await db.evidenceChunks.count()).toBe(atRejection);
    await discardIntake(db, intakeId);
    expect([await db.evidenceChunks.count(), await db.evidenceIntakes.count()]).toEqual([0, 0]);
  });
});
