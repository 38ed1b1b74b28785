/**
 * The projection behind "due soon across all incidents": one row per regulatory profile with the due instants of
 * its open clocks (not yet submitted), multi-entry indexed (`*dueTimes`), so "due in the next 24 hours" is one index
 * range over 100,000 incidents instead of computing every clock. A cache kept in the write transaction: declared as
 * `derivedRows` of the profile, so no write can leave it behind; rebuildable from the profiles (`rowOfProfile`).
 * Exercises have no row: they never raise real clocks.
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
  /** The due instants of the open clocks (UTC ISO strings sort as instants). */
  readonly dueTimes: readonly string[];
  readonly items: readonly RegulatoryDueItem[];
}

export const REGULATORY_DUE_STORES = { regulatoryDue: '&id, *dueTimes' } as const;

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
    dueTimes: [...new Set(items.map((item) => item.dueAt))],
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
