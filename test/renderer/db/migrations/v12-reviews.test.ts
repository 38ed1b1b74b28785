/**
 * Version 12 (post-incident reviews and their action items) only adds tables: tested from the version before it, every
 * existing table is exactly as it was, the new tables are there and empty, and the audit chain still verifies.
 */
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { databaseVersions, openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

it('version 12 adds reviews and action items and changes nothing else', async () => {
  const from = Math.max(...[...databaseVersions().keys()].filter((version) => version < 12));
  const name = `firebreak-migration-v12-${Math.random().toString(36).slice(2)}`;
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
  const whole = async (db: typeof old, names: readonly string[]) =>
    Object.fromEntries(await Promise.all(names.map(async (table) => [table, await db.table(table).toArray()])));
  const before = await whole(old, tables);
  old.close();
  await seeded.delete();

  const upgraded = openDatabaseAtVersion(name, 12);
  await upgraded.open();
  expect(await whole(upgraded, tables)).toEqual(before);
  expect(await whole(upgraded, ['reviews', 'actionItems'])).toEqual({ reviews: [], actionItems: [] });
  expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
  await upgraded.delete();
});
