/**
 * Streams an evidence item out of the renderer into a file: 'evidence:exportBegin' asks the SaveDialog where, opens
 * a temporary file beside the target; each 'evidence:exportChunk' appends one chunk in order and feeds the host's own
 * SHA-256; 'evidence:exportFinish' checks the size, flushes, renames over the target (atomic) and answers with the
 * hash of exactly the bytes written, which the renderer compares with the item's recorded hash and logs as custody.
 * Memory stays bounded to one chunk. An aborted or failed export removes its temporary file.
 *
 * Limits: a declared size above EVIDENCE_EXPORT_MAX_BYTES, a chunk past the declared size and a fifth export open at
 * once (EVIDENCE_EXPORT_MAX_OPEN) are refused in words. A crash leaves a `.<name>.<id>.partial` file behind; at start
 * the service removes those it can find: in the output folder when there is a fixed one (the test host), and every
 * temporary file listed in a small journal of exports in progress (the app, whose save dialog may write anywhere).
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { IpcServiceRequest } from '../../ipc/handleRequest';
import { EVIDENCE_EXPORT_MAX_BYTES, EVIDENCE_EXPORT_MAX_OPEN } from '../../../shared/domain/evidence/ipc';
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

/** Where abandoned temporary files may be found at start. */
export interface PartialCleanup {
  /** A folder every export is written to (the test host's output folder), swept for `.partial` files. */
  readonly outputDir?: string;
  /** A JSON list of the temporary files of exports in progress, kept so the next start can remove them. */
  readonly journalPath?: string;
}

const PARTIAL_NAME = /^\..+\.[0-9a-f]{32}\.partial$/;

function isPartialName(filePath: string): boolean {
  return PARTIAL_NAME.test(path.basename(filePath));
}

async function readJournal(journalPath: string): Promise<string[]> {
  try {
    const listed: unknown = JSON.parse(await readFile(journalPath, 'utf8'));
    return Array.isArray(listed) ? listed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Removes the temporary files a crashed export left; answers with the paths removed. */
export async function removeAbandonedPartials(cleanup: PartialCleanup): Promise<string[]> {
  const candidates = cleanup.journalPath === undefined ? [] : await readJournal(cleanup.journalPath);
  if (cleanup.outputDir !== undefined) {
    const names = await readdir(cleanup.outputDir).catch(() => []);
    candidates.push(...names.map((name) => path.join(cleanup.outputDir!, name)));
  }
  // Only names this service makes are ever removed, whatever the journal says.
  const partials = [...new Set(candidates)].filter(isPartialName);
  const removed: string[] = [];
  for (const partial of partials) {
    try {
      await rm(partial);
      removed.push(partial);
    } catch {
      // Already gone, or not ours to remove any more.
    }
  }
  if (cleanup.journalPath !== undefined) await writeJournal(cleanup.journalPath, []);
  return removed;
}

async function writeJournal(journalPath: string, partials: readonly string[]): Promise<void> {
  await mkdir(path.dirname(journalPath), { recursive: true });
  await writeFile(journalPath, JSON.stringify(partials));
}

export function createEvidenceExportService(dialog: SaveDialog, cleanup: PartialCleanup = {}): EvidenceExportService {
  const exports = new Map<string, OpenExport>();
  /** Begins waiting for the save dialog count against the limit too. */
  let starting = 0;
  const cleaned = removeAbandonedPartials(cleanup).catch(() => []);
  // Journal writes run one after another, each writing the current set.
  let journalWrite: Promise<void> = cleaned.then(() => undefined);
  function recordInJournal(): Promise<void> {
    const journalPath = cleanup.journalPath;
    if (journalPath === undefined) return Promise.resolve();
    journalWrite = journalWrite
      .then(() =>
        writeJournal(
          journalPath,
          [...exports.values()].map((current) => current.tempPath),
        ),
      )
      .catch(() => undefined);
    return journalWrite;
  }

  function openExport(exportId: string): OpenExport {
    const current = exports.get(exportId);
    if (!current) throw new Error('This export is not open any more. Start the export again.');
    return current;
  }

  function refuseWhenBusy(): void {
    if (exports.size + starting >= EVIDENCE_EXPORT_MAX_OPEN) {
      throw new Error(
        `${EVIDENCE_EXPORT_MAX_OPEN} evidence exports are already running; wait for one to finish, then export again.`,
      );
    }
  }

  async function discard(exportId: string): Promise<void> {
    const current = exports.get(exportId);
    if (!current) return;
    exports.delete(exportId);
    await current.handle.close().catch(() => undefined);
    await rm(current.tempPath, { force: true });
    await recordInJournal();
  }

  return {
    async begin(request) {
      if (request.size > EVIDENCE_EXPORT_MAX_BYTES) throw new Error('Firebreak exports evidence files up to 64 GiB.');
      await cleaned;
      refuseWhenBusy();
      let targetPath: string | undefined;
      starting++;
      try {
        targetPath = await dialog.chooseSavePath(request.suggestedName, 'application/octet-stream');
      } finally {
        starting--;
      }
      if (targetPath === undefined) return { status: 'cancelled' };
      refuseWhenBusy();
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
      await recordInJournal();
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
      await recordInJournal();
      return { path: current.targetPath, bytes: current.written, sha256: current.hash.digest('hex') };
    },

    async abort(request) {
      await discard(request.exportId);
      return {};
    },
  };
}
