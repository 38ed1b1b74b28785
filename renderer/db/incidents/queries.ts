/**
 * Reads of incidents, the one place that knows how: a deleted incident (a tombstone kept for sync) is "no longer
 * there" to every screen and every write. Other capabilities use these, never the `incidents` table.
 */
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { FirebreakDatabase } from '../database';
import { WriteRefusedError } from '../../../shared/errors';

/** The incident, unless it does not exist or was deleted. */
export async function liveIncident(db: FirebreakDatabase, id: string): Promise<Incident | undefined> {
  const incident = await db.incidents.get(id);
  return incident && incident.deletedAt === null ? incident : undefined;
}

/** The incident a write is about; refuses the write, in words, when it is no longer there. */
export async function requireLiveIncident(db: FirebreakDatabase, id: string): Promise<Incident> {
  const incident = await liveIncident(db, id);
  if (!incident) throw new WriteRefusedError('That incident no longer exists.');
  return incident;
}

/** How many incidents are stored, deleted ones included. */
export function storedIncidentCount(db: FirebreakDatabase): Promise<number> {
  return db.incidents.count();
}

/** Whether any incident was ever stored: a fresh database gets the demo data. */
export async function hasIncidents(db: FirebreakDatabase): Promise<boolean> {
  return (await storedIncidentCount(db)) > 0;
}
