/**
 * A packed copy of the whole register projection (table `incidentListSnapshot`), so a cold start reads a few large
 * strings instead of 100,000 rows: IndexedDB clones one string in a fraction of the time it clones 100,000 small
 * objects. It is a cache of a cache: each part carries the audit sequence number the copy reflects, and the reader
 * catches up from there through the audit log (which names every incident written since), exactly as the live
 * index follows writes. A copy from another schema version, an incomplete one, or one whose text would not split
 * back cleanly is never written or is ignored, and the rows are read instead.
 */
import type { IncidentType, Phase, Severity } from '../../../shared/domain/incidents/taxonomy';
import type { FirebreakDatabase } from '../database';
import type { IncidentListItem } from './incidentList';

export interface IncidentListSnapshotPart {
  readonly part: number;
  readonly parts: number;
  /** The audit sequence number this copy reflects. */
  readonly seq: number;
  /** The database version that wrote it. */
  readonly verno: number;
  /** Rows joined by ROW, fields by FIELD, types by TYPE. */
  readonly packed: string;
}

export const INCIDENT_LIST_SNAPSHOT_STORES = { incidentListSnapshot: '&part' } as const;

const ROW = '\u001e';
const FIELD = '\u001f';
const TYPE = ',';
const ROWS_PER_PART = 10_000;

const packable = (item: IncidentListItem): boolean =>
  [item.id, item.ref, item.title, item.severity, item.phase, item.declaredAt, item.updatedAt, item.haystack].every(
    (field) => !field.includes(ROW) && !field.includes(FIELD),
  ) && item.types.every((type) => !type.includes(TYPE));

function pack(items: readonly IncidentListItem[]): string {
  return items
    .map((item) =>
      [
        item.id,
        item.ref,
        item.title,
        item.severity,
        item.phase,
        item.types.join(TYPE),
        item.declaredAt,
        item.updatedAt,
        item.haystack,
      ].join(FIELD),
    )
    .join(ROW);
}

function unpack(packed: string, into: IncidentListItem[]): boolean {
  if (packed === '') return true;
  for (const row of packed.split(ROW)) {
    const [id, ref, title, severity, phase, types, declaredAt, updatedAt, haystack, extra] = row.split(FIELD);
    if (haystack === undefined || extra !== undefined) return false;
    into.push({
      id: id ?? '',
      ref: ref ?? '',
      title: title ?? '',
      severity: severity as Severity,
      phase: phase as Phase,
      types: types === '' || types === undefined ? [] : (types.split(TYPE) as IncidentType[]),
      declaredAt: declaredAt ?? '',
      updatedAt: updatedAt ?? '',
      haystack,
    });
  }
  return true;
}

/**
 * Replaces the copy with `items` as of audit sequence `seq`. A cache write, not a record: it goes straight to its
 * table (like the trust capability's checkpoint copies), in one transaction so a reader sees all parts or the old.
 */
export async function saveIncidentListSnapshot(
  db: FirebreakDatabase,
  items: readonly IncidentListItem[],
  seq: number,
): Promise<boolean> {
  if (!items.every(packable)) return false;
  const parts: IncidentListSnapshotPart[] = [];
  const count = Math.max(1, Math.ceil(items.length / ROWS_PER_PART));
  for (let part = 0; part < count; part++) {
    const slice = items.slice(part * ROWS_PER_PART, (part + 1) * ROWS_PER_PART);
    parts.push({ part, parts: count, seq, verno: db.verno, packed: pack(slice) });
  }
  await db.transaction('rw', db.incidentListSnapshot, async () => {
    await db.incidentListSnapshot.clear();
    await db.incidentListSnapshot.bulkPut(parts);
  });
  return true;
}

/** The stored copy and the audit sequence number it reflects, or undefined when there is no usable one. */
export async function readIncidentListSnapshot(
  db: FirebreakDatabase,
): Promise<{ readonly seq: number; readonly items: IncidentListItem[] } | undefined> {
  const parts = await db.incidentListSnapshot.toArray();
  const first = parts[0];
  if (!first || parts.length !== first.parts) return undefined;
  if (parts.some((part, i) => part.part !== i || part.seq !== first.seq || part.verno !== db.verno)) return undefined;
  const items: IncidentListItem[] = [];
  for (const part of parts) if (!unpack(part.packed, items)) return undefined;
  return { seq: first.seq, items };
}
