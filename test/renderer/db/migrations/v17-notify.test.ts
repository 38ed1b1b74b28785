/**
 * Version 17 adds the stakeholder registry, the notification logs and the due-soon projection of regulatory
 * profiles. Tested from its predecessor (whichever version this build declares before 17): every existing table is
 * exactly as it was, the new registry tables are empty, the projection holds the open deadlines of the existing
 * profiles (none for an exercise), and the audit chain still verifies with the upgrade's own entry.
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
import { addRegime } from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

async function wholeTables(db: FirebreakDatabase, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await db.table(table).toArray();
  return rows;
}

const PREDECESSOR = Math.max(...[...databaseVersions().keys()].filter((version) => version < 17));

describe('version 17', () => {
  it('adds the stakeholder tables and fills the due-soon projection from existing profiles', async () => {
    const name = `firebreak-migration-v17-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    const now = { now: () => Date.parse('2026-11-20T08:30:00.000Z') };
    const incident = await declareIncident(seeded, testActor, promptInjectionDraft(), now);
    await addRegime(seeded, testActor, incident.id, {
      regime: 'gdpr-art33',
      reason: 'Customer e-mail addresses were exposed.',
      timeZone: 'Europe/Brussels',
      country: 'BE',
    });
    // A profile as the predecessor stored it: without the incident snapshot and due-date history of this build.
    const [profile] = await seeded.regulatoryProfiles.toArray();
    const { incident: _snapshot, dueHistory: _history, ...olderProfile } = profile!;

    const old = openDatabaseAtVersion(name, PREDECESSOR);
    await old.open();
    const tables = old.tables.map((table) => table.name);
    for (const table of ['incidents', 'timeline', 'auditLog', 'meta']) {
      await old.table(table).bulkAdd(await seeded.table(table).toArray());
    }
    await old.table('regulatoryProfiles').add(olderProfile);
    const before = await wholeTables(old, tables);
    old.close();
    await seeded.delete();

    const upgraded = openDatabaseAtVersion(name, 17);
    await upgraded.open();
    expect(upgraded.verno).toBe(17);
    const after = await wholeTables(upgraded, tables);
    const { auditLog: auditAfter, meta: _meta, ...restAfter } = after;
    const { auditLog: auditBefore, meta: _metaBefore, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect(auditAfter?.slice(0, auditBefore?.length)).toEqual(auditBefore);
    expect(auditAfter?.at(-1)).toMatchObject({ entity: 'database', entityId: 'version-17', op: 'migrate' });
    expect(await wholeTables(upgraded, ['stakeholders', 'notificationLogs'])).toEqual({
      stakeholders: [],
      notificationLogs: [],
    });
    expect(await upgraded.table('regulatoryDue').toArray()).toEqual([
      {
        id: profile!.id,
        subjectId: incident.id,
        ref: incident.ref,
        // The upgrade runs today's projection (version 26's keys, one per clock); version 26 rebuilds it anyway.
        dueKeys: ['2026-11-23T08:25:00.000Z|gdpr-art33:authority'],
        items: [
          {
            regime: 'gdpr-art33',
            stage: 'authority',
            title: expect.any(String),
            dueAt: '2026-11-23T08:25:00.000Z',
          },
        ],
      },
    ]);
    expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
    await upgraded.delete();
  });
});
