/** Reads of timeline entries: an incident's entries in event order, all of them or only the live ones. */
import Dexie from 'dexie';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import type { FirebreakDatabase } from '../database';

/** Every entry of the incident, deleted ones included, by event time. */
export function timelineOfIncident(db: FirebreakDatabase, incidentId: string): Promise<TimelineEntry[]> {
  return db.timeline
    .where('[incidentId+occurredAt]')
    .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
    .toArray();
}

/** The incident's entries that were not deleted, by event time. */
export async function liveTimelineOfIncident(db: FirebreakDatabase, incidentId: string): Promise<TimelineEntry[]> {
  return (await timelineOfIncident(db, incidentId)).filter((entry) => entry.deletedAt === null);
}
