/**
 * The database declares only the versions that carry a data upgrade, and the newest, with the stores of the versions
 * between folded in. Every version still opens with exactly the tables, keys and indexes that declaring every
 * version one by one gives (the way Dexie was driven before the fold), and a database left at a folded version
 * upgrades to the newest with its rows intact.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import {
  databaseVersions,
  LATEST_VERSION,
  openDatabase,
  openDatabaseAtVersion,
} from '../../../../renderer/db/database';

function tableLayout(db: Dexie) {
  return Object.fromEntries(
    db.tables
      .map((table) => [
        table.name,
        { key: table.schema.primKey.src, indexes: table.schema.indexes.map((index) => index.src).sort() },
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

/** Every version up to `upTo` declared one by one, without upgrades: the reference layout. */
function everyVersionDeclared(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const [version, { stores }] of databaseVersions()) if (version <= upTo) db.version(version).stores(stores);
  return db;
}

it('each version has the layout that declaring every version one by one gives', async () => {
  for (const version of databaseVersions().keys()) {
    const name = `firebreak-folded-${version}-${Math.random().toString(36).slice(2)}`;
    const folded = openDatabaseAtVersion(name, version);
    await folded.open();
    const reference = everyVersionDeclared(`${name}-reference`, version);
    await reference.open();
    expect({ version, layout: tableLayout(folded), verno: folded.verno }).toEqual({
      version,
      layout: tableLayout(reference),
      verno: reference.verno,
    });
    await folded.delete();
    await reference.delete();
  }
});

it('a database left at a version without its own upgrade opens at the newest with its rows', async () => {
  const folded = [...databaseVersions()].filter(([version, { upgrades }]) => upgrades.length === 0 && version > 8);
  const [version] = folded[0] ?? [];
  if (version === undefined) throw new Error('Every version has an upgrade; the test needs one without.');
  const name = `firebreak-folded-upgrade-${Math.random().toString(36).slice(2)}`;
  const old = openDatabaseAtVersion(name, version);
  await old.open();
  const row = { key: 'kept', value: 'as it was' };
  await old.table('meta').put(row);
  old.close();
  const latest = openDatabase(name);
  await latest.open();
  expect(latest.verno).toBe(LATEST_VERSION);
  expect(await latest.table('meta').get('kept')).toEqual(row);
  await latest.delete();
});
