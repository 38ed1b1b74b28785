/**
 * Export an item back to a file through the host: chunks are read through the evidence pipeline (a few read ahead
 * while the previous one is sent, `forEachStoredChunk`) and go out in order as base64 over 'evidence:exportChunk';
 * the host writes them atomically and answers with the SHA-256 of what it wrote, which is compared with the
 * recorded hash and logged as an 'exported' custody event either way.
 */
import { requestCheckpoint } from '../trust/checkpointStore';
import { recordExport } from '../../db/evidence/evidence';
import { forEachStoredChunk } from '../../db/evidence/evidenceContent';
import { storedContent } from '../../db/evidence/queries';
import type { FirebreakDatabase } from '../../db/database';
import type { Actor } from '../../db/write';
import { hostClient } from '../../host/hostClient';
import { safeFileName } from '../../../shared/ipc/fileName';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { ExplainedError } from '../../../shared/errors';

export type ExportOutcome =
  | { readonly status: 'saved'; readonly path: string; readonly matches: boolean; readonly sha256: string }
  | { readonly status: 'cancelled' };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += step) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + step));
  }
  return btoa(binary);
}

/** The name offered in the save dialog: the item's name without characters a file name may not hold. */
export function exportFileName(name: string): string {
  return safeFileName(name, 'evidence');
}

export async function exportEvidenceItem(
  db: FirebreakDatabase,
  actor: Actor,
  item: EvidenceItem,
  onProgress: (bytesDone: number) => void = () => undefined,
): Promise<ExportOutcome> {
  const content = await storedContent(db, item.sha256);
  if (!content) throw new ExplainedError('The stored content of this item is missing, so it cannot be exported.');
  const host = hostClient();
  const begun = await host.invoke('evidence:exportBegin', {
    suggestedName: exportFileName(item.name),
    size: item.size,
    sha256: item.sha256,
  });
  if (!begun.ok) throw new ExplainedError(begun.error.message);
  if (begun.value.status === 'cancelled') return { status: 'cancelled' };
  const { exportId } = begun.value;
  let done = 0;
  try {
    await forEachStoredChunk(db, content, async (bytes, index) => {
      if (!bytes) throw new ExplainedError(`Chunk ${index + 1} of the stored content is missing.`);
      const sent = await host.invoke('evidence:exportChunk', {
        exportId,
        index,
        base64: toBase64(new Uint8Array(bytes)),
      });
      if (!sent.ok) throw new ExplainedError(sent.error.message);
      done += bytes.byteLength;
      onProgress(done);
    });
  } catch (error) {
    await host.invoke('evidence:exportAbort', { exportId });
    throw error;
  }
  const finished = await host.invoke('evidence:exportFinish', { exportId });
  if (!finished.ok) throw new ExplainedError(finished.error.message);
  await recordExport(db, actor, item.id, finished.value.path, finished.value.sha256);
  void requestCheckpoint('export');
  return {
    status: 'saved',
    path: finished.value.path,
    sha256: finished.value.sha256,
    matches: finished.value.sha256 === item.sha256,
  };
}
