/** Reads of regulatory profiles: the one place that knows the table and its tombstones. */
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import type { FirebreakDatabase } from '../database';
import { dueKeyRange, type RegulatoryDueItem } from './regulatoryDue';

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

export interface DueSoonWindow {
  /** How many open deadlines fall in the window. */
  readonly total: number;
  /** The earliest of them (at most the limit asked for), earliest first. */
  readonly items: readonly DueSoonItem[];
}

/**
 * The open regulatory deadlines across all incidents due in [from, to): how many, and the earliest `limit` of them,
 * earliest first. Two reads of the projection's multi-entry index, each entry one deadline: a `count()` of the range
 * (keys only, no record read) and a `getAll` of its first `limit` entries — so a screenful costs the same at 100 or
 * 100,000 incidents. A row with two deadlines in the range comes back once per deadline and is taken once here.
 */
export async function regulatoryDueWindow(
  db: FirebreakDatabase,
  from: string,
  to: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<DueSoonWindow> {
  const [lower, upper] = dueKeyRange(from, to);
  // Two collections: Dexie's `limit` changes the collection it is called on.
  const range = () => db.regulatoryDue.where('dueKeys').between(lower, upper, true, false);
  const [total, rows] = await Promise.all([
    range().count(),
    Number.isFinite(limit) ? range().limit(limit).toArray() : range().toArray(),
  ]);
  const seen = new Set<string>();
  const items: DueSoonItem[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    for (const item of row.items) {
      if (item.dueAt >= from && item.dueAt < to) items.push({ ...item, subjectId: row.subjectId, ref: row.ref });
    }
  }
  // The rows read hold the `limit` earliest deadlines (each index entry is one); a row may hold a later one too.
  items.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
  return { total, items: items.slice(0, limit) };
}

/** Every open regulatory deadline across all incidents due in [from, to), earliest first. */
export async function regulatoryDueBetween(db: FirebreakDatabase, from: string, to: string): Promise<DueSoonItem[]> {
  return [...(await regulatoryDueWindow(db, from, to)).items];
}
