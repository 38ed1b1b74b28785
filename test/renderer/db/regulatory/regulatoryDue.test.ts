/**
 * The due-soon projection: written beside each profile, it lists open deadlines across incidents by time, drops a
 * clock once submitted, follows a death that moves the AI Act clock, matches a rebuild, and has no row for exercises.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { regulatoryDueBetween, regulatoryDueWindow } from '../../../../renderer/db/regulatory/queries';
import { rebuildRegulatoryDue } from '../../../../renderer/db/regulatory/regulatoryDue';
import { addRegime, recordFacts, recordSubmission } from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { writeTransaction } from '../../../../renderer/db/write';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => db.delete());

const where = { timeZone: 'Europe/Brussels', country: 'BE' } as const;

describe('due-soon projection', () => {
  it('lists open deadlines across incidents in a window, follows facts and submissions, matches a rebuild', async () => {
    db = freshDatabase();
    const first = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    const second = await declareIncident(
      db,
      testActor,
      promptInjectionDraft({ awareAt: '2026-11-20T08:15:00.000Z' }),
      declaredAtFixture,
    );
    await addRegime(db, testActor, first.id, { regime: 'gdpr-art33', reason: 'E-mail addresses exposed.', ...where });
    await addRegime(db, testActor, second.id, { regime: 'gdpr-art33', reason: 'Names exposed.', ...where });
    await addRegime(db, testActor, second.id, { regime: 'eu-ai-act-art73', reason: 'High-risk system.', ...where });

    const window = ['2026-11-22T12:00:00.000Z', '2026-11-23T12:00:00.000Z'] as const;
    expect((await regulatoryDueBetween(db, ...window)).map(({ ref, regime, dueAt }) => [ref, regime, dueAt])).toEqual([
      [second.ref, 'gdpr-art33', '2026-11-23T08:15:00.000Z'],
      [first.ref, 'gdpr-art33', '2026-11-23T08:25:00.000Z'],
    ]);

    await recordSubmission(db, testActor, first.id, {
      regime: 'gdpr-art33',
      stage: 'authority',
      submittedAt: '2026-11-20T08:29:00.000Z',
    });
    await recordFacts(db, testActor, second.id, { death: true });
    expect((await regulatoryDueBetween(db, ...window)).map(({ ref }) => ref)).toEqual([second.ref]);
    expect(
      (await regulatoryDueBetween(db, '2026-11-30T00:00:00.000Z', '2026-12-01T00:00:00.000Z')).map(
        ({ regime, dueAt }) => [regime, dueAt],
      ),
    ).toEqual([['eu-ai-act-art73', '2026-11-30T22:59:59.999Z']]);

    const maintained = await db.regulatoryDue.toArray();
    await db.transaction('rw', ['regulatoryProfiles', 'incidents', 'regulatoryDue'], async (tx) => {
      await rebuildRegulatoryDue(tx);
    });
    expect(await db.regulatoryDue.toArray()).toEqual(maintained);
  });

  it('counts every deadline in the window and reads only the earliest ones asked for', async () => {
    db = freshDatabase();
    const refs: string[] = [];
    // Three incidents aware a minute apart, each with GDPR (72 h) and NIS2 (24 h early warning, 72 h notification):
    // GDPR and the NIS2 notification fall due at the same instant and are two deadlines, not one.
    for (const minute of ['11', '12', '13']) {
      const incident = await declareIncident(
        db,
        testActor,
        promptInjectionDraft({ awareAt: `2026-11-20T08:${minute}:00.000Z` }),
        declaredAtFixture,
      );
      refs.push(incident.ref);
      await addRegime(db, testActor, incident.id, { regime: 'gdpr-art33', reason: 'Names exposed.', ...where });
      await addRegime(db, testActor, incident.id, { regime: 'nis2-art23', reason: 'Essential entity.', ...where });
    }
    const window = ['2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z'] as const;
    const all = await regulatoryDueWindow(db, ...window);
    expect(all.total).toBe(6);
    expect(all.items.map(({ ref, regime, dueAt }) => [ref, regime, dueAt.slice(11, 16)])).toEqual([
      [refs[0], 'gdpr-art33', '08:11'],
      [refs[0], 'nis2-art23', '08:11'],
      [refs[1], 'gdpr-art33', '08:12'],
      [refs[1], 'nis2-art23', '08:12'],
      [refs[2], 'gdpr-art33', '08:13'],
      [refs[2], 'nis2-art23', '08:13'],
    ]);
    const first = await regulatoryDueWindow(db, ...window, 3);
    expect({ total: first.total, items: first.items }).toEqual({ total: 6, items: all.items.slice(0, 3) });
    // The window's end is excluded: a deadline due exactly then is not in it.
    expect((await regulatoryDueWindow(db, window[0], '2026-11-23T08:12:00.000Z')).total).toBe(2);
  });

  it('has no row for an exercise', async () => {
    db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    await writeTransaction(db, testActor, async (writer) => {
      const stored = await db.incidents.get(incident.id);
      writer.update('incident', stored!, {
        exercise: { exerciseId: '0190a000-0000-7000-8000-0000000000e1', ref: 'EX-2026-01' },
      });
    });
    await addRegime(db, testActor, incident.id, { regime: 'gdpr-art33', reason: 'Practice.', ...where });
    expect(await db.regulatoryDue.count()).toBe(0);
  });
});
