/**
 * Import, the host's part: upload the chosen file in chunks into the host's staging folder, have it decrypted and
 * verified there completely (`bundles:importOpen`), then validate every line (renderer/db/bundles/importBundle.ts);
 * evidence bytes are read back from the verified copy while the data layer stages them.
 */
import { readBundlePayload, type BundlePayload, type EvidenceReader } from '../../db/bundles/importBundle';
import type { FirebreakHostApi } from '../../../shared/ipc/contract';
import { ExplainedError } from '../../../shared/errors';
import { invokeHost, toBase64 } from './sendBundle';

const UPLOAD_CHUNK = 8 * 1024 * 1024;

const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

function fromBase64(text: string): Uint8Array {
  if (typeof nativeFromBase64 === 'function') return nativeFromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

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
    for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK) {
      const bytes = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK).arrayBuffer());
      await invokeHost(host, 'bundles:importChunk', { importId, base64: toBase64(bytes) });
      onProgress(Math.min(file.size, offset + UPLOAD_CHUNK), file.size);
    }
    const opened = await invokeHost(host, 'bundles:importOpen', {
      importId,
      ...(passphrase ? { passphrase } : {}),
    });
    return { importId, opened, ...readBundlePayload(opened) };
  } catch (error) {
    await host.invoke('bundles:importClose', { importId });
    throw error;
  }
}

export function evidenceReaderOf(host: FirebreakHostApi, payload: Pick<BundlePayload, 'importId'>): EvidenceReader {
  return async (sha256, offset, length) => {
    const { base64 } = await invokeHost(host, 'bundles:importEvidence', {
      importId: payload.importId,
      sha256,
      offset,
      length,
    });
    return fromBase64(base64);
  };
}

/** Closes the host's import session (its staging copy is removed). */
export async function closeImport(host: FirebreakHostApi, payload: Pick<BundlePayload, 'importId'>): Promise<void> {
  await host.invoke('bundles:importClose', { importId: payload.importId });
}
