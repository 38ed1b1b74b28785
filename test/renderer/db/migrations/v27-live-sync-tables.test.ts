/**
 * Version 27 (live sync: documents known on the server, checkpoints, quarantined revisions) only adds tables. Tested
 * from the newest version before it: every existing table exactly as it was, the new tables there and empty, the
 * audit chain still verifying.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { databaseVersions, openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

describe('version 27', () => {
  it('adds the live sync tables and changes nothing else', async () => {
    const previous = Math.max(...[...databaseVersions().keys()].filter((version) => version < 27));
    const name = `firebreak-migration-v27-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    await declareIncident(seeded, testActor, promptInjectionDraft(), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    const old = openDatabaseAtVersion(name, previous);
    await old.open();
    const tables = old.tables.map((table) => table.name);
    for (const table of ['incidents', 'timeline', 'auditLog', 'meta', 'syncStates'])
      await old.table(table).bulkAdd(await seeded.table(table).toArray());
    const before: Record<string, unknown[]> = {};
    for (const table of tables) before[table] = await old.table(table).toArray();
    old.close();
    await seeded.delete();

    const upgraded = openDatabaseAtVersion(name, 27);
    await upgraded.open();
    const after: Record<string, unknown[]> = {};
    for (const table of tables) after[table] = await upgraded.table(table).toArray();
    expect(after).toEqual(before);
    expect({
      couchDocs: await upgraded.couchDocs.toArray(),
      couchCheckpoints: await upgraded.couchCheckpoints.toArray(),
      couchQuarantine: await upgraded.couchQuarantine.toArray(),
    }).toEqual({ couchDocs: [], couchCheckpoints: [], couchQuarantine: [] });
    expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
    await upgraded.delete();
  });
});
