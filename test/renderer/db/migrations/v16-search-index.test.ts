/**
 * Version 16 (search: the persisted full-text index) only adds a table. Tested from its predecessor (the highest
 * version declared below it): every existing table is exactly as it was, `searchIndex` is there and empty, and the
 * audit chain still verifies.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { databaseVersions, openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

describe('version 16', () => {
  it('adds the search index table and changes nothing else', async () => {
    const previous = Math.max(...[...databaseVersions().keys()].filter((version) => version < 16));
    const name = `firebreak-migration-v16-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    await declareIncident(seeded, testActor, promptInjectionDraft(), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    const old = openDatabaseAtVersion(name, previous);
    await old.open();
    const tables = old.tables.map((table) => table.name);
    expect(tables).not.toContain('searchIndex');
    for (const table of ['incidents', 'timeline', 'auditLog', 'meta']) {
      await old.table(table).bulkAdd(await seeded.table(table).toArray());
    }
    const before: Record<string, unknown[]> = {};
    for (const table of tables) before[table] = await old.table(table).toArray();
    old.close();
    await seeded.delete();

    const upgraded = openDatabaseAtVersion(name, 16);
    await upgraded.open();
    const after: Record<string, unknown[]> = {};
    for (const table of tables) after[table] = await upgraded.table(table).toArray();
    expect(after).toEqual(before);
    expect(await upgraded.table('searchIndex').toArray()).toEqual([]);
    expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
    await upgraded.delete();
  });
});
