/**
 * Where a bundle's bytes go as they are produced, in order: a file (appended at a running position, several buffers
 * in one `writev`), or an age encryptor in front of one (`age.ts`). The ZIP writer writes through this, so a bundle
 * is streamed once from its sources to its encrypted file with no plain copy on disk and no file held in memory.
 */
import type { FileHandle } from 'node:fs/promises';

export interface ByteSink {
  /** Appends `bytes`; the caller may reuse them once this resolves. */
  append(bytes: Uint8Array): Promise<void>;
  /** Appends several buffers, in order, at once. */
  appendMany(parts: readonly Uint8Array[]): Promise<void>;
}

async function writeAll(file: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
}

/** Most buffers one `writev` takes (Linux's IOV_MAX is 1024). */
const MAX_PARTS = 512;

/** Appends to `file` from `start`; `position` says where the next byte goes. */
export function fileSink(file: FileHandle, start = 0): ByteSink & { readonly position: number } {
  let position = start;
  const sink = {
    get position() {
      return position;
    },
    async append(bytes: Uint8Array) {
      await writeAll(file, bytes, position);
      position += bytes.length;
    },
    async appendMany(parts: readonly Uint8Array[]) {
      for (let from = 0; from < parts.length; from += MAX_PARTS) {
        const batch = parts.slice(from, from + MAX_PARTS);
        const total = batch.reduce((sum, part) => sum + part.length, 0);
        const { bytesWritten } = await file.writev(batch, position);
        if (bytesWritten !== total) {
          // A short write (rare for regular files): finish what is left buffer by buffer.
          let cursor = position + bytesWritten;
          let skip = bytesWritten;
          for (const part of batch) {
            if (skip >= part.length) {
              skip -= part.length;
              continue;
            }
            await writeAll(file, part.subarray(skip), cursor);
            cursor += part.length - skip;
            skip = 0;
          }
        }
        position += total;
      }
    },
  };
  return sink;
}
