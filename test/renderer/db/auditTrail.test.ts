import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT_HEAD_KEY, verifyStoredAuditChain } from '../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { changePhase, declareIncident } from '../../../renderer/db/incidents/incidents';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db?.delete();
});

/** Six audit entries: declare (2), phase change (2), phase change (2). */
async function workedIncident(): Promise<FirebreakDatabase> {
  const database = freshDatabase();
  const incident = await declareIncident(database, testActor, promptInjectionDraft(), declaredAtFixture);
  await changePhase(database, testActor, incident.id, { to: 'containment', occurredAt: '2026-11-20T09:00:00.000Z' });
  await changePhase(database, testActor, incident.id, { to: 'eradication', occurredAt: '2026-11-20T10:00:00.000Z' });
  return database;
}

describe('the stored audit log', () => {
  it('verifies when untouched', async () => {
    db = await workedIncident();
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 6 });
  });

  it('detects an entry edited directly in IndexedDB', async () => {
    db = await workedIncident();
    await db.auditLog.update(3, { actor: 'Someone else' });
    expect(await verifyStoredAuditChain(db)).toEqual({
      ok: false,
      seq: 3,
      problem: 'Entry 3 was altered after it was written.',
    });
  });

  it('detects an entry deleted from the middle', async () => {
    db = await workedIncident();
    await db.auditLog.delete(4);
    expect(await verifyStoredAuditChain(db)).toEqual({ ok: false, seq: 4, problem: 'Entry 4 is missing.' });
  });

  it('detects the newest entry deleted', async () => {
    db = await workedIncident();
    await db.auditLog.delete(6);
    expect(await verifyStoredAuditChain(db)).toEqual({ ok: false, seq: 6, problem: 'Entry 6 is missing.' });
  });

  it('detects two entries swapped', async () => {
    db = await workedIncident();
    const [second, third] = await db.auditLog.bulkGet([2, 3]);
    await db.auditLog.bulkPut([
      { ...third!, seq: 2 },
      { ...second!, seq: 3 },
    ]);
    expect(await verifyStoredAuditChain(db)).toEqual({
      ok: false,
      seq: 2,
      problem: 'Entry 2 does not link to entry 1.',
    });
  });

  it('detects a rewritten tail whose head anchor was not moved', async () => {
    db = await workedIncident();
    const head = await db.meta.get(AUDIT_HEAD_KEY);
    await db.auditLog.delete(6);
    await db.meta.put({ key: AUDIT_HEAD_KEY, value: head?.value });
    await db.auditLog.delete(5);
    expect(await verifyStoredAuditChain(db)).toEqual({ ok: false, seq: 5, problem: 'Entry 5 is missing.' });
  });
});
