/** Version 8 from its predecessor: the register's projection is filled from the stored incidents, which stay as they were. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { toListItem } from '../../../../renderer/db/incidents/incidentList';
import { writeTransaction } from '../../../../renderer/db/write';
import type { Incident } from '../../../../shared/domain/incidents/incident';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

/** More incidents than one page of the upgrade (2,000), one of them deleted, one with a field from a newer build. */
const COUNT = 2_105;

describe('upgrade to version 8: the register projection', () => {
  it('lists every live incident as a rebuild would, keeps the records and the audit chain, and records the upgrade', async () => {
    const name = `firebreak-migration-v8-${Math.random().toString(36).slice(2)}`;
    // Records as version 7 stored them: made by the write path of a seed database, then copied with their log.
    const seeded = openDatabase(`${name}-seed`);
    const incident = await declareIncident(seeded, testActor, promptInjectionDraft({ title: 'Gateway jailbreak' }), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    await writeTransaction(seeded, testActor, async (writer) => {
      writer.softDelete('incident', incident);
    });
    const template = (await seeded.incidents.get(incident.id)) as Incident;
    const auditLog = await seeded.auditLog.toArray();
    const meta = await seeded.meta.toArray();
    await seeded.delete();
    const incidents: Record<string, unknown>[] = [template];
    for (let i = 1; i < COUNT; i++) {
      const suffix = String(i).padStart(12, '0');
      incidents.push({
        ...template,
        id: `0190a000-0000-7000-8000-${suffix}`,
        ref: `INC-2026-${String(i).padStart(5, '0')}`,
        title: `Incident ${i}`,
        deletedAt: null,
        ...(i === 7 ? { customField: 'kept from a newer build' } : {}),
      });
    }
    const v7 = openDatabaseAtVersion(name, 7);
    await v7.open();
    await v7.table('incidents').bulkAdd(incidents);
    await v7.table('auditLog').bulkAdd(auditLog);
    await v7.table('meta').bulkPut(meta);
    const before = await v7.table('incidents').toArray();
    v7.close();

    const db = openDatabaseAtVersion(name, 8);
    await db.open();
    expect(db.verno).toBe(8);
    const stored = await db.incidents.toArray();
    expect(stored).toEqual(before);
    expect(await db.incidentList.toArray()).toEqual(stored.flatMap((record) => toListItem(record) ?? []));
    expect(await db.incidentList.count()).toBe(COUNT - 1);
    const entries = await db.auditLog.toArray();
    expect(entries.slice(0, auditLog.length)).toEqual(auditLog);
    expect(entries.slice(auditLog.length).map((entry) => [entry.entity, entry.entityId, entry.op])).toEqual([
      ['database', 'version-8', 'migrate'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: auditLog.length + 1 });
    await db.delete();
  });
});
