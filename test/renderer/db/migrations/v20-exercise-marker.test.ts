/**
 * Version 20 from its predecessor: the register's projection is made again so practice incidents' rows carry the
 * EXERCISE marker; the records and the audit chain stay as they were, and the upgrade is recorded.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { databaseVersions, openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { toListItem, type IncidentListItem } from '../../../../renderer/db/incidents/incidentList';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

describe('upgrade to version 20: the register marks practice incidents; the metrics index can be saved', () => {
  it('remakes every row from the records, marking the practice incident only', async () => {
    const name = `firebreak-migration-v20-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    const now = { now: () => Date.parse('2026-11-20T08:30:00.000Z') };
    const real = await declareIncident(seeded, testActor, promptInjectionDraft({ title: 'Gateway jailbreak' }), now);
    const practice = await declareIncident(seeded, testActor, promptInjectionDraft({ title: 'Practice: HelpBot' }), {
      ...now,
      exercise: { exerciseId: '0190a000-0000-7000-8000-0000000000e1', ref: 'EX-2026-0001' },
    });
    const incidents = await seeded.incidents.toArray();
    const auditLog = await seeded.auditLog.toArray();
    const meta = await seeded.meta.toArray();
    await seeded.delete();

    // The rows as the version before 20 wrote them: no marker.
    const previous = Math.max(...[...databaseVersions().keys()].filter((version) => version < 20));
    const older = openDatabaseAtVersion(name, previous);
    await older.open();
    await older.table('incidents').bulkAdd(incidents);
    await older.table('incidentList').bulkAdd(
      incidents.map((incident): IncidentListItem => {
        const { exercise: _marker, ...row } = toListItem(incident)!;
        return row;
      }),
    );
    await older.table('auditLog').bulkAdd(auditLog);
    await older.table('meta').bulkPut(meta);
    older.close();

    const db = openDatabaseAtVersion(name, 20);
    await db.open();
    expect(db.verno).toBe(20);
    // The metrics worker's saved index starts empty: the first dashboard makes it.
    expect(await db.metricsSnapshot.count()).toBe(0);
    expect(await db.incidents.toArray()).toEqual(incidents);
    const rows = await db.incidentList.toArray();
    expect(rows).toEqual(incidents.map((incident) => toListItem(incident)));
    expect(rows.filter((row) => row.exercise === true).map((row) => row.id)).toEqual([practice.id]);
    expect(rows.find((row) => row.id === real.id)).not.toHaveProperty('exercise');
    const entries = await db.auditLog.toArray();
    expect(entries.slice(auditLog.length).map((entry) => [entry.entity, entry.entityId, entry.op])).toEqual([
      ['database', 'version-20', 'migrate'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: auditLog.length + 1 });
    await db.delete();
  });
});
