/**
 * Version 11 (exercises) only adds tables: from its predecessor (whichever version the build declares just before
 * it), every existing table is exactly as it was, the exercise tables are there and empty, and the audit chain still
 * verifies.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { databaseVersions, openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

const ADDED = [
  'exercises',
  'exerciseEvents',
  'exerciseEvaluations',
  'exerciseFeedback',
  'improvementItems',
  'exerciseProgramme',
];

describe('version 11', () => {
  it('adds the exercise tables and changes nothing else', async () => {
    const from = Math.max(...[...databaseVersions().keys()].filter((version) => version < 11));
    const name = `firebreak-migration-v11-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    await declareIncident(seeded, testActor, promptInjectionDraft(), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    const old = openDatabaseAtVersion(name, from);
    await old.open();
    const tables = old.tables.map((table) => table.name);
    for (const table of ['incidents', 'timeline', 'auditLog', 'meta']) {
      await old.table(table).bulkAdd(await seeded.table(table).toArray());
    }
    const before: Record<string, unknown[]> = {};
    for (const table of tables) before[table] = await old.table(table).toArray();
    old.close();
    await seeded.delete();

    const upgraded = openDatabaseAtVersion(name, 11);
    await upgraded.open();
    expect(upgraded.verno).toBe(11);
    for (const table of tables) expect(await upgraded.table(table).toArray()).toEqual(before[table]);
    for (const table of ADDED) expect(await upgraded.table(table).toArray()).toEqual([]);
    expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
    await upgraded.delete();
  });
});
