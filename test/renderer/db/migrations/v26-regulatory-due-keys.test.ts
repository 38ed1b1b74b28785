/**
 * Version 26 re-keys the due-soon projection: one index key per open clock instead of the bare due instants. Tested
 * from its predecessor: a row stored in version 17's shape (two clocks due at one instant, one index entry) is made
 * again from the profile with one key per clock, every other table is exactly as it was, and the audit chain still
 * verifies with the upgrade's own entry.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { regulatoryDueWindow } from '../../../../renderer/db/regulatory/queries';
import { addRegime } from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';
import { expectKeptWithOwnEntry, upgradeFromPredecessor } from './upgradeFromPredecessor';

describe('version 26', () => {
  it('makes the due-soon projection again with one key per open clock', async () => {
    const name = `firebreak-migration-v26-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    const now = { now: () => Date.parse('2026-11-20T08:30:00.000Z') };
    const incident = await declareIncident(seeded, testActor, promptInjectionDraft(), now);
    const where = { timeZone: 'Europe/Brussels', country: 'BE' } as const;
    await addRegime(seeded, testActor, incident.id, { regime: 'gdpr-art33', reason: 'Names exposed.', ...where });
    await addRegime(seeded, testActor, incident.id, { regime: 'nis2-art23', reason: 'Essential entity.', ...where });
    const [current] = await seeded.regulatoryDue.toArray();
    const { dueKeys: _keys, ...rest } = current!;
    // The row as version 17 stored it: the bare instants, GDPR's and NIS2's notification merged into one.
    const olderRow = { ...rest, dueTimes: [...new Set(current!.items.map((item) => item.dueAt))] };
    expect(olderRow.dueTimes).toHaveLength(current!.items.length - 1);

    const upgrade = await upgradeFromPredecessor(name, 26, seeded, {
      copied: ['incidents', 'timeline', 'auditLog', 'meta', 'regulatoryProfiles'],
      older: { regulatoryDue: [olderRow] },
      notCompared: ['regulatoryDue'],
    });
    await expectKeptWithOwnEntry(upgrade);
    const { upgraded } = upgrade;
    expect(await upgraded.table('regulatoryDue').toArray()).toEqual([current]);
    expect(current!.dueKeys).toEqual([
      '2026-11-23T08:25:00.000Z|gdpr-art33:authority',
      '2026-11-21T08:25:00.000Z|nis2-art23:early-warning',
      '2026-11-23T08:25:00.000Z|nis2-art23:notification',
    ]);
    expect((await regulatoryDueWindow(upgraded, '2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z')).total).toBe(2);
    await upgraded.delete();
  });
});
