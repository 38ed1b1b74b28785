/**
 * Version 17 adds the stakeholder registry, the notification logs and the due-soon projection of regulatory
 * profiles. Tested from its predecessor (whichever version this build declares before 17): every existing table is
 * exactly as it was, the new registry tables are empty, the projection holds the open deadlines of the existing
 * profiles (none for an exercise), and the audit chain still verifies with the upgrade's own entry.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { addRegime } from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';
import { expectKeptWithOwnEntry, upgradeFromPredecessor, wholeTables } from './upgradeFromPredecessor';

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

    const upgrade = await upgradeFromPredecessor(name, 17, seeded, {
      copied: ['incidents', 'timeline', 'auditLog', 'meta'],
      older: { regulatoryProfiles: [olderProfile] },
    });
    await expectKeptWithOwnEntry(upgrade);
    const { upgraded } = upgrade;
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
    await upgraded.delete();
  });
});
