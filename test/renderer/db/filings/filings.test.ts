/**
 * Filings through the write path: a GDPR filing drafted from the incident (prefilled items, missing ones listed),
 * approval only by the incident's legal role and only when nothing required is missing, submission recorded with the
 * authority's reference and the profile's submission in one transaction (NIS2's notification starts the final
 * report's clock), and practice incidents never file. Refusals change nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { recordSystemSnapshot } from '../../../../renderer/db/evidence/evidence';
import {
  approveFiling,
  draftFiling,
  recordFilingSubmission,
  saveFiling,
} from '../../../../renderer/db/filings/filings';
import { liveFilingsOfIncident } from '../../../../renderer/db/filings/queries';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { liveRegulatoryProfile } from '../../../../renderer/db/regulatory/queries';
import { addRegime, recordFacts } from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { addStakeholder } from '../../../../renderer/db/stakeholders/stakeholders';
import { assignRole } from '../../../../renderer/db/team/team';
import { liveTimelineOfSubject } from '../../../../renderer/db/timeline/queries';
import { filingKindOf, missingItems } from '../../../../shared/domain/filings/requirements';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => db.delete());

/** Assigns the incident's legal advisor and returns them as an actor (the directory gives them their id). */
async function legalAdvisor(incidentId: string, name: string) {
  const incident = await assignRole(db, testActor, incidentId, { role: 'legal-advisor', primary: name });
  const role = incident.roles.find((held) => held.role === 'legal-advisor')!;
  return { personId: role.primaryId, name, nodeId: 'testnode1' };
}

async function incidentWithGdpr() {
  db = freshDatabase();
  const incident = await declareIncident(
    db,
    testActor,
    promptInjectionDraft({ impactFlags: ['personal-data'], severity: 'SEV1' }),
    declaredAtFixture,
  );
  await addRegime(db, testActor, incident.id, {
    regime: 'gdpr-art33',
    reason: 'Customer e-mail addresses were exposed.',
    timeZone: 'Europe/Brussels',
    country: 'BE',
  });
  return incident;
}

