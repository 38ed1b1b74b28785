import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { chainEntries, verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { EMPTY_AUDIT_HEAD } from '../../../../shared/domain/audit';
import { hashValue } from '../../../../shared/domain/hash';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

describe('upgrade to version 4: the evidence locker', () => {
  it('adds the evidence tables empty, keeps every existing table as it was, and records the upgrade', async () => {
    const name = `firebreak-migration-v4-${Math.random().toString(36).slice(2)}`;
    // The database as version 3 left it: every store layout up to 3.
    const v3 = openDatabaseAtVersion(name, 3);
    await v3.open();
    const seeded = openDatabase(`${name}-seed`);
    const incident = await declareIncident(seeded, testActor, promptInjectionDraft(), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    const timeline = await seeded.timeline.toArray();
    await seeded.delete();
    const audit = chainEntries(EMPTY_AUDIT_HEAD, [
      {
        at: incident.createdAt,
        actor: 'Dana Reyes',
        entity: 'incident',
        entityId: incident.id,
        op: 'create',
        valueHash: hashValue(incident),
      },
    ]);
    await v3.table('incidents').add({ ...incident, unknownField: 'kept' });
    await v3.table('timeline').bulkAdd(timeline);
    await v3.table('auditLog').bulkAdd(audit.entries);
    await v3.table('meta').bulkAdd([{ key: 'audit-head', value: audit.head }]);
    const before = {
      incidents: await v3.table('incidents').toArray(),
      timeline: await v3.table('timeline').toArray(),
    };
    v3.close();

    const db = openDatabaseAtVersion(name, 4);
    await db.open();
    expect(db.verno).toBe(4);
    expect({ incidents: await db.incidents.toArray(), timeline: await db.timeline.toArray() }).toEqual(before);
    expect({
      evidence: await db.evidence.count(),
      content: await db.evidenceContent.count(),
      chunks: await db.evidenceChunks.count(),
      intakes: await db.evidenceIntakes.count(),
      custody: await db.custody.count(),
    }).toEqual({ evidence: 0, content: 0, chunks: 0, intakes: 0, custody: 0 });
    const entries = await db.auditLog.toArray();
    expect(entries.slice(0, 1)).toEqual(audit.entries);
    expect(entries.slice(1).map((entry) => [entry.seq, entry.entity, entry.entityId, entry.op])).toEqual([
      [2, 'database', 'version-4', 'migrate'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 2 });
    await db.delete();
  });
});
