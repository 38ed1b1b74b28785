/**
 * Bulk reads by key: the same rows, in the keys' order, whether the keys are dense in the table (one range read) or
 * sparse (one get per key), with absent keys as undefined; and the rows of chosen owners through an index.
 */
import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { getByKeys, rowsOfOwners } from '../../../../renderer/db/bundles/readMany';

interface Row {
  readonly id: string;
  readonly owner: string;
  readonly at: string;
}

let db: (Dexie & { owners: Table<{ id: string }, string>; rows: Table<Row, string> }) | undefined;
afterEach(async () => {
  await db?.delete();
});

async function open() {
  const created = new Dexie(`read-many-${Math.random()}`) as NonNullable<typeof db>;
  created.version(1).stores({ owners: '&id', rows: '&id, [owner+at], owner' });
  await created.owners.bulkPut(
    Array.from({ length: 300 }, (_, index) => ({ id: `o${String(index).padStart(3, '0')}` })),
  );
  await created.rows.bulkPut(
    Array.from({ length: 900 }, (_, index) => ({
      id: `r${String(index).padStart(3, '0')}`,
      owner: `o${String(index % 300).padStart(3, '0')}`,
      at: `2026-11-20T09:${String(index % 60).padStart(2, '0')}:00.000Z`,
    })),
  );
  db = created;
  return created;
}

describe('bulk reads by key', () => {
  it('reads dense and sparse keys alike, in order, with absent keys undefined', async () => {
    const created = await open();
    const dense = [
      'r010',
      'r005',
      'missing',
      ...Array.from({ length: 40 }, (_, index) => `r${String(index).padStart(3, '0')}`),
    ];
    const sparse = ['r899', 'r000', 'r450', 'nope'];
    for (const keys of [dense, sparse]) {
      const expected = await created.rows.bulkGet(keys);
      expect(await getByKeys(created.rows, keys, (row) => row.id)).toEqual(expected);
    }
    expect(await getByKeys(created.rows, [], (row) => row.id)).toEqual([]);
  });

  it('reads the rows of chosen owners through a compound or plain index, dense or sparse', async () => {
    const created = await open();
    const sortById = (rows: Row[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    const all = await created.rows.toArray();
    for (const owners of [
      Array.from({ length: 200 }, (_, index) => `o${String(index + 50).padStart(3, '0')}`),
      ['o007', 'o290'],
    ]) {
      const wanted = sortById(all.filter((row) => owners.includes(row.owner)));
      for (const index of ['[owner+at]', 'owner'])
        expect(sortById(await rowsOfOwners(created.owners, owners, created.rows, index, (row) => row.owner))).toEqual(
          wanted,
        );
    }
  });
});
