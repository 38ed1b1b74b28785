/**
 * Capabilities plug in: every entity a capability declares has its table in the database and in the write path's
 * transaction scope, and is known to the audit log; two capabilities cannot claim the same table or channel.
 */
import { bundlesIpc } from '../../../shared/domain/bundles/ipc';
import { couchIpc } from '../../../shared/domain/couch/ipc';
import { couchContentIpc } from '../../../shared/domain/couch/contentIpc';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseVersions, LATEST_VERSION, type FirebreakDatabase } from '../../../renderer/db/database';
import { writeScope } from '../../../renderer/db/write';
import { AUDITED_ENTITIES, DOMAIN_CAPABILITIES, ENTITIES } from '../../../shared/domain/capabilities';
import { evidenceIpc } from '../../../shared/domain/evidence/ipc';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { reportsIpc } from '../../../shared/reports/ipc';
import { exercisesIpc } from '../../../shared/domain/exercises/ipc';
import { trustIpc } from '../../../shared/domain/trust/ipc';
import { freshDatabase } from '../../fixtures/testDatabase';

let db: FirebreakDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('capability declarations', () => {
  it('give every declared entity a table in the database, in the write scope and in the audit list', async () => {
    db = freshDatabase();
    await db.open();
    const tables = db.tables.map((table) => table.name);
    const scope = writeScope(db);
    const entities = Object.entries(ENTITIES).map(([name, { table }]) => ({
      name,
      table,
      stored: tables.includes(table),
      written: scope.includes(table),
      audited: AUDITED_ENTITIES.includes(name),
    }));
    expect(entities).toEqual(
      Object.entries(ENTITIES).map(([name, { table }]) => ({
        name,
        table,
        stored: true,
        written: true,
        audited: true,
      })),
    );
    expect(scope.toSorted()).toEqual(tables.toSorted());
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('know every capability by name once', () => {
    const names = DOMAIN_CAPABILITIES.map((capability) => capability.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(AUDITED_ENTITIES).size).toBe(AUDITED_ENTITIES.length);
  });

  it('refuse two capabilities declaring the same table in one version', () => {
    const layout = { 1: { stores: { things: '&id' } } };
    expect(() =>
      databaseVersions([
        { name: 'a', versions: layout },
        { name: 'b', versions: layout },
      ]),
    ).toThrow('Two capabilities declare the table "things" in version 1.');
  });

  it('merge IPC slices without one channel hiding another', () => {
    const sliced = [
      'app:getInfo',
      'files:saveExport',
      ...Object.keys(evidenceIpc),
      ...Object.keys(reportsIpc),
      ...Object.keys(trustIpc),
      ...Object.keys(exercisesIpc),
      ...Object.keys(bundlesIpc),
      ...Object.keys(couchIpc),
      ...Object.keys(couchContentIpc),
    ];
    expect(IPC_CHANNELS.toSorted()).toEqual(sliced.toSorted());
  });
});
