/**
 * A saved copy of the whole register projection (table `incidentListSnapshot`) in packed form
 * (`packedIncidentRows.ts`), so a cold start reads a few large strings instead of 100,000 rows: IndexedDB clones one
 * string in a fraction of the time it clones 100,000 small objects, and the register indexes the strings in place.
 * It is a cache of a cache: each part carries the audit sequence number the copy reflects, and the reader catches up
 * from there through the audit log (which names every incident written since), exactly as the live index follows
 * writes. A copy from another schema version, an incomplete one, or one whose text does not parse is ignored, and the
 * rows are read instead.
 */
import type { FirebreakDatabase } from '../database';

export interface IncidentListSnapshotPart {
  readonly part: number;
  readonly parts: number;
  /** The audit sequence number this copy reflects. */
  readonly seq: number;
  /** The database version that wrote it. */
  readonly verno: number;
  /** Up to ROWS_PER_PART rows in packed form (see packedIncidentRows.ts). */
  readonly packed: string;
}

export const INCIDENT_LIST_SNAPSHOT_STORES = { incidentListSnapshot: '&part' } as const;

/**
 * Replaces the copy with these packed parts as of audit sequence `seq`. A cache write, not a record: it goes straight
 * to its table (like the trust capability's checkpoint copies), in one transaction so a reader sees all parts or the
 * old ones.
 */
export async function saveIncidentListSnapshot(
  db: FirebreakDatabase,
  packed: readonly string[],
  seq: number,
): Promise<void> {
  const count = Math.max(1, packed.length);
  const parts: IncidentListSnapshotPart[] = [];
  for (let part = 0; part < count; part++) {
    parts.push({ part, parts: count, seq, verno: db.verno, packed: packed[part] ?? '' });
  }
  await db.transaction('rw', db.incidentListSnapshot, async () => {
    await db.incidentListSnapshot.clear();
    await db.incidentListSnapshot.bulkPut(parts);
  });
}

/** The stored parts and the audit sequence number they reflect, or undefined when there is no complete copy. */
export async function readIncidentListSnapshot(
  db: FirebreakDatabase,
): Promise<{ readonly seq: number; readonly packed: string[] } | undefined> {
  const parts = await db.incidentListSnapshot.toArray();
  const first = parts[0];
  if (!first || parts.length !== first.parts) return undefined;
  if (parts.some((part, i) => part.part !== i || part.seq !== first.seq || part.verno !== db.verno)) return undefined;
  return { seq: first.seq, packed: parts.map((part) => part.packed) };
}
