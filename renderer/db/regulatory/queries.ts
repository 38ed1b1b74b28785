/** Reads of regulatory profiles: the one place that knows the table and its tombstones. */
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import type { FirebreakDatabase } from '../database';
import type { RegulatoryDueItem } from './regulatoryDue';

/** The subject's live regulatory profile, if regimes were ever chosen for it. */
export async function liveRegulatoryProfile(
  db: FirebreakDatabase,
  subjectId: string,
): Promise<RegulatoryProfile | undefined> {
  const profile = await db.regulatoryProfiles.where('subject.id').equals(subjectId).first();
  return profile && profile.deletedAt === null ? profile : undefined;
}

/** The live regulatory profiles of these subjects, by subject id (one indexed read for all of them). */
export async function liveRegulatoryProfilesOf(
  db: FirebreakDatabase,
  subjectIds: readonly string[],
): Promise<Map<string, RegulatoryProfile>> {
  const profiles = await db.regulatoryProfiles.where('subject.id').anyOf(subjectIds).toArray();
  return new Map(
    profiles.filter((profile) => profile.deletedAt === null).map((profile) => [profile.subject.id, profile]),
  );
}

/** Every live regulatory profile (the metrics dashboard's filings chart). */
export async function liveRegulatoryProfiles(db: FirebreakDatabase): Promise<RegulatoryProfile[]> {
  const profiles = await db.regulatoryProfiles.toArray();
  return profiles.filter((profile) => profile.deletedAt === null);
}

export interface DueSoonItem extends RegulatoryDueItem {
  readonly subjectId: string;
  readonly ref: string;
}

/**
 * Every open regulatory deadline across all incidents due in [from, to), earliest first: one range over the
 * projection's multi-entry index.
 */
export async function regulatoryDueBetween(db: FirebreakDatabase, from: string, to: string): Promise<DueSoonItem[]> {
  const rows = await db.regulatoryDue.where('dueTimes').between(from, to, true, false).distinct().toArray();
  return rows
    .flatMap((row) =>
      row.items
        .filter((item) => item.dueAt >= from && item.dueAt < to)
        .map((item) => ({ ...item, subjectId: row.subjectId, ref: row.ref })),
    )
    .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}
