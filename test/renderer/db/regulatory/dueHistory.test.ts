/**
 * The applicability step, facts and the due-date history: applying answers adds the regimes with their reasons; a
 * death moves the AI Act clock and the history keeps both values with when, the rules version and why; editing the
 * incident's awareness time moves the clocks in the same transaction; reasons for delay are kept per clock.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { declareIncident, editIncident } from '../../../../renderer/db/incidents/incidents';
import { liveRegulatoryProfile } from '../../../../renderer/db/regulatory/queries';
import {
  applyApplicability,
  recordDelayReason,
  recordFacts,
} from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { liveTimelineOfSubject } from '../../../../renderer/db/timeline/queries';
import { dueHistoryOf } from '../../../../shared/domain/regulatory/regulatoryProfile';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => db.delete());

const where = { timeZone: 'Europe/Brussels', country: 'BE' } as const;

async function declaredWithAiActAndGdpr() {
  db = freshDatabase();
  const incident = await declareIncident(
    db,
    testActor,
    promptInjectionDraft({ impactFlags: ['personal-data'], severity: 'SEV1' }),
    declaredAtFixture,
  );
  await applyApplicability(db, testActor, incident.id, {
    answers: { euHighRiskAiProvider: 'yes', euPersonalData: 'yes', secRegistrant: 'no' },
    ...where,
  });
  return incident;
}

describe('applicability, facts and due-date history', () => {
  it('applying answers adds the regimes that apply with their reasons, once', async () => {
    const incident = await declaredWithAiActAndGdpr();
    const profile = await liveRegulatoryProfile(db, incident.id);
    expect(profile?.regimes.map((choice) => choice.regime)).toEqual(['eu-ai-act-art73', 'gdpr-art33']);
    expect(profile?.applicability).toEqual({ euHighRiskAiProvider: 'yes', euPersonalData: 'yes', secRegistrant: 'no' });
    expect(profile?.incident).toEqual({ ref: incident.ref, awareAt: incident.awareAt, exercise: false });
    // Saving again adds nothing twice.
    await applyApplicability(db, testActor, incident.id, {
      answers: { euHighRiskAiProvider: 'yes', euPersonalData: 'yes', nis2Entity: 'yes' },
      ...where,
    });
    const again = await liveRegulatoryProfile(db, incident.id);
    expect(again?.regimes.map((choice) => choice.regime)).toEqual(['eu-ai-act-art73', 'gdpr-art33', 'nis2-art23']);
    const texts = (await liveTimelineOfSubject(db, incident.id)).map((entry) => entry.text);
    expect(texts).toContainEqual(
      expect.stringMatching(/^Applicability answers saved \(rules 2026\.1\)\. Regimes that apply: NIS2/),
    );
  });

  it('a death moves the AI Act clock from 15 to 10 days and the history keeps both', async () => {
    const incident = await declaredWithAiActAndGdpr();
    // Awareness 2026-11-20 08:25 UTC (a Friday) in Brussels: day 15 is Saturday 5 December → Monday 7 December.
    const before = await liveRegulatoryProfile(db, incident.id);
    expect(dueHistoryOf(before!, 'eu-ai-act-art73', 'report').map((change) => change.dueAt)).toEqual([
      '2026-12-07T22:59:59.999Z',
    ]);
    await recordFacts(db, testActor, incident.id, { death: true });
    const after = await liveRegulatoryProfile(db, incident.id);
    const history = dueHistoryOf(after!, 'eu-ai-act-art73', 'report');
    expect(history.map(({ dueAt, rulesVersion, why }) => ({ dueAt, rulesVersion, why }))).toEqual([
      { dueAt: '2026-12-07T22:59:59.999Z', rulesVersion: '2026.1', why: expect.stringContaining('Applicability') },
      {
        dueAt: '2026-11-30T22:59:59.999Z',
        rulesVersion: '2026.1',
        why: 'Facts changed: A person died: not known → yes',
      },
    ]);
    // GDPR's 72 hours did not move, so it has one entry.
    expect(dueHistoryOf(after!, 'gdpr-art33', 'authority')).toHaveLength(1);
    const texts = (await liveTimelineOfSubject(db, incident.id)).map((entry) => entry.text);
    expect(texts).toContain('Facts recorded for the regulatory clocks: A person died: not known → yes.');
    // Recording the same facts again changes nothing.
    await recordFacts(db, testActor, incident.id, { death: true });
    expect((await liveRegulatoryProfile(db, incident.id))?.rev).toBe(after?.rev);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });

  it('editing the awareness time moves the clocks in the same transaction, with why', async () => {
    const incident = await declaredWithAiActAndGdpr();
    await editIncident(db, testActor, incident.id, {
      ...promptInjectionDraft({ impactFlags: ['personal-data'], severity: 'SEV1' }),
      awareAt: '2026-11-20T08:20:00.000Z',
    });
    const profile = await liveRegulatoryProfile(db, incident.id);
    expect(profile?.incident?.awareAt).toBe('2026-11-20T08:20:00.000Z');
    expect(dueHistoryOf(profile!, 'gdpr-art33', 'authority').map(({ dueAt, why }) => [dueAt, why])).toEqual([
      ['2026-11-23T08:25:00.000Z', expect.stringContaining('Applicability')],
      ['2026-11-23T08:20:00.000Z', 'Awareness time changed from 2026-11-20T08:25:00.000Z to 2026-11-20T08:20:00.000Z'],
    ]);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });

  it('keeps reasons for delay per clock; refuses an empty one or an unknown stage, storing nothing', async () => {
    const incident = await declaredWithAiActAndGdpr();
    await recordDelayReason(db, testActor, incident.id, {
      regime: 'gdpr-art33',
      stage: 'authority',
      reason: 'The scope was only confirmed by the processor on day 4.',
    });
    const rev = (await liveRegulatoryProfile(db, incident.id))?.rev;
    await expect(
      recordDelayReason(db, testActor, incident.id, { regime: 'gdpr-art33', stage: 'authority', reason: ' ' }),
    ).rejects.toThrow('Give the reasons for the delay');
    await expect(
      recordDelayReason(db, testActor, incident.id, { regime: 'gdpr-art33', stage: 'final', reason: 'x' }),
    ).rejects.toThrow('This regime has no such stage.');
    const profile = await liveRegulatoryProfile(db, incident.id);
    expect(profile?.rev).toBe(rev);
    expect(profile?.delayReasons).toEqual([
      expect.objectContaining({
        stage: 'authority',
        recordedBy: 'Dana Reyes',
        reason: expect.stringContaining('day 4'),
      }),
    ]);
  });

  it('refuses facts that are not the rules’ facts', async () => {
    const incident = await declaredWithAiActAndGdpr();
    await expect(
      recordFacts(db, testActor, incident.id, { deaths: 2 } as unknown as { death: boolean }),
    ).rejects.toThrow('Unknown field "deaths".');
  });
});
