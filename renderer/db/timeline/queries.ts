/** Reads of timeline entries: a subject's entries in event order, all of them or only the live ones. */
import Dexie from 'dexie';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import type { FirebreakDatabase } from '../database';

/** Every entry of the subject (an incident, an exercise…), deleted ones included, by event time. */
export function timelineOfSubject(db: FirebreakDatabase, subjectId: string): Promise<TimelineEntry[]> {
  return db.timeline
    .where('[subject.id+occurredAt]')
    .between([subjectId, Dexie.minKey], [subjectId, Dexie.maxKey])
    .toArray();
}

/** The subject's entries that were not deleted, by event time. */
export async function liveTimelineOfSubject(db: FirebreakDatabase, subjectId: string): Promise<TimelineEntry[]> {
  return (await timelineOfSubject(db, subjectId)).filter((entry) => entry.deletedAt === null);
}
