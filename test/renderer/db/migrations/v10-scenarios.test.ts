/**
 * Version 10 (the scenario library) only adds the `scenarios` table. Tested from version 9: every existing table is
 * exactly as it was, the new table is there and empty, and the audit chain still verifies; then a scenario written
 * through the write path at version 10 is found by its lineage and status indexes.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase, openDatabaseAtVersion, type FirebreakDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { duplicateScenario } from '../../../../renderer/db/scenarios/scenarios';
import { builtInScenarioVersions } from '../../../../shared/domain/scenarios/library';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

async function wholeTables(db: FirebreakDatabase, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await db.table(table).toArray();
  return rows;
}

describe('version 10: the scenario library', () => {
  it('adds the scenarios table and changes nothing else', async () => {
    const name = `firebreak-migration-v10-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    await declareIncident(seeded, testActor, promptInjectionDraft(), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    const old = openDatabaseAtVersion(name, 9);
    await old.open();
    const tables = old.tables.map((table) => table.name);
    expect(tables).not.toContain('scenarios');
    for (const table of ['incidents', 'timeline', 'auditLog', 'meta']) {
      await old.table(table).bulkAdd(await seeded.table(table).toArray());
    }
    const before = await wholeTables(old, tables);
    old.close();
    await seeded.delete();

    const upgraded = openDatabaseAtVersion(name, 10);
    await upgraded.open();
    expect(upgraded.verno).toBe(10);
    expect(await wholeTables(upgraded, tables)).toEqual(before);
    expect(await upgraded.table('scenarios').toArray()).toEqual([]);
    expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
    upgraded.close();

    const latest = openDatabase(name);
    const source = builtInScenarioVersions()[0];
    if (!source) throw new Error('No built-in scenario.');
    const copy = await duplicateScenario(latest, testActor, source.id);
    expect(await latest.scenarios.where('lineageId').equals(copy.lineageId).primaryKeys()).toEqual([copy.id]);
    expect(await latest.scenarios.where('status').equals('draft').primaryKeys()).toEqual([copy.id]);
    expect((await verifyStoredAuditChain(latest)).ok).toBe(true);
    await latest.delete();
  });
});
