/**
 * Version 18 (regulatory filings and messages per audience) only adds tables: tested from the version before it,
 * every existing table is exactly as it was, the new tables are there and empty, and the audit chain still verifies.
 */
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { databaseVersions, openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { addRegime } from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

it('version 18 adds filings and audience messages and changes nothing else', async () => {
  const from = Math.max(...[...databaseVersions().keys()].filter((version) => version < 18));
  const name = `firebreak-migration-v18-${Math.random().toString(36).slice(2)}`;
  const seeded = openDatabase(`${name}-seed`);
  const incident = await declareIncident(seeded, testActor, promptInjectionDraft(), {
    now: () => Date.parse('2026-11-20T08:30:00.000Z'),
  });
  await addRegime(seeded, testActor, incident.id, {
    regime: 'gdpr-art33',
    reason: 'Customer e-mail addresses were exposed.',
    timeZone: 'Europe/Brussels',
    country: 'BE',
  });
  const old = openDatabaseAtVersion(name, from);
  await old.open();
  const tables = old.tables.map((table) => table.name);
  for (const table of ['incidents', 'timeline', 'auditLog', 'meta', 'regulatoryProfiles', 'regulatoryDue']) {
    await old.table(table).bulkAdd(await seeded.table(table).toArray());
  }
  const whole = async (db: typeof old, names: readonly string[]) =>
    Object.fromEntries(await Promise.all(names.map(async (table) => [table, await db.table(table).toArray()])));
  const before = await whole(old, tables);
  old.close();
  await seeded.delete();

  const upgraded = openDatabaseAtVersion(name, 18);
  await upgraded.open();
  expect(await whole(upgraded, tables)).toEqual(before);
  expect(await whole(upgraded, ['filings', 'audienceMessages'])).toEqual({ filings: [], audienceMessages: [] });
  expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
  await upgraded.delete();
});