describe('filings', () => {
  it('drafts a GDPR filing prefilled from the incident and lists what is still missing', async () => {
    const incident = await incidentWithGdpr();
    await addStakeholder(db, testActor, {
      kind: 'person',
      name: 'Mira Okafor',
      audience: 'dpo',
      regime: null,
      country: null,
      contacts: [{ channel: 'phone', value: '+32 2 555 0101', outOfBand: true }],
      channel: 'phone',
    });
    // The authority registered for GDPR in Belgium (the profile's authority country) is the one addressed; the
    // French one and Belgium's NIS2 CSIRT are not.
    const authority = (name: string, regime: 'gdpr-art33' | 'nis2-art23', country: string) =>
      addStakeholder(db, testActor, {
        kind: 'authority',
        name,
        audience: null,
        regime,
        country,
        contacts: [
          { channel: 'portal', value: 'https://www.dataprotectionauthority.be/notify', outOfBand: false },
          { channel: 'phone', value: '+32 2 274 48 00', outOfBand: true },
        ],
        channel: 'portal',
      });
    await authority('Autorité de protection des données', 'gdpr-art33', 'BE');
    await authority('CNIL', 'gdpr-art33', 'FR');
    await authority('Centre for Cybersecurity Belgium', 'nis2-art23', 'BE');
    await recordFacts(db, testActor, incident.id, { affectedIndividuals: 1200 });
    const filing = await draftFiling(db, testActor, incident.id, { regime: 'gdpr-art33', stage: 'authority' });
    expect(filing).toMatchObject({
      ref: `${incident.ref.replace(/^INC-/, 'FIL-')}-01`,
      status: 'draft',
      rulesVersion: '2026.1',
      requirementsVersion: '2026.2',
      items: {
        addressee:
          'Autorité de protection des données (BE): Authority portal https://www.dataprotectionauthority.be/notify; ' +
          'Phone +32 2 274 48 00 (out of band)',
        awareness: '2026-11-20 08:25 UTC',
        nature: expect.stringContaining('Customer-support LLM revealed its system prompt'),
        dataSubjects: 'About 1200 people.',
        records: '',
        contact: 'Mira Okafor: phone +32 2 555 0101',
        consequences: 'Impact recorded: Personal data involved.',
        measures: '',
        delay: '',
      },
    });
    const kind = filingKindOf('gdpr-art33', 'authority')!;
    expect(missingItems(kind, filing.items, false).map((item) => item.cite)).toEqual([
      'GDPR Art. 33(3)(a)',
      'GDPR Art. 33(3)(d)',
    ]);
    // Late: the reasons for delay are required too.
    expect(missingItems(kind, filing.items, true).map((item) => item.id)).toEqual(['records', 'measures', 'delay']);
    // Drafting again returns the same filing.
    const again = await draftFiling(db, testActor, incident.id, { regime: 'gdpr-art33', stage: 'authority' });
    expect(again.id).toBe(filing.id);
    expect(await liveFilingsOfIncident(db, incident.id)).toHaveLength(1);
    expect((await liveTimelineOfSubject(db, incident.id)).map((entry) => entry.text)).toContain(
      `Drafted the filing ${filing.ref}: Notification of a personal data breach (GDPR Art. 33).`,
    );
  });

  it('is approved only by the legal role with nothing missing, then submitted with the authority’s reference', async () => {
    const incident = await incidentWithGdpr();
    const filing = await draftFiling(db, testActor, incident.id, { regime: 'gdpr-art33', stage: 'authority' });

    await expect(approveFiling(db, testActor, filing.id)).rejects.toThrow(/assign the incident’s Legal advisor first/);
    const lawyer = await legalAdvisor(incident.id, 'Lee Park');
    await expect(approveFiling(db, testActor, filing.id)).rejects.toThrow(
      'Only the incident’s Legal advisor (or their backup) can approve this.',
    );
    // The 72 hours from 2026-11-20 have passed, so the reasons for the delay are required too.
    await expect(approveFiling(db, lawyer, filing.id)).rejects.toThrow(
      'Before approval, fill in: Categories and approximate number of data subjects concerned (GDPR Art. 33(3)(a)); ' +
        'Categories and approximate number of personal data records concerned (GDPR Art. 33(3)(a)); ' +
        'Name and contact details of the data protection officer or other contact point (GDPR Art. 33(3)(b)); ' +
        'Measures taken or proposed to address the breach, including to mitigate its possible adverse effects ' +
        '(GDPR Art. 33(3)(d)); Reasons for the delay (GDPR Art. 33(1)).',
    );
    await expect(
      recordFilingSubmission(db, testActor, filing.id, {
        submittedAt: '2026-11-21T09:00:00.000Z',
        authorityReference: 'X',
      }),
    ).rejects.toThrow('The filing needs the legal role’s approval before it is submitted.');
    await expect(saveFiling(db, testActor, filing.id, { items: { bogus: 'x' } })).rejects.toThrow(
      'This filing has no item “bogus”.',
    );

    await saveFiling(db, testActor, filing.id, {
      items: {
        dataSubjects: 'About 1,200 customers.',
        records: 'E-mail addresses and order histories, about 4,000 records.',
        contact: 'DPO, +32 2 555 0101',
        measures: 'Retrieval disabled; sessions revoked.',
        delay: 'The scope of the exposure was confirmed only on day four.',
      },
    });
    const approved = await approveFiling(db, lawyer, filing.id);
    expect(approved).toMatchObject({
      status: 'approved',
      approval: { approver: 'Lee Park', approverId: lawyer.personId },
    });
    // An edit after approval returns it to draft: the approval was for other words.
    const edited = await saveFiling(db, testActor, filing.id, { items: { measures: 'Retrieval disabled.' } });
    expect(edited).toMatchObject({ status: 'draft', approval: null });
    await approveFiling(db, lawyer, filing.id);

    const submitted = await recordFilingSubmission(db, testActor, filing.id, {
      submittedAt: '2026-11-21T09:00:00.000Z',
      authorityReference: 'APD-2026-1234',
    });
    expect(submitted).toMatchObject({
      status: 'submitted',
      submission: {
        submittedAt: '2026-11-21T09:00:00.000Z',
        authorityReference: 'APD-2026-1234',
        recordedBy: 'Dana Reyes',
      },
    });
    const profile = await liveRegulatoryProfile(db, incident.id);
    expect(profile?.submissions).toEqual([
      expect.objectContaining({ regime: 'gdpr-art33', stage: 'authority', submittedAt: '2026-11-21T09:00:00.000Z' }),
    ]);
    await expect(saveFiling(db, testActor, filing.id, { items: { measures: 'x' } })).rejects.toThrow(
      'A submitted filing cannot be changed.',
    );
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });

  it('submitting the NIS2 notification records the anchor that starts the final report’s clock', async () => {
    db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    await addRegime(db, testActor, incident.id, {
      regime: 'nis2-art23',
      reason: 'We are an essential entity.',
      timeZone: 'Europe/Brussels',
      country: 'BE',
    });
    const lawyer = await legalAdvisor(incident.id, 'Lee Park');
    const filing = await draftFiling(db, testActor, incident.id, { regime: 'nis2-art23', stage: 'notification' });
    await saveFiling(db, testActor, filing.id, { items: { assessment: 'High severity; customer data exposed.' } });
    await approveFiling(db, lawyer, filing.id);
    await recordFilingSubmission(db, testActor, filing.id, {
      submittedAt: '2026-11-22T10:00:00.000Z',
      authorityReference: 'CCB-77',
    });
    const profile = await liveRegulatoryProfile(db, incident.id);
    expect(profile?.anchors.notificationSubmittedAt?.at).toBe('2026-11-22T10:00:00.000Z');
    expect(profile?.dueHistory.filter((change) => change.stage === 'final').at(-1)).toMatchObject({
      dueAt: expect.stringMatching(/^2026-12-2\dT/),
      why: expect.stringContaining('Submitted: Incident notification'),
    });
  });

  it('cites the AI system snapshot for AI Act Art. 73(6) and never files for a practice incident', async () => {
    const incident = await incidentWithGdpr();
    await addRegime(db, testActor, incident.id, {
      regime: 'eu-ai-act-art73',
      reason: 'We provide a high-risk AI system.',
      timeZone: 'Europe/Brussels',
      country: 'BE',
    });
    const item = await recordSystemSnapshot(
      db,
      testActor,
      { kind: 'incident', id: incident.id, ref: incident.ref },
      {
        modelId: 'support-assistant',
        modelVersion: '3.2',
        weightsOrConfigHash: 'sha256:abc',
        systemPrompt: '',
        guardrailVersions: '',
        ragIndexVersion: '',
        capturedAt: '2026-11-20T08:40:00.000Z',
      },
      {
        acquiredAt: '2026-11-20T08:40:00.000Z',
        acquiredBy: 'Dana Reyes',
        description: '',
        tags: [],
        aiSystem: 'support-assistant',
        source: { system: '', location: '', method: '' },
      },
    );
    await recordFacts(db, testActor, incident.id, { death: true });
    const filing = await draftFiling(db, testActor, incident.id, { regime: 'eu-ai-act-art73', stage: 'report' });
    expect(filing.items.altered).toContain(`evidence SHA-256 ${item.sha256}`);
    expect(filing.items.harmCategory).toMatch(/^Art\. 3\(49\)\(a\) death of a person.*\(a death is recorded\)/);
    expect(filing.items.system).toBe('support-assistant version 3.2');

    const practice = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    await db.incidents.update(practice.id, { exercise: { exerciseId: practice.id, ref: 'EX-2026-0001' } });
    await expect(draftFiling(db, testActor, practice.id, { regime: 'gdpr-art33', stage: 'authority' })).rejects.toThrow(
      'This is a practice incident of an exercise: exercises never file.',
    );
  });
});
