/**
 * What live sync carries in this slice: the bundles' record tables except evidence items, whose content travels on
 * demand in a later slice (an item here without its bytes would be a record nobody can open). Custody events and
 * evidence content are not replicated yet.
 */
import { BUNDLE_RECORD_TABLES } from '../../../shared/domain/bundles/payload';

export const LIVE_SYNC_TABLES = BUNDLE_RECORD_TABLES.filter(({ entity }) => entity !== 'evidence');
export const LIVE_SYNC_ENTITIES: ReadonlySet<string> = new Set(LIVE_SYNC_TABLES.map(({ entity }) => entity));
export type LiveSyncTable = (typeof LIVE_SYNC_TABLES)[number]['table'];

/** One replication per installation and database: its checkpoint's id, here and in the server's `_local`. */
export function replicationIdOf(installationId: string): string {
  return `firebreak-${installationId}`;
}
