/**
 * A subject's live timeline entries (deleted ones left out), in stored order, kept live by following the audit log
 * (an `AuditFollower`): the entries are read once, then each write re-reads only the entries it changed, so adding
 * one entry to a long timeline reads one row instead of the whole timeline. The timeline and escalation panels of
 * the incident page read it.
 */
import { useCallback } from 'react';
import { useFollowedRows, type FollowedRows } from '../../app/useFollowedRows';
import { AuditFollower } from '../../db/auditFollower';
import type { FirebreakDatabase } from '../../db/database';
import { liveTimelineOfSubject } from '../../db/timeline/queries';
import type { TimelineEntry } from '../../../shared/domain/timeline';

/** The subject's live entries, kept up to date from the audit log. */
export class TimelineFollower extends AuditFollower<TimelineEntry> {
  constructor(
    db: FirebreakDatabase,
    subjectId: string,
    publish: (entries: readonly TimelineEntry[]) => void,
    fail: (error: unknown) => void,
  ) {
    super(
      db,
      {
        entity: 'timeline',
        table: 'timeline',
        readRows: (database, ids) => database.timeline.bulkGet(ids),
        readAll: (database) => liveTimelineOfSubject(database, subjectId),
        belongs: (entry) => entry.subject.id === subjectId,
        order: (entries) => entries,
      },
      publish,
      fail,
    );
  }
}

/** The subject's live timeline entries; undefined while the first read is under way. */
export function useTimeline(subjectId: string): readonly TimelineEntry[] | undefined {
  return useTimelineRows(subjectId).rows;
}

/**
 * The subject's live timeline entries, and `take` to list an entry this window has just committed at once (without
 * waiting for the audit log to be read after the commit).
 */
export function useTimelineRows(subjectId: string): FollowedRows<TimelineEntry> {
  return useFollowedRows<TimelineEntry>(
    subjectId,
    useCallback(
      (db: FirebreakDatabase, publish: (rows: readonly TimelineEntry[]) => void, fail: (error: unknown) => void) =>
        new TimelineFollower(db, subjectId, publish, fail),
      [subjectId],
    ),
  );
}
