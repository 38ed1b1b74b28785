/**
 * Version 19 adds the observables and incident-link tables, with no data to move. Tested from its predecessor
 * (whichever version this build declares before 19): every existing table is exactly as it was, the new tables are
 * empty, the audit chain still verifies, and the new indexes answer (an observable written after the upgrade is
 * found by its normal form, a link by either end).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import {
  databaseVersions,
  openDatabase,
  openDatabaseAtVersion,
  type FirebreakDatabase,
} from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { linkIncidents } from '../../../../renderer/db/observables/links';
import { addObservable } from '../../../../renderer/db/observables/observables';
import { liveLinksOf, seenElsewhere } from '../../../../renderer/db/observables/queries';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

async function wholeTables(db: FirebreakDatabase, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await db.table(table).toArray();
  return rows;
}

const PREDECESSOR = Math.max(...[...databaseVersions().keys()].filter((version) => version < 19));

describe('version 19', () => {
  it('adds empty observables and incident-link tables and keeps every existing row', async () => {
    const name = `firebreak-migration-v19-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    const now = { now: () => Date.parse('2026-11-20T08:30:00.000Z') };
    const first = await declareIncident(seeded, testActor, promptInjectionDraft({ title: 'First incident' }), now);
    const second = await declareIncident(seeded, testActor, promptInjectionDraft({ title: 'Second incident' }), now);

    const old = openDatabaseAtVersion(name, PREDECESSOR);
    await old.open();
    const tables = old.tables.map((table) => table.name);
    expect(tables).not.toContain('observables');
    for (const table of ['incidents', 'incidentList', 'timeline', 'auditLog', 'meta']) {
      await old.table(table).bulkAdd(await seeded.table(table).toArray());
    }
    const before = await wholeTables(old, tables);
    old.close();
    await seeded.delete();

    const upgraded = openDatabaseAtVersion(name, 19);
    await upgraded.open();
    expect(upgraded.verno).toBe(19);
    expect(await wholeTables(upgraded, tables)).toEqual(before);
    expect(await wholeTables(upgraded, ['observables', 'incidentLinks'])).toEqual({
      observables: [],
      incidentLinks: [],
    });
    expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
    upgraded.close();

    const db = openDatabase(name);
    const mine = await addObservable(db, testActor, first.id, {
      kind: 'ip',
      value: '198.51.100.4',
      tlp: 'GREEN',
      pap: 'GREEN',
      firstSeen: null,
      lastSeen: null,
      evidenceId: null,
    });
    await addObservable(db, testActor, second.id, { ...mine, value: '198.51.100.4' });
    expect((await seenElsewhere(db, [mine])).get(mine.id)?.map((subject) => subject.ref)).toEqual([second.ref]);
    await linkIncidents(db, testActor, first.id, { otherIncidentId: second.id, choice: 'related' });
    expect((await liveLinksOf(db, second.id)).map((link) => link.from.ref)).toEqual([first.ref]);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
    await db.delete();
  });
});
