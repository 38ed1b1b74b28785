/**
 * Version 30 from its predecessor: the register's search words are made (from the projection's search text) the same
 * as from the stored incidents, the projection gains its severity, phase and type indexes over the rows it holds;
 * records, rows and the audit chain stay as they were, the upgrade is recorded, and it reports its progress for the
 * splash screen while it runs (and clears it when done).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { databaseVersions, openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { toSearchRow } from '../../../../renderer/db/incidents/incidentSearch';
import { requireLiveIncident } from '../../../../renderer/db/incidents/queries';
import {
  subscribeUpgradeProgress,
  upgradeProgress,
  type UpgradeProgress,
} from '../../../../renderer/db/upgradeProgress';
import { writeTransaction } from '../../../../renderer/db/write';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

describe('upgrade to version 30: the register search words', () => {
  it('indexes every live incident from its record and lets the projection be read by severity, phase and type', async () => {
    const name = `firebreak-migration-v30-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    const now = { now: () => Date.parse('2026-11-20T08:30:00.000Z') };
    const kept = await declareIncident(seeded, testActor, promptInjectionDraft({ title: 'Gateway jailbreak' }), now);
    const other = await declareIncident(
      seeded,
      testActor,
      promptInjectionDraft({ title: 'Claims model drift', severity: 'SEV1' }),
      now,
    );
    const gone = await declareIncident(seeded, testActor, promptInjectionDraft({ title: 'Retired' }), now);
    await writeTransaction(seeded, testActor, async (writer) => {
      writer.softDelete('incident', await requireLiveIncident(seeded, gone.id));
    });
    const incidents = await seeded.incidents.toArray();
    const listed = await seeded.incidentList.toArray();
    const auditLog = await seeded.auditLog.toArray();
    const meta = await seeded.meta.toArray();
    await seeded.delete();

    const previous = Math.max(...[...databaseVersions().keys()].filter((version) => version < 30));
    const older = openDatabaseAtVersion(name, previous);
    await older.open();
    expect(older.tables.map((table) => table.name)).not.toContain('incidentSearch');
    await older.table('incidents').bulkAdd(incidents);
    await older.table('incidentList').bulkAdd(listed);
    await older.table('auditLog').bulkAdd(auditLog);
    await older.table('meta').bulkPut(meta);
    older.close();

    const reports: (UpgradeProgress | undefined)[] = [];
    const stop = subscribeUpgradeProgress(() => reports.push(upgradeProgress()));
    const db = openDatabaseAtVersion(name, 30);
    await db.open();
    stop();
    const task = 'Indexing incident search words';
    expect(reports).toEqual([
      { version: 30, task, done: 0, total: 2 },
      { version: 30, task, done: 2, total: 2 },
      undefined,
    ]);
    expect(db.verno).toBe(30);
    expect(await db.incidents.toArray()).toEqual(incidents);
    expect(await db.incidentList.toArray()).toEqual(listed);
    const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);
    expect((await db.incidentSearch.toArray()).sort(byId)).toEqual(
      [kept, other].map((incident) => toSearchRow(incidents.find((stored) => stored.id === incident.id)!)!).sort(byId),
    );
    expect(await db.incidentSearch.where('words').startsWith('jail').primaryKeys()).toEqual([kept.id]);
    expect(await db.incidentList.where('severity').equals('SEV1').primaryKeys()).toEqual([other.id]);
    expect((await db.incidentList.where('phase').equals('detection-analysis').primaryKeys()).sort()).toEqual(
      [kept.id, other.id].sort(),
    );
    expect((await db.incidentList.where('types').equals('prompt-injection').primaryKeys()).sort()).toEqual(
      [kept.id, other.id].sort(),
    );
    const entries = await db.auditLog.toArray();
    expect(entries.slice(auditLog.length).map((entry) => [entry.entity, entry.entityId, entry.op])).toEqual([
      ['database', 'version-30', 'migrate'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: auditLog.length + 1 });
    await db.delete();
  });
});
