/**
 * Streams an evidence item out of the renderer into a file: 'evidence:exportBegin' asks the SaveDialog where, opens
 * a temporary file beside the target; each 'evidence:exportChunk' appends one chunk in order and feeds the host's own
 * SHA-256; 'evidence:exportFinish' checks the size, flushes, renames over the target (atomic) and answers with the
 * hash of exactly the bytes written, which the renderer compares with the item's recorded hash and logs as custody.
 * Memory stays bounded to one chunk. An aborted or failed export removes its temporary file.
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { IpcServiceRequest } from '../../ipc/handleRequest';
import type { IpcResponse } from '../../../shared/ipc/contract';
import { describeWriteError } from '../atomicWrite';
import type { SaveDialog } from '../dialogs';

interface OpenExport {
  readonly targetPath: string;
  readonly tempPath: string;
  readonly handle: FileHandle;
  readonly hash: Hash;
  readonly size: number;
  nextIndex: number;
  written: number;
}

export interface EvidenceExportService {
  begin(request: IpcServiceRequest<'evidence:exportBegin'>): Promise<IpcResponse<'evidence:exportBegin'>>;
  chunk(request: IpcServiceRequest<'evidence:exportChunk'>): Promise<IpcResponse<'evidence:exportChunk'>>;
  finish(request: IpcServiceRequest<'evidence:exportFinish'>): Promise<IpcResponse<'evidence:exportFinish'>>;
  abort(request: IpcServiceRequest<'evidence:exportAbort'>): Promise<IpcResponse<'evidence:exportAbort'>>;
}

export function createEvidenceExportService(dialog: SaveDialog): EvidenceExportService {
  const exports = new Map<string, OpenExport>();

  function openExport(exportId: string): OpenExport {
    const current = exports.get(exportId);
    if (!current) throw new Error('This export is not open any more. Start the export again.');
    return current;
  }

  async function discard(exportId: string): Promise<void> {
    const current = exports.get(exportId);
    if (!current) return;
    exports.delete(exportId);
    await current.handle.close().catch(() => undefined);
    await rm(current.tempPath, { force: true });
  }

  return {
    async begin(request) {
      const targetPath = await dialog.chooseSavePath(request.suggestedName, 'application/octet-stream');
      if (targetPath === undefined) return { status: 'cancelled' };
      const exportId = randomBytes(16).toString('hex');
      const tempPath = path.join(path.dirname(targetPath), `.${path.basename(targetPath)}.${exportId}.partial`);
      let handle: FileHandle;
      try {
        handle = await open(tempPath, 'wx', 0o644);
      } catch (error) {
        throw new Error(describeWriteError(error, targetPath), { cause: error });
      }
      exports.set(exportId, {
        targetPath,
        tempPath,
        handle,
        hash: createHash('sha256'),
        size: request.size,
        nextIndex: 0,
        written: 0,
      });
      return { status: 'ready', exportId };
    },

    async chunk(request) {
      const current = openExport(request.exportId);
      if (request.index !== current.nextIndex) {
        await discard(request.exportId);
        throw new Error(`Export chunk ${request.index + 1} arrived out of order; the export was abandoned.`);
      }
      const bytes = Buffer.from(request.base64, 'base64');
      if (current.written + bytes.byteLength > current.size) {
        await discard(request.exportId);
        throw new Error('The export is larger than announced; it was abandoned.');
      }
      try {
        await current.handle.write(bytes);
      } catch (error) {
        await discard(request.exportId);
        throw new Error(describeWriteError(error, current.targetPath), { cause: error });
      }
      current.hash.update(bytes);
      current.written += bytes.byteLength;
      current.nextIndex++;
      return { received: current.written };
    },

    async finish(request) {
      const current = openExport(request.exportId);
      if (current.written !== current.size) {
        await discard(request.exportId);
        throw new Error(`The export ended after ${current.written} of ${current.size} bytes; it was abandoned.`);
      }
      try {
        await current.handle.sync();
        await current.handle.close();
        await rename(current.tempPath, current.targetPath);
      } catch (error) {
        await discard(request.exportId);
        throw new Error(describeWriteError(error, current.targetPath), { cause: error });
      }
      exports.delete(request.exportId);
      return { path: current.targetPath, bytes: current.written, sha256: current.hash.digest('hex') };
    },

    async abort(request) {
      await discard(request.exportId);
      return {};
    },
  };
}
