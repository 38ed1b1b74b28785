/**
 * Bulk reads for bundles, which touch thousands of rows at once. IndexedDB answers one `get` per key (Dexie's
 * `bulkGet` issues them all, but each is still a request with its own result event), while one key range is read by a
 * single `getAll`. So when the wanted keys are dense in a table — they make up at least half of the rows between the
 * smallest and the largest, which a cheap `count` over that range tells — the rows are read as one range and picked;
 * otherwise by key. A first import into an empty table costs one `count`; a whole-site export, one range per table.
 */
import Dexie, { type Table } from 'dexie';

/** At most this many rows read per row wanted before a range read stops paying for itself. */
const RANGE_READ_SLACK = 2;

function sortedUnique(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort();
}

/** The rows of `table` with these primary keys, in the keys' order (`undefined` where none). */
export async function getByKeys<T>(
  table: Table<T, string>,
  keys: readonly string[],
  keyOf: (row: T) => string,
): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  const sorted = sortedUnique(keys);
  const lower = sorted[0]!;
  const upper = sorted[sorted.length - 1]!;
  const range = table.where(':id').between(lower, upper, true, true);
  const inRange = await range.count();
  if (inRange > RANGE_READ_SLACK * sorted.length + 16) return table.bulkGet([...keys]);
  const byKey = new Map<string, T>();
  for (const row of await range.toArray()) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key));
}

/**
 * The rows whose `index` starts with one of `ids` (e.g. every timeline entry of the chosen incidents): one range over
 * the index from the smallest id to the largest when the ids are dense among `owners`' keys, else one range per id.
 */
export async function rowsOfOwners<T>(
  owners: Table<unknown, string>,
  ids: readonly string[],
  table: Table<T, string>,
  index: string,
  ownerOf: (row: T) => string,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const sorted = sortedUnique(ids);
  const lower = sorted[0]!;
  const upper = sorted[sorted.length - 1]!;
  const compound = index.startsWith('[');
  const from = compound ? [lower, Dexie.minKey] : lower;
  const to = compound ? [upper, Dexie.maxKey] : upper;
  const ownersInRange = await owners.where(':id').between(lower, upper, true, true).count();
  if (ownersInRange <= RANGE_READ_SLACK * sorted.length + 16) {
    const wanted = new Set(sorted);
    return (await table.where(index).between(from, to, true, true).toArray()).filter((row) => wanted.has(ownerOf(row)));
  }
  const perOwner = await Promise.all(
    sorted.map((id) =>
      compound
        ? table.where(index).between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).toArray()
        : table.where(index).equals(id).toArray(),
    ),
  );
  return perOwner.flat();
}
