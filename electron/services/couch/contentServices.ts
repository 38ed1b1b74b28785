/**
 * Live sync's evidence content in the host: one slice up or down per call, to and from the configured database only,
 * along the paths `isContentPath` allows (built here from the validated hash and index). The credentials stay in
 * the host's sealed settings.
 */
import type { BinaryFetchLike } from '../../../shared/domain/couch/content';
import { couchContentStore } from '../../../shared/domain/couch/content';
import type { couchContentIpc } from '../../../shared/domain/couch/contentIpc';
import type { ServicesFor } from '../../ipc/handleRequest';
import { authorizationOf, readCouchSettings, type CouchDependencies } from './transport';

export function createCouchContentServices(deps: {
  readonly couch?: CouchDependencies;
}): ServicesFor<keyof typeof couchContentIpc> {
  async function store() {
    if (deps.couch === undefined) throw new Error('This host keeps no sync server settings.');
    const settings = await readCouchSettings(deps.couch.settingsStore);
    if (!settings) throw new Error('No sync server is set up: give its address in Settings → Live sync.');
    const authorization = authorizationOf(settings);
    const fetchLike = deps.couch.binaryFetch ?? (fetch as BinaryFetchLike);
    return couchContentStore({ url: settings.url, ...(authorization ? { authorization } : {}) }, fetchLike);
  }
  return {
    'couch:contentHas': async ({ sha256, chunkCount }) => ({ present: await (await store()).has(sha256, chunkCount) }),
    'couch:contentPut': async ({ sha256, index, base64 }) => {
      await (await store()).putChunk(sha256, index, new Uint8Array(Buffer.from(base64, 'base64')));
      return {};
    },
    'couch:contentGet': async ({ sha256, index }) => {
      const bytes = await (await store()).getChunk(sha256, index);
      return { base64: bytes === undefined ? null : Buffer.from(bytes).toString('base64') };
    },
  };
}
