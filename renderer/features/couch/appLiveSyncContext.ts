/** Live sync's context as the app runs it: this database and responder, the host's keys and the host's transport. */
import type { LiveSyncContext } from '../../db/couch/pull';
import type { FirebreakDatabase } from '../../db/database';
import { readSiteCode } from '../../db/installation';
import type { Actor } from '../../db/write';
import { hostClient } from '../../host/hostClient';
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
    databaseUrl,
  };
}
