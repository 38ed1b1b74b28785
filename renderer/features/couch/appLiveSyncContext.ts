/**
 * Live sync's context as the app runs it: this database and responder, the host's keys, the host's transport and its
 * evidence content store.
 */
import type { LiveSyncContext } from '../../db/couch/pull';
import type { FirebreakDatabase } from '../../db/database';
import { readSiteCode } from '../../db/installation';
import type { Actor } from '../../db/write';
import { hostClient } from '../../host/hostClient';
import { hostContentStore } from './hostContentStore';
import { hostCouchClient } from './hostCouchClient';
import { hostRevisionKeys } from './revisionKeys';

export async function appLiveSyncContext(
  db: FirebreakDatabase,
  actor: Actor,
  databaseUrl: string,
): Promise<LiveSyncContext> {
  const host = hostClient();
  const siteCode = (await readSiteCode(db)) ?? '';
  return {
    db,
    actor,
    keys: hostRevisionKeys(host, { installationId: actor.nodeId, siteCode }),
    client: hostCouchClient(host, databaseUrl),
    content: hostContentStore(host),
    databaseUrl,
  };
}
