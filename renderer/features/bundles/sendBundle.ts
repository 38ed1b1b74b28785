/**
 * Export, end to end: collect the chosen records (renderer/db/bundles/collect.ts), send them to the host with the
 * evidence bytes in chunks read through the evidence pipeline (a few read ahead while one is sent, as raw bytes —
 * `shared/ipc/binary.ts`), with progress and Cancel; the host streams them into the signed bundle, encrypted on the
 * way, in a temporary file it renames into place; then the data layer records the export.
 */
import { collectBundle, type BundleSelection } from '../../db/bundles/collect';
import { recordExportedBundle, recordsFiles } from '../../db/bundles/exportBundle';
import type { FirebreakDatabase } from '../../db/database';
import { forEachStoredChunk } from '../../db/evidence/evidenceContent';
import { storedContent } from '../../db/evidence/queries';
import { readInstallation } from '../../db/installation';
import type { Actor } from '../../db/write';
import type { BundleExportFinishResult } from '../../../shared/domain/bundles/ipc';
import { uuidv7 } from '../../../shared/domain/ids';
import type { FirebreakHostApi, IpcChannel, IpcRequest, IpcResponse } from '../../../shared/ipc/contract';
import { ExplainedError } from '../../../shared/errors';

export async function invokeHost<C extends IpcChannel>(
  host: FirebreakHostApi,
  channel: C,
  request: IpcRequest<C>,
): Promise<IpcResponse<C>> {
  const result = await host.invoke(channel, request);
  if (!result.ok) throw new ExplainedError(result.error.message);
  return result.value;
}

export interface ExportOptions {
  readonly selection: BundleSelection;
  /** The partner site the bundle is for (its high-water mark moves); empty for none. */
  readonly siteCode: string;
  readonly recipients: readonly string[];
  /** Encrypt with this passphrase instead of to recipients (age's scrypt stanza). */
  readonly passphrase?: string;
  readonly onProgress?: (bytesDone: number, bytesTotal: number) => void;
  readonly isCancelled?: () => boolean;
  readonly now?: () => number;
}

export type ExportResult =
  | ({ readonly status: 'saved'; readonly bundleId: string } & BundleExportFinishResult)
  | { readonly status: 'cancelled' };

export class ExportCancelledError extends ExplainedError {
  override name = 'ExportCancelledError';
  constructor() {
    super('The export was cancelled; no bundle was written.');
  }
}

export async function exportBundle(
  db: FirebreakDatabase,
  actor: Actor,
  host: FirebreakHostApi,
  options: ExportOptions,
): Promise<ExportResult> {
  const installation = await readInstallation(db);
  if (!installation?.siteCode)
    throw new ExplainedError('This installation has no site code yet; choose one in Settings before making a bundle.');
  const collected = await collectBundle(db, options.selection);
  const now = options.now ?? Date.now;
  const bundleId = uuidv7(now());
  const partner = options.siteCode ? await db.syncPartners.get(options.siteCode) : undefined;
  const begun = await invokeHost(host, 'bundles:exportBegin', {
    suggestedName: `${installation.siteCode}-${options.siteCode || 'bundle'}-${bundleId}.fbundle${options.recipients.length > 0 || options.passphrase !== undefined ? '.age' : ''}`,
    recipients: [...options.recipients],
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    bundleId,
    createdAt: new Date(now()).toISOString(),
    sender: { installationId: installation.id, siteCode: installation.siteCode },
    hlcRange: collected.hlcRange,
    ...(options.selection.kind === 'since' && partner ? { previousBundleId: partner.lastBundleId } : {}),
    records: await recordsFiles(collected),
    evidence: [...collected.evidence],
  });
  if (begun.status === 'cancelled') return { status: 'cancelled' };
  const { exportId } = begun;
  const total = collected.evidence.reduce((sum, item) => sum + item.size, 0);
  let done = 0;
  try {
    for (const { sha256 } of collected.evidence) {
      const content = await storedContent(db, sha256);
      if (!content)
        throw new ExplainedError('The stored content of an evidence item is missing, so it cannot be sent.');
      let offset = 0;
      // The next chunks are read from IndexedDB while one crosses to the host as raw bytes; each is sent once the
      // one before it was written, so at most CHUNKS_READ_AHEAD + 1 chunks are held.
      await forEachStoredChunk(db, content, async (bytes, index) => {
        if (options.isCancelled?.()) throw new ExportCancelledError();
        if (!bytes) throw new ExplainedError(`Chunk ${index + 1} of an evidence file is missing.`);
        await invokeHost(host, 'bundles:exportChunk', { exportId, sha256, offset, bytes: new Uint8Array(bytes) });
        offset += bytes.byteLength;
        done += bytes.byteLength;
        options.onProgress?.(done, total);
      });
    }
  } catch (error) {
    await host.invoke('bundles:exportAbort', { exportId });
    if (error instanceof ExportCancelledError) return { status: 'cancelled' };
    throw error;
  }
  const finished = await invokeHost(host, 'bundles:exportFinish', { exportId });
  await recordExportedBundle(db, actor, { bundleId, finished, collected, siteCode: options.siteCode });
  return { status: 'saved', bundleId, ...finished };
}
