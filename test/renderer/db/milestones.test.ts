import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { recordMilestone } from '../../../renderer/db/incidents/milestones';
import { WriteRefusedError } from '../../../shared/errors';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db?.delete();
});

async function contents(database: FirebreakDatabase) {
  return {
    incidents: await database.incidents.toArray(),
    timeline: await database.timeline.toArray(),
    audit: await database.auditLog.count(),
  };
}

describe('recording milestones', () => {
  it('stores containment as a fact with who recorded it, on the timeline and in the audit log', async () => {
    db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    const recorded = await recordMilestone(db, testActor, incident.id, {
      milestone: 'contained',
      at: '2026-11-20T08:10:00.000Z',
      note: 'Kill switch flipped; no further tool calls.',
    });
    expect(recorded.milestones.contained).toMatchObject({
      at: '2026-11-20T08:10:00.000Z',
      recordedBy: 'Dana Reyes',
      recordedById: testActor.personId,
      evidenceIds: [],
      note: 'Kill switch flipped; no further tool calls.',
    });
    expect(recorded.phase).toBe('detection-analysis');
    const entries = (await db.timeline.toArray()).filter((entry) => entry.kind === 'milestone');
    expect(entries.map((entry) => [entry.occurredAt, entry.text])).toEqual([
      ['2026-11-20T08:10:00.000Z', 'Contained: recorded.'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 4 });

    const corrected = await recordMilestone(db, testActor, incident.id, {
      milestone: 'contained',
      at: '2026-11-20T08:12:00.000Z',
    });
    expect(corrected.milestones.contained?.at).toBe('2026-11-20T08:12:00.000Z');
    const second = (await db.timeline.toArray()).filter((entry) => entry.kind === 'milestone').at(-1);
    expect(second).toMatchObject({
      text: 'Contained: corrected the recorded time.',
      replacedAt: '2026-11-20T08:10:00.000Z',
    });
  });

  it('refuses a milestone in the future, recovery before containment, or evidence of another incident, changing nothing', async () => {
    db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    await recordMilestone(db, testActor, incident.id, { milestone: 'contained', at: '2026-11-20T09:00:00.000Z' });
    const before = await contents(db);
    await expect(
      recordMilestone(db, testActor, incident.id, { milestone: 'recovered', at: '2099-01-01T00:00:00.000Z' }),
    ).rejects.toThrow(new WriteRefusedError('Recovered cannot be in the future.'));
    await expect(
      recordMilestone(db, testActor, incident.id, { milestone: 'recovered', at: '2026-11-20T08:00:00.000Z' }),
    ).rejects.toThrow(new WriteRefusedError('Recovered cannot be before contained.'));
    await expect(
      recordMilestone(db, testActor, incident.id, {
        milestone: 'recovered',
        at: '2026-11-20T10:00:00.000Z',
        evidenceIds: ['0190a000-0000-7000-8000-0000000000ff'],
      }),
    ).rejects.toThrow(new WriteRefusedError('Cite only evidence held for this incident.'));
    expect(await contents(db)).toEqual(before);
  });
});
