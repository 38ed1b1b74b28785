/**
 * Import, the host's part: upload the chosen file in chunks (raw bytes, `shared/ipc/binary.ts`; the next read while
 * one is sent) into the host's staging folder, have it decrypted and verified there completely
 * (`bundles:importOpen`), then validate every line (renderer/db/bundles/importBundle.ts); evidence bytes are read
 * back from the verified copy, as raw bytes, while the data layer stages them.
 */
import { readBundlePayload, type BundlePayload, type EvidenceReader } from '../../db/bundles/importBundle';
import type { FirebreakHostApi } from '../../../shared/ipc/contract';
import { ExplainedError } from '../../../shared/errors';
import { BUNDLE_CHUNK_MAX_BYTES } from '../../../shared/domain/bundles/ipc';
import { forEachChunkInOrder } from '../../db/evidence/evidenceContent';
import { invokeHost } from './sendBundle';

/** How much of the chosen file crosses to the host at once, as raw bytes. */
const UPLOAD_CHUNK = BUNDLE_CHUNK_MAX_BYTES;

/** Sends the chosen file to the host and has it opened and verified; refuses in words at the first failed check. */
export async function openBundle(
  host: FirebreakHostApi,
  file: Blob & { readonly name: string },
  onProgress: (bytesDone: number, bytesTotal: number) => void = () => undefined,
  passphrase?: string,
): Promise<BundlePayload> {
  if (!/\.fbundle/i.test(file.name))
    throw new ExplainedError(
      `${file.name} is not a sync bundle: Firebreak bundles are named .fbundle or .fbundle.age.`,
    );
  const { importId } = await invokeHost(host, 'bundles:importBegin', { fileName: file.name, size: file.size });
  try {
    // The next pieces are read from the file while one crosses to the host; they are sent one at a time, in order.
    await forEachChunkInOrder(
      Math.ceil(file.size / UPLOAD_CHUNK),
      (index) => file.slice(index * UPLOAD_CHUNK, (index + 1) * UPLOAD_CHUNK).arrayBuffer(),
      async (data, index) => {
        const offset = index * UPLOAD_CHUNK;
        await invokeHost(host, 'bundles:importChunk', { importId, offset, bytes: new Uint8Array(data) });
        onProgress(Math.min(file.size, offset + UPLOAD_CHUNK), file.size);
      },
    );
    const opened = await invokeHost(host, 'bundles:importOpen', {
      importId,
      ...(passphrase ? { passphrase } : {}),
    });
    return { importId, opened, ...(await readBundlePayload(opened)) };
  } catch (error) {
    await host.invoke('bundles:importClose', { importId });
    throw error;
  }
}

export function evidenceReaderOf(host: FirebreakHostApi, payload: Pick<BundlePayload, 'importId'>): EvidenceReader {
  return async (sha256, offset, length) => {
    const { bytes } = await invokeHost(host, 'bundles:importEvidence', {
      importId: payload.importId,
      sha256,
      offset,
      length,
    });
    return bytes;
  };
}

/** Closes the host's import session (its staging copy is removed). */
export async function closeImport(host: FirebreakHostApi, payload: Pick<BundlePayload, 'importId'>): Promise<void> {
  await host.invoke('bundles:importClose', { importId: payload.importId });
}
