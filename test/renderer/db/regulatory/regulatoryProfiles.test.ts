/**
 * Regulatory profiles: regimes added and removed with reasons, anchor events and submissions recorded with who and
 * when, each write audited and on the incident's timeline; bad input refused in words, storing nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { liveRegulatoryProfile } from '../../../../renderer/db/regulatory/queries';
import {
  addRegime,
  recordAnchorEvent,
  recordSubmission,
  removeRegime,
} from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { liveTimelineOfSubject } from '../../../../renderer/db/timeline/queries';
import { computeRegulatoryClocks } from '../../../../shared/domain/regulatory/clockEngine';
import { clockInputOf } from '../../../../shared/domain/regulatory/regulatoryProfile';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => db.delete());

const gdpr = {
  regime: 'gdpr-art33',
  reason: 'Customer e-mail addresses were exposed.',
  timeZone: 'Europe/Brussels',
  country: 'be',
} as const;

async function declared() {
  db = freshDatabase();
  return declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
}

describe('regulatory profiles', () => {
  it('adds and removes regimes with reasons, audited and on the timeline', async () => {
    const incident = await declared();
    await addRegime(db, testActor, incident.id, gdpr);
    await addRegime(db, testActor, incident.id, {
      ...gdpr,
      regime: 'eu-ai-act-art73',
      reason: 'A high-risk AI system we provide was involved.',
    });
    await removeRegime(db, testActor, incident.id, { regime: 'gdpr-art33', reason: 'The data was synthetic.' });

    const profile = await liveRegulatoryProfile(db, incident.id);
    expect(profile).toMatchObject({
      country: 'BE',
      timeZone: 'Europe/Brussels',
      regimes: [{ regime: 'eu-ai-act-art73', reason: 'A high-risk AI system we provide was involved.' }],
      createdBy: 'Dana Reyes',
      rev: 3,
    });
    expect(profile?.regimeChanges.map(({ regime, change, reason }) => [regime, change, reason])).toEqual([
      ['gdpr-art33', 'added', 'Customer e-mail addresses were exposed.'],
      ['eu-ai-act-art73', 'added', 'A high-risk AI system we provide was involved.'],
      ['gdpr-art33', 'removed', 'The data was synthetic.'],
    ]);
    const audit = (await db.auditLog.toArray()).filter((entry) => entry.entity === 'regulatoryProfile');
    expect(audit.map((entry) => entry.op)).toEqual(['create', 'update', 'update']);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
    const texts = (await liveTimelineOfSubject(db, incident.id)).map((entry) => entry.text);
    expect(texts).toContain(
      'Regulatory regime no longer applies: GDPR, notification of a personal data breach to the supervisory authority. Reason: The data was synthetic.',
    );
  });

  it('refuses, in words and storing nothing, a missing reason, an unknown zone or regime, or a regime twice', async () => {
    const incident = await declared();
    await expect(addRegime(db, testActor, incident.id, { ...gdpr, reason: '  ' })).rejects.toThrow(
      'Say why, e.g. “personal data of EU customers was exposed”.',
    );
    await expect(addRegime(db, testActor, incident.id, { ...gdpr, timeZone: 'Europe/Atlantis' })).rejects.toThrow(
      'Give an IANA time zone name, such as “Europe/Brussels”.',
    );
    await expect(
      addRegime(db, testActor, incident.id, { ...gdpr, regime: 'gdpr' as unknown as 'gdpr-art33' }),
    ).rejects.toThrow('Choose a regime from the list.');
    expect(await db.regulatoryProfiles.count()).toBe(0);
    await expect(removeRegime(db, testActor, incident.id, { regime: 'gdpr-art33', reason: 'x' })).rejects.toThrow(
      'does not apply now.',
    );
    await addRegime(db, testActor, incident.id, gdpr);
    await expect(addRegime(db, testActor, incident.id, gdpr)).rejects.toThrow(/already applies/);
    await expect(removeRegime(db, testActor, incident.id, { regime: 'gdpr-art33', reason: '' })).rejects.toThrow(
      'Say why',
    );
    expect((await liveRegulatoryProfile(db, incident.id))?.rev).toBe(1);
  });

  it('records a submission that starts the next stage, and anchor events, with who and when', async () => {
    const incident = await declared();
    await addRegime(db, testActor, incident.id, { ...gdpr, regime: 'dora-art19', reason: 'We are a bank.' });
    await recordAnchorEvent(db, testActor, incident.id, {
      anchor: 'classifiedMajorAt',
      at: '2026-11-20T09:00:00.000Z',
    });
    await recordSubmission(db, testActor, incident.id, {
      regime: 'dora-art19',
      stage: 'initial',
      submittedAt: '2026-11-20T11:00:00.000Z',
    });
    const profile = await liveRegulatoryProfile(db, incident.id);
    expect(profile?.anchors.initialSubmittedAt).toMatchObject({
      at: '2026-11-20T11:00:00.000Z',
      recordedBy: 'Dana Reyes',
    });
    const input = clockInputOf(profile!, incident.awareAt);
    const clocks = computeRegulatoryClocks(input!);
    const intermediate = clocks.find((clock) => clock.stage === 'intermediate');
    expect(intermediate?.dueAt).toBe('2026-11-23T11:00:00.000Z');
    await expect(
      recordSubmission(db, testActor, incident.id, {
        regime: 'dora-art19',
        stage: 'initial',
        submittedAt: '2026-11-20T11:00:00.000Z',
      }),
    ).rejects.toThrow('Initial notification to the competent authority was already recorded as submitted.');
    await expect(
      recordSubmission(db, testActor, incident.id, {
        regime: 'dora-art19',
        stage: 'report',
        submittedAt: '2026-11-20T11:00:00.000Z',
      }),
    ).rejects.toThrow('This regime has no such stage.');
    const entries = await liveTimelineOfSubject(db, incident.id);
    expect(
      entries.filter((entry) => entry.occurredAt === '2026-11-20T11:00:00.000Z').map((entry) => entry.text),
    ).toEqual([
      'Submitted: Initial notification to the competent authority (DORA, reporting of a major ICT-related incident).',
    ]);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });
});
