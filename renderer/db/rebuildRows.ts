/**
 * Makes a projection table again from its records: the rows a capability keeps beside every write (`derivedRows`)
 * recomputed from the stored records, in pages of 2,000 so a large table never sits in memory whole. Used by the
 * upgrades that add a projection and by the rebuild functions tests compare with the maintained rows.
 */
import type { Table } from 'dexie';

const REBUILD_PAGE = 2_000;

/**
 * Clears `rows` and fills it with `rowOf` of every record; resolves to the number of rows written. `onProgress` hears
 * how many records are done of how many, page by page (an upgrade shows it on the splash screen).
 */
export async function rebuildRows<R extends { readonly id: string }, Row extends { readonly id: string }>(
  records: Table<R, string>,
  rows: Table<Row, string>,
  rowOf: (record: R) => Row | undefined,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  await rows.clear();
  const total = onProgress === undefined ? 0 : await records.count();
  let lastId: string | undefined;
  let written = 0;
  let done = 0;
  for (;;) {
    const page =
      lastId === undefined
        ? await records.orderBy(':id').limit(REBUILD_PAGE).toArray()
        : await records.where(':id').above(lastId).limit(REBUILD_PAGE).toArray();
    if (page.length === 0) return written;
    const made = page.map(rowOf).filter((row): row is Row => row !== undefined);
    await rows.bulkPut(made);
    written += made.length;
    done += page.length;
    onProgress?.(done, total);
    lastId = page[page.length - 1]?.id;
  }
}
