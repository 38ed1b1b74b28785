/**
 * What live sync carries: the bundles' record tables, evidence items among them (their metadata and hash; the bytes
 * travel on demand by SHA-256, `contentOnDemand.ts`, and custody events as documents of their own,
 * `custodyRevisions.ts`).
 */
import { BUNDLE_RECORD_TABLES } from '../../../shared/domain/bundles/payload';

export const LIVE_SYNC_TABLES = BUNDLE_RECORD_TABLES;
export const LIVE_SYNC_ENTITIES: ReadonlySet<string> = new Set(LIVE_SYNC_TABLES.map(({ entity }) => entity));
export type LiveSyncTable = (typeof LIVE_SYNC_TABLES)[number]['table'];

/** One replication per installation and database: its checkpoint's id, here and in the server's `_local`. */
export function replicationIdOf(installationId: string): string {
  return `firebreak-${installationId}`;
}
