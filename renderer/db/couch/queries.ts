/**
 * Live sync's reads for the Live sync screen: what waits to be sent, the open conflicts and quarantined revisions,
 * and the preferences. Pending changes are counted from the audit log after the last push's mark (a write among
 * 100,000 records reads only the entries since), or from every record when nothing was sent yet.
 */
import type { LiveSyncPreferences } from '../../../shared/domain/couch/preferences';
import { liveConflicts } from '../bundles/conflicts';
import type { FirebreakDatabase } from '../database';
import { LIVE_SYNC_ENTITIES, LIVE_SYNC_TABLES, replicationIdOf } from './liveSyncTables';
import { readLiveSyncPreferences } from './preferences';

export interface LiveSyncOverview {
  readonly preferences: LiveSyncPreferences;
  /** Records changed here and not yet sent. */
  readonly pending: number;
  readonly conflicts: number;
  readonly quarantined: number;
  /** When a round last finished against the configured server (this installation's checkpoint). */
  readonly lastReplicatedAt: string | null;
}

async function pendingChanges(db: FirebreakDatabase, installationId: string, databaseUrl: string | null) {
  const checkpoint = await db.couchCheckpoints.get(replicationIdOf(installationId));
  const current = checkpoint !== undefined && checkpoint.databaseUrl === databaseUrl ? checkpoint : undefined;
  if (current?.pushedAuditSeq !== undefined) {
    const named = new Set<string>();
    await db.auditLog
      .where(':id')
      .above(current.pushedAuditSeq)
      .each((entry) => {
        if (LIVE_SYNC_ENTITIES.has(entry.entity)) named.add(`${entry.entity}:${entry.entityId}`);
      });
    return named.size;
  }
  const mark = current?.pushedHlc ?? '';
  let count = 0;
  for (const { table } of LIVE_SYNC_TABLES)
    count += await db
      .table(table)
      .filter((record: { hlc: string }) => record.hlc > mark)
      .count();
  return count;
}

export async function liveSyncOverview(
  db: FirebreakDatabase,
  installationId: string,
  databaseUrl: string | null,
): Promise<LiveSyncOverview> {
  const checkpoint = await db.couchCheckpoints.get(replicationIdOf(installationId));
  return {
    preferences: await readLiveSyncPreferences(db),
    pending: await pendingChanges(db, installationId, databaseUrl),
    conflicts: (await liveConflicts(db)).length,
    quarantined: await db.couchQuarantine.count(),
    lastReplicatedAt: checkpoint?.databaseUrl === databaseUrl ? checkpoint.lastReplicatedAt : null,
  };
}

/** The runbook lineages stored here (the ones live sync can send), each with its newest version's title. */
export async function storedRunbookLineages(
  db: FirebreakDatabase,
): Promise<{ readonly lineageId: string; readonly title: string }[]> {
  const newest = new Map<string, { version: number; title: string }>();
  for (const runbook of await db.runbooks.toArray()) {
    if (runbook.deletedAt !== null) continue;
    const known = newest.get(runbook.lineageId);
    if (!known || runbook.version > known.version)
      newest.set(runbook.lineageId, { version: runbook.version, title: runbook.title });
  }
  return [...newest]
    .map(([lineageId, { title }]) => ({ lineageId, title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** The chosen incidents, in the order chosen, with their reference and title (an id no longer here says so). */
export async function chosenIncidents(
  db: FirebreakDatabase,
  ids: readonly string[],
): Promise<{ readonly id: string; readonly label: string }[]> {
  const rows = await db.incidents.bulkGet([...ids]);
  return ids.map((id, index) => {
    const incident = rows[index];
    return { id, label: incident ? `${incident.ref} ${incident.title}` : `An incident not on this machine (${id})` };
  });
}

/** The incident with this reference (as people type it), if there is one. */
export async function incidentByRef(db: FirebreakDatabase, ref: string) {
  const incident = await db.incidents.where('ref').equals(ref.trim().toUpperCase()).first();
  return incident && incident.deletedAt === null ? incident : undefined;
}
