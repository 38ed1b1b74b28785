/**
 * The evidence content store live sync uses in the app: the host's `couch:content*` channels (the renderer reaches
 * the LAN only through the host), one 8 MiB slice per call as base64.
 */
import type { CouchContentStore } from '../../../shared/domain/couch/content';
import type { FirebreakHostApi } from '../../../shared/ipc/contract';
import { invokeHost } from '../bundles/sendBundle';
import { toBase64 } from '../evidence/exportEvidence';

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function hostContentStore(host: FirebreakHostApi): CouchContentStore {
  return {
    async has(sha256, chunkCount) {
      return (await invokeHost(host, 'couch:contentHas', { sha256, chunkCount })).present;
    },
    async putChunk(sha256, index, bytes) {
      await invokeHost(host, 'couch:contentPut', { sha256, index, base64: toBase64(bytes) });
    },
    async getChunk(sha256, index) {
      const { base64 } = await invokeHost(host, 'couch:contentGet', { sha256, index });
      return base64 === null ? undefined : fromBase64(base64);
    },
  };
}
