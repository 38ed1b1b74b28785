/**
 * Legal review mode as state of the database: turning it on or off is an audited write (who, when) that works in
 * review mode; while it is on, a write is refused inside its own transaction and leaves every table as it was; a
 * second connection to the same database (another window) sees the same mode.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/auditTrail';
import { openDatabase, type FirebreakDatabase } from '../../../renderer/db/database';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { readLegalReview, setLegalReview } from '../../../renderer/db/legalReview';
import { saveProfile } from '../../../renderer/db/profile';
import { LEGAL_REVIEW_REFUSAL } from '../../../shared/domain/legalReview';
import { WriteRefusedError } from '../../../shared/errors';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db?.delete();
});

async function everyTable(database: FirebreakDatabase): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of database.tables) tables[table.name] = await table.toArray();
  return tables;
}

describe('legal review mode', () => {
  it('records who turned it on and off, and when, each with its own audit entry', async () => {
    db = freshDatabase();
    const on = await setLegalReview(db, testActor, true, { now: () => Date.parse('2026-11-20T10:42:00.000Z') });
    const again = await setLegalReview(db, testActor, true);
    const reviewer = { ...testActor, name: 'Sam Okafor' };
    const off = await setLegalReview(db, reviewer, false, { now: () => Date.parse('2026-11-20T16:05:00.000Z') });

    expect([on, again, off, await readLegalReview(db)]).toEqual([
      { on: true, changedAt: '2026-11-20T10:42:00.000Z', changedBy: 'Dana Reyes' },
      { on: true, changedAt: '2026-11-20T10:42:00.000Z', changedBy: 'Dana Reyes' },
      { on: false, changedAt: '2026-11-20T16:05:00.000Z', changedBy: 'Sam Okafor' },
      { on: false, changedAt: '2026-11-20T16:05:00.000Z', changedBy: 'Sam Okafor' },
    ]);
    const audit = (await db.auditLog.toArray()).map(({ at, actor, entity, entityId, op }) => ({
      at,
      actor,
      entity,
      entityId,
      op,
    }));
    expect(audit).toEqual([
      {
        at: '2026-11-20T10:42:00.000Z',
        actor: 'Dana Reyes',
        entity: 'legalReview',
        entityId: 'legal-review',
        op: 'update',
      },
      {
        at: '2026-11-20T16:05:00.000Z',
        actor: 'Sam Okafor',
        entity: 'legalReview',
        entityId: 'legal-review',
        op: 'update',
      },
    ]);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });

  it('refuses a write inside its transaction and leaves every table unchanged', async () => {
    db = freshDatabase();
    await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    await setLegalReview(db, testActor, true);
    const before = await everyTable(db);

    await expect(declareIncident(db, testActor, promptInjectionDraft())).rejects.toThrow(
      new WriteRefusedError(LEGAL_REVIEW_REFUSAL),
    );
    await expect(saveProfile(db, { name: 'Dana Reyes', role: 'Reviewer' })).rejects.toBeInstanceOf(WriteRefusedError);
    expect(await everyTable(db)).toEqual(before);

    await setLegalReview(db, testActor, false);
    await declareIncident(db, testActor, promptInjectionDraft());
    expect(await db.incidents.count()).toBe(2);
  });

  it('is the same state for every connection to the database (every window and tab)', async () => {
    db = freshDatabase();
    const otherWindow = openDatabase(db.name);
    try {
      await setLegalReview(db, testActor, true);
      await expect(declareIncident(otherWindow, testActor, promptInjectionDraft())).rejects.toBeInstanceOf(
        WriteRefusedError,
      );
      expect((await readLegalReview(otherWindow))?.on).toBe(true);
    } finally {
      otherWindow.close();
    }
  });
});
