/**
 * The protocol client as the app runs it: every request goes to the host over `couch:request` (the renderer's CSP
 * allows no connection off its origin, and the credentials stay sealed in the host), and a refusal or a server that
 * does not answer comes back as the client's `CouchUnavailableError` in words.
 */
import { couchClient, type CouchClient, type FetchLike } from '../../../shared/domain/couch/client';
import type { FirebreakHostApi } from '../../../shared/ipc/contract';

export function hostCouchClient(host: FirebreakHostApi, databaseUrl: string): CouchClient {
  const base = `${databaseUrl.replace(/\/+$/, '')}/`;
  const overIpc: FetchLike = async (url, init) => {
    if (!url.startsWith(base)) throw new Error('Live sync only talks to its configured database.');
    const method = init.method === 'GET' || init.method === 'PUT' ? init.method : 'POST';
    const answer = await host.invoke('couch:request', {
      method,
      path: url.slice(base.length),
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    if (!answer.ok) throw new Error(answer.error.message);
    const { status, text } = answer.value;
    return { status, text: async () => text };
  };
  return couchClient({ url: databaseUrl }, overIpc);
}
