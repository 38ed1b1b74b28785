/**
 * Versions 7 (trust: checkpoint copies and trusted signers) and 9 (regulatory profiles) only add tables. Each is
 * tested from its predecessor: every existing table is exactly as it was, the new tables are there and empty, and
 * the audit chain still verifies.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase, openDatabaseAtVersion, type FirebreakDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

/** Every row of every table the database has, by table name. */
async function wholeTables(db: FirebreakDatabase, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await db.table(table).toArray();
  return rows;
}

async function upgradeAdds(from: number, to: number, added: readonly string[]): Promise<void> {
  const name = `firebreak-migration-v${to}-${Math.random().toString(36).slice(2)}`;
  // Rows written by this build's write path at the latest version, copied into a database at `from`.
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
  const before = await wholeTables(old, tables);
  old.close();
  await seeded.delete();

  const upgraded = openDatabaseAtVersion(name, to);
  await upgraded.open();
  expect(upgraded.verno).toBe(to);
  expect(await wholeTables(upgraded, tables)).toEqual(before);
  expect(await wholeTables(upgraded, added)).toEqual(Object.fromEntries(added.map((table) => [table, []])));
  expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
  await upgraded.delete();
}

describe('versions that only add tables', () => {
  it('version 7 adds the trust tables and changes nothing else', async () => {
    await upgradeAdds(6, 7, ['checkpoints', 'trustedSigners']);
  });

  it('version 9 adds regulatory profiles and changes nothing else', async () => {
    await upgradeAdds(8, 9, ['regulatoryProfiles']);
  });
});
