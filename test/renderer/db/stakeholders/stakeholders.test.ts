/**
 * The stakeholder registry and the notification log: audited writes, refusals in words that store nothing,
 * notifications on the timeline, and the plan recomputed (with what changed) in the same transaction as an edit.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { declareIncident, editIncident } from '../../../../renderer/db/incidents/incidents';
import { markNotified } from '../../../../renderer/db/stakeholders/notifications';
import { listStakeholders, liveNotificationLog } from '../../../../renderer/db/stakeholders/queries';
import {
  addStakeholder,
  changeStakeholder,
  removeStakeholder,
} from '../../../../renderer/db/stakeholders/stakeholders';
import type { StakeholderDraftInput } from '../../../../shared/domain/stakeholders/stakeholder';
import { liveTimelineOfSubject } from '../../../../renderer/db/timeline/queries';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => db.delete());

const dpo = {
  kind: 'person',
  name: 'Mira Okafor (DPO)',
  audience: 'dpo',
  regime: null,
  country: null,
  contacts: [
    { channel: 'email', value: 'dpo@example.org', outOfBand: false },
    { channel: 'phone', value: '+32 2 555 0101', outOfBand: true },
  ],
  channel: 'phone',
  notes: '',
} satisfies StakeholderDraftInput;

describe('stakeholder registry', () => {
  it('adds, changes and removes stakeholders and authorities, audited', async () => {
    db = freshDatabase();
    const person = await addStakeholder(db, testActor, dpo);
    await addStakeholder(db, testActor, {
      kind: 'authority',
      name: 'Autorité de protection des données',
      audience: null,
      regime: 'gdpr-art33',
      country: 'be',
      contacts: [{ channel: 'portal', value: 'https://www.autoriteprotectiondonnees.be', outOfBand: false }],
      channel: 'portal',
    });
    await changeStakeholder(db, testActor, person.id, { ...dpo, channel: 'email' });
    expect((await listStakeholders(db)).map(({ name, channel, country }) => [name, channel, country])).toEqual([
      ['Autorité de protection des données', 'portal', 'BE'],
      ['Mira Okafor (DPO)', 'email', null],
    ]);
    await removeStakeholder(db, testActor, person.id);
    expect((await listStakeholders(db)).map((stakeholder) => stakeholder.name)).toEqual([
      'Autorité de protection des données',
    ]);
    const audit = (await db.auditLog.toArray()).filter((entry) => entry.entity === 'stakeholder');
    expect(audit.map((entry) => entry.op)).toEqual(['create', 'create', 'update', 'delete']);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });

  it('refuses, in words and storing nothing, a stakeholder without contact, audience or an authority without regime', async () => {
    db = freshDatabase();
    await expect(addStakeholder(db, testActor, { ...dpo, contacts: [] })).rejects.toThrow(
      'Give at least one way to reach them.',
    );
    await expect(addStakeholder(db, testActor, { ...dpo, audience: null })).rejects.toThrow(
      'Say who they are to the notification plan.',
    );
    await expect(addStakeholder(db, testActor, { ...dpo, kind: 'authority', country: 'BE' })).rejects.toThrow(
      'Say which regime this authority receives.',
    );
    expect(await db.stakeholders.count()).toBe(0);
  });
});

describe('notification log', () => {
  it('marks an audience notified with who, when, channel and what was sent, on the timeline, once', async () => {
    db = freshDatabase();
    const incident = await declareIncident(
      db,
      testActor,
      promptInjectionDraft({ severity: 'SEV1' }),
      declaredAtFixture,
    );
    await markNotified(db, testActor, incident.id, {
      audience: 'executive',
      notifiedAt: '2026-11-20T08:40:00.000Z',
      by: 'Dana Reyes',
      channel: 'phone',
      sent: 'Briefed the CEO on the injection and the containment plan.',
    });
    const log = await liveNotificationLog(db, incident.id);
    expect(log?.notifications).toEqual([
      expect.objectContaining({ audience: 'executive', channel: 'phone', by: 'Dana Reyes', recordedBy: 'Dana Reyes' }),
    ]);
    const texts = (await liveTimelineOfSubject(db, incident.id)).map((entry) => [entry.kind, entry.text]);
    expect(texts).toContainEqual([
      'communication',
      'Notified Executive team by phone (Dana Reyes). Sent: Briefed the CEO on the injection and the containment plan.',
    ]);
    await expect(
      markNotified(db, testActor, incident.id, {
        audience: 'executive',
        notifiedAt: '2026-11-20T08:41:00.000Z',
        by: 'Dana Reyes',
        channel: 'email',
        sent: 'Again.',
      }),
    ).rejects.toThrow('Executive team was already notified.');
    await expect(
      markNotified(db, testActor, incident.id, {
        audience: 'legal',
        notifiedAt: '2026-11-20T08:41:00.000Z',
        by: '',
        channel: 'email',
        sent: 'x',
      }),
    ).rejects.toThrow('Say who notified them.');
    expect((await liveNotificationLog(db, incident.id))?.rev).toBe(1);
  });

  it('recomputes the plan when severity or flags change, saying what changed, in the edit’s transaction', async () => {
    db = freshDatabase();
    const draft = promptInjectionDraft({ severity: 'SEV2', impactFlags: [] });
    const incident = await declareIncident(db, testActor, draft, declaredAtFixture);
    expect(await liveNotificationLog(db, incident.id)).toBeUndefined();
    await editIncident(db, testActor, incident.id, { ...draft, severity: 'SEV1', impactFlags: ['personal-data'] });
    const log = await liveNotificationLog(db, incident.id);
    expect(log?.basis).toMatchObject({ severity: 'SEV1', impactFlags: ['personal-data'] });
    expect(log?.changes.map((change) => change.what)).toEqual([
      'Notification plan recomputed: severity SEV2 → SEV1; personal data involved flagged: Executive team: Standard (≤ 24 h) → Immediate (≤ 15 min); Security: Standard (≤ 24 h) → Immediate (≤ 15 min); Legal: Standard (≤ 24 h) → Immediate (≤ 15 min); Communications: Standard (≤ 24 h) → Immediate (≤ 15 min); Data protection officer added (Immediate (≤ 15 min)); Affected users added (Urgent (≤ 1 h)).',
    ]);
    const texts = (await liveTimelineOfSubject(db, incident.id)).map((entry) => entry.text);
    expect(texts).toContain(log?.changes[0]?.what);
    // An edit that touches neither severity nor flags leaves the plan alone.
    await editIncident(db, testActor, incident.id, {
      ...draft,
      severity: 'SEV1',
      impactFlags: ['personal-data'],
      title: 'Support assistant follows injected instructions (confirmed)',
    });
    expect((await liveNotificationLog(db, incident.id))?.changes).toHaveLength(1);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });
});
