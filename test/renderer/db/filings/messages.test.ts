/**
 * Messages per audience: drafted from the incident's facts (plain language for affected users), each save a new
 * version with the earlier ones kept, approval of the latest version by the incident's legal role only, and a later
 * version not covered by an earlier approval.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { approveMessage, saveMessageVersion } from '../../../../renderer/db/filings/messages';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { assignRole } from '../../../../renderer/db/team/team';
import { isLatestApproved } from '../../../../shared/domain/filings/audienceMessage';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => db.delete());

it('drafts, versions and approves a message for affected users', async () => {
  db = freshDatabase();
  const incident = await declareIncident(
    db,
    testActor,
    promptInjectionDraft({ impactFlags: ['personal-data'] }),
    declaredAtFixture,
  );
  const first = await saveMessageVersion(db, testActor, incident.id, { audience: 'affected-users' });
  expect(first.versions).toHaveLength(1);
  expect(first.versions[0]!.body).toContain('Some of your personal information may have been seen');
  expect(first.versions[0]!.body).not.toContain(incident.ref);
  await expect(
    saveMessageVersion(db, testActor, incident.id, { audience: 'affected-users', body: first.versions[0]!.body }),
  ).rejects.toThrow('Nothing changed since the last version.');
  await expect(
    saveMessageVersion(db, testActor, incident.id, { audience: 'affected-users', body: '   ' }),
  ).rejects.toThrow('Write the message before saving it.');

  const second = await saveMessageVersion(db, testActor, incident.id, {
    audience: 'affected-users',
    body: 'We found a problem with our support assistant. Your order history may have been shown to someone else.',
  });
  expect(second.versions.map((version) => version.version)).toEqual([1, 2]);
  expect(second.versions[0]!.body).toBe(first.versions[0]!.body);

  await expect(approveMessage(db, testActor, incident.id, 'affected-users')).rejects.toThrow(
    /assign the incident’s Legal advisor first/,
  );
  const withRole = await assignRole(db, testActor, incident.id, { role: 'legal-advisor', primary: 'Lee Park' });
  const lawyer = {
    personId: withRole.roles.find((held) => held.role === 'legal-advisor')!.primaryId,
    name: 'Lee Park',
    nodeId: 'testnode1',
  };
  const approved = await approveMessage(db, lawyer, incident.id, 'affected-users');
  expect(approved.approval).toMatchObject({ version: 2, approver: 'Lee Park' });
  expect(isLatestApproved(approved)).toBe(true);

  const third = await saveMessageVersion(db, testActor, incident.id, {
    audience: 'affected-users',
    body: 'We found a problem with our support assistant and fixed it.',
  });
  expect(third.approval?.version).toBe(2);
  expect(isLatestApproved(third)).toBe(false);
});
