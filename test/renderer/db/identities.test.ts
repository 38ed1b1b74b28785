/**
 * People as stable ids: what the responder writes carries their person id beside their name; roles, checklist
 * steps, audit entries and custody events name people by id; a name picked by id or typed resolves to one
 * directory entry.
 */
import { incidentSubject } from '../../../shared/domain/subject';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { commitIntake } from '../../../renderer/db/evidence/evidence';
import { custodyEventsOf, verifyStoredCustody } from '../../../renderer/db/evidence/queries';
import { beginIntake, streamIntoChunks } from '../../../renderer/db/evidence/evidenceContent';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { actorOf, saveProfile } from '../../../renderer/db/profile';
import { applyRunbook, assignChecklistStep, updateChecklistStep } from '../../../renderer/db/runbooks/checklists';
import { assignRole, removePerson, savePerson } from '../../../renderer/db/team/team';
import { listPeople } from '../../../renderer/db/team/queries';
import { verifyStoredAuditChain } from '../../../renderer/db/auditTrail';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

describe('people as stable ids', () => {
  it('names the responder and the people they assign by id, with the names shown beside', async () => {
    db = freshDatabase();
    const profile = await saveProfile(db, { name: 'Dana Reyes', role: 'Incident commander', siteCode: 'LON' });
    const actor = actorOf(profile);
    const ana = await savePerson(db, actor, { name: 'Ana Ortiz', role: 'ML engineer' });
    const incident = await declareIncident(db, actor, promptInjectionDraft(), declaredAtFixture);
    const assigned = await assignRole(db, actor, incident.id, {
      role: 'ai-safety-lead',
      primary: 'Ana Ortiz',
      primaryId: ana.id,
      backup: 'Zed Vendor',
    });
    const zed = (await listPeople(db)).find((person) => person.name === 'Zed Vendor');
    expect(assigned.roles).toEqual([
      { role: 'incident-commander', primary: 'Dana Reyes', primaryId: profile.personId, backup: '', backupId: null },
      { role: 'ai-safety-lead', primary: 'Ana Ortiz', primaryId: ana.id, backup: 'Zed Vendor', backupId: zed?.id },
    ]);
    const roleEntry = (await db.timeline.toArray()).find((entry) => entry.kind === 'role');
    expect(roleEntry).toMatchObject({ primaryId: ana.id, backupId: zed?.id, createdById: profile.personId });

    const steps = await applyRunbook(db, actor, incident.id, BUILT_IN_RUNBOOKS[0]!.id);
    const step = steps.find((candidate) => !candidate.step.evidenceRequired)!;
    await assignChecklistStep(db, actor, step.id, 'Ana Ortiz', ana.id);
    const done = await updateChecklistStep(db, actor, step.id, { state: 'done' });
    expect([done.assignee, done.assigneeId, done.completedBy, done.completedById, done.updatedById]).toEqual([
      'Ana Ortiz',
      ana.id,
      'Dana Reyes',
      profile.personId,
      profile.personId,
    ]);

    const intakeId = await beginIntake(db, 'gateway.log');
    const staged = await streamIntoChunks(db, new Blob(['log line']), intakeId, { chunkBytes: 1000 });
    const item = await commitIntake(db, actor, {
      subject: incidentSubject(incident),
      name: 'gateway.log',
      mediaType: 'text/plain',
      staged,
      details: {
        acquiredAt: '2026-11-20T09:00:00.000Z',
        acquiredBy: 'Dana Reyes',
        source: { system: 'gateway', location: '', method: '' },
        description: '',
        tags: [],
        aiSystem: '',
      },
    });
    expect((await custodyEventsOf(db, item.id)).map((event) => [event.actor, event.actorId])).toEqual([
      ['Dana Reyes', profile.personId],
    ]);
    expect(await verifyStoredCustody(db, item.id)).toMatchObject({ ok: true });

    const log = await db.auditLog.toArray();
    expect(new Set(log.map((entry) => entry.actorId))).toEqual(new Set([profile.personId]));
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: log.length });
  });

  it('keeps the responder in the directory: renaming changes the one record, removing it is refused', async () => {
    db = freshDatabase();
    const profile = await saveProfile(db, { name: 'Dana Reyes', role: 'Incident commander', siteCode: 'LON' });
    await expect(removePerson(db, actorOf(profile), profile.personId)).rejects.toThrow(
      'You cannot remove yourself from the directory: change your name or role in Profile.',
    );
    await saveProfile(db, { name: 'Dana Reyes', role: 'AI safety lead' });
    expect((await listPeople(db)).map((person) => [person.id, person.role, person.rev])).toEqual([
      [profile.personId, 'AI safety lead', 2],
    ]);
  });
});
