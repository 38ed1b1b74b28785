/**
 * A saved copy of the metrics worker's index (table `metricsSnapshot`, version 20) in packed form (typed arrays, see
 * `MetricsIndex.toPacked`), so the dashboard opens from one record instead of reading 100,000 metrics rows and sorting
 * them. Like the register's packed copy it is a cache of a cache: it carries the audit sequence number it reflects,
 * and the worker catches up from there through the audit log. A copy written by another database version, another
 * packing format or for another time zone (months are the user's) is ignored, and the rows are read instead.
 */
import type { PackedMetricsIndex } from '../../../shared/domain/metrics/aggregate';
import type { PackedRows } from '../../../shared/domain/metrics/columns';
import type { FirebreakDatabase } from '../database';

/** Raised when the packed form changes, so older copies are ignored. */
export const METRICS_SNAPSHOT_FORMAT = 4;
const SNAPSHOT_ID = 'metrics-index';

export interface MetricsSnapshot {
  readonly id: typeof SNAPSHOT_ID;
  readonly format: number;
  /** The database version that wrote it. */
  readonly verno: number;
  /** The time zone its months were computed in. */
  readonly zone: string;
  /** The audit sequence number this copy reflects. */
  readonly seq: number;
  readonly index: PackedMetricsIndex;
  /** The chart sources' fact rows, by table, each with its incident's position in the index. */
  readonly linked: Readonly<Record<string, PackedLinkedRows>>;
}

/** A fact table's rows, packed in columns (`packRows`), and for each its incident's position in the index (-1: none). */
export interface PackedLinkedRows {
  readonly rows: PackedRows;
  readonly positions: Int32Array;
}

export const METRICS_SNAPSHOT_STORES = { metricsSnapshot: '&id' } as const;

/** The saved copy for this zone, or undefined when there is none usable. */
export async function readMetricsSnapshot(
  db: Pick<FirebreakDatabase, 'table' | 'verno'>,
  zone: string,
): Promise<Omit<MetricsSnapshot, 'id'> | undefined> {
  const snapshot = await db.table<MetricsSnapshot, string>('metricsSnapshot').get(SNAPSHOT_ID);
  if (snapshot === undefined) return undefined;
  const usable = snapshot.format === METRICS_SNAPSHOT_FORMAT && snapshot.verno === db.verno && snapshot.zone === zone;
  return usable ? snapshot : undefined;
}

/** Replaces the copy. A cache write, not a record: straight to its table, never audited. */
export async function saveMetricsSnapshot(
  db: Pick<FirebreakDatabase, 'table' | 'verno'>,
  packed: Pick<MetricsSnapshot, 'index' | 'linked'>,
  seq: number,
  zone: string,
): Promise<void> {
  await db.table<MetricsSnapshot, string>('metricsSnapshot').put({
    id: SNAPSHOT_ID,
    format: METRICS_SNAPSHOT_FORMAT,
    verno: db.verno,
    zone,
    seq,
    index: packed.index,
    linked: packed.linked,
  });
}
