/**
 * The projection behind "due soon across all incidents": one row per regulatory profile with one key per open clock
 * (not yet submitted), `<dueAt>|<regime>:<stage>`, multi-entry indexed (`*dueKeys`, version 26; version 17 indexed
 * the bare instants, which merged two clocks due at the same instant into one entry). So "due in the next 24 hours"
 * is one index range over 100,000 incidents instead of computing every clock, and each index entry is exactly one
 * deadline: the range's `count()` is the number due, and a `limit` reads the earliest ones only. A cache kept in the
 * write transaction: declared as `derivedRows` of the profile, so no write can leave it behind; rebuildable from the
 * profiles (`rowOfProfile`). Exercises have no row: they never raise real clocks.
 */
import type { Transaction } from 'dexie';
import type { RegimeId } from '../../../shared/domain/regulatory/clockInput';
import { clocksOf, submissionOf, type RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';

export interface RegulatoryDueItem {
  readonly regime: RegimeId;
  readonly stage: string;
  readonly title: string;
  readonly dueAt: string;
}

export interface RegulatoryDueRow {
  /** The profile's id. */
  readonly id: string;
  readonly subjectId: string;
  readonly ref: string;
  /**
   * One key per open clock, `<dueAt>|<regime>:<stage>`: UTC ISO instants have one length and sort as instants, so a
   * range from `from` to `to` over the keys holds exactly the clocks due in [from, to) (see `dueKeyRange`).
   */
  readonly dueKeys: readonly string[];
  readonly items: readonly RegulatoryDueItem[];
}

/** Version 17's layout (the bare due instants); version 26 indexes one key per clock. */
export const REGULATORY_DUE_STORES_V17 = { regulatoryDue: '&id, *dueTimes' } as const;
export const REGULATORY_DUE_STORES = { regulatoryDue: '&id, *dueKeys' } as const;

/** The index key of one open clock. */
export function dueKeyOf(item: RegulatoryDueItem): string {
  return `${item.dueAt}|${item.regime}:${item.stage}`;
}

/**
 * The bounds over `dueKeys` (lower included, upper excluded) of the clocks due in [from, to): a key starts with its
 * instant, so it sorts at or after `from` exactly when its instant does, and before `to` exactly when its instant is
 * earlier (a key due at `to` itself sorts after `to`, being longer).
 */
export function dueKeyRange(from: string, to: string): readonly [string, string] {
  return [from, to];
}

/** The profile's row, or undefined when it has no open deadline (or is an exercise's, or deleted). */
export function rowOfProfile(
  profile: RegulatoryProfile,
  incident: { readonly awareAt: string; readonly ref: string } | null = profile.incident,
): RegulatoryDueRow | undefined {
  if (profile.deletedAt !== null || incident === null || profile.incident?.exercise === true) return undefined;
  const items = clocksOf(profile, incident.awareAt).flatMap((clock): RegulatoryDueItem[] =>
    clock.dueAt === null || submissionOf(profile, clock.regime, clock.stage) !== undefined
      ? []
      : [{ regime: clock.regime, stage: clock.stage, title: clock.title, dueAt: clock.dueAt }],
  );
  if (items.length === 0) return undefined;
  return {
    id: profile.id,
    subjectId: profile.subject.id,
    ref: incident.ref,
    dueKeys: items.map(dueKeyOf),
    items,
  };
}

/** Makes the projection again from the stored profiles and incidents (upgrade and tests). */
export async function rebuildRegulatoryDue(tx: Transaction): Promise<number> {
  const profiles: RegulatoryProfile[] = await tx.table('regulatoryProfiles').toArray();
  const incidents: ({ awareAt: string; ref: string; exercise?: unknown } | undefined)[] = await tx
    .table('incidents')
    .bulkGet(profiles.map((profile) => profile.subject.id));
  const rows = profiles.flatMap((profile, index) => {
    const incident = incidents[index];
    if (incident === undefined || (incident.exercise ?? null) !== null) return [];
    return rowOfProfile(profile, profile.incident ?? incident) ?? [];
  });
  await tx.table('regulatoryDue').clear();
  await tx.table('regulatoryDue').bulkPut(rows);
  return rows.length;
}
