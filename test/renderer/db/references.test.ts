/**
 * References that cannot collide across sites: installations with their own site codes declare offline and never
 * issue the same reference; the same site code on two installations is detected and explained.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { chooseSiteCode, readInstallation } from '../../../renderer/db/installation';
import { actorOf, saveProfile } from '../../../renderer/db/profile';
import { listPeople } from '../../../renderer/db/team/queries';
import { describeReferenceCollision, parseIncidentRef, referenceCollisions } from '../../../shared/domain/reference';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { freshDatabase } from '../../fixtures/testDatabase';

const opened: FirebreakDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A new installation through first run, with `count` incidents declared over two years. */
async function installation(siteCode: string, count: number) {
  const db = freshDatabase();
  opened.push(db);
  const profile = await saveProfile(db, { name: `Responder ${siteCode}`, role: 'Incident commander', siteCode });
  const incidents = [];
  for (let i = 0; i < count; i++) {
    const at = Date.parse(i % 3 === 2 ? '2027-01-02T09:00:00.000Z' : '2026-11-20T08:30:00.000Z');
    incidents.push(await declareIncident(db, actorOf(profile), promptInjectionDraft(), { now: () => at + i }));
  }
  return { db, profile, incidents };
}

describe('incident references across installations', () => {
  it('never collide between installations with different site codes that work offline', async () => {
    const london = await installation('LON', 5);
    const paris = await installation('par', 5);
    const union = [...london.incidents, ...paris.incidents];
    expect(union.map((incident) => incident.ref)).toEqual([
      'INC-2026-LON-0001',
      'INC-2026-LON-0002',
      'INC-2027-LON-0001',
      'INC-2026-LON-0003',
      'INC-2026-LON-0004',
      'INC-2026-PAR-0001',
      'INC-2026-PAR-0002',
      'INC-2027-PAR-0001',
      'INC-2026-PAR-0003',
      'INC-2026-PAR-0004',
    ]);
    expect(new Set(union.map((incident) => incident.ref)).size).toBe(union.length);
    expect(referenceCollisions(london.incidents, paris.incidents)).toEqual([]);
    expect(parseIncidentRef('INC-2027-PAR-0001')).toEqual({ year: 2027, siteCode: 'PAR', sequence: 1 });
  });

  it('detects and explains the same site code used by two installations', async () => {
    const first = await installation('LON', 2);
    const second = await installation('LON', 1);
    const collisions = referenceCollisions(first.incidents, second.incidents);
    expect(collisions).toEqual([
      { ref: 'INC-2026-LON-0001', incidentIds: [first.incidents[0]!.id, second.incidents[0]!.id] },
    ]);
    expect(collisions.map(describeReferenceCollision)).toEqual([
      '2 different incidents carry the reference INC-2026-LON-0001: two installations use the site code LON; each ' +
        'installation needs a site code of its own.',
    ]);
    const [installationA, installationB] = [await readInstallation(first.db), await readInstallation(second.db)];
    expect(installationA?.id).not.toBe(installationB?.id);
  });

  it('makes the responder one person in the directory, and lets the site code change until the first record', async () => {
    const db = freshDatabase();
    opened.push(db);
    const profile = await saveProfile(db, { name: 'Dana Reyes', role: 'Incident commander', siteCode: 'LON' });
    expect((await listPeople(db)).map((person) => [person.id, person.name, person.role])).toEqual([
      [profile.personId, 'Dana Reyes', 'Incident commander'],
    ]);
    await chooseSiteCode(db, actorOf(profile), { siteCode: 'ldn' });
    const incident = await declareIncident(db, actorOf(profile), promptInjectionDraft(), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    expect([incident.ref, incident.createdById, incident.roles[0]?.primaryId]).toEqual([
      'INC-2026-LDN-0001',
      profile.personId,
      profile.personId,
    ]);
    await expect(chooseSiteCode(db, actorOf(profile), { siteCode: 'PAR' })).rejects.toThrow(
      'The site code can no longer change: records have been written on this installation, and references already ' +
        'issued or shared carry it.',
    );
    await expect(chooseSiteCode(db, actorOf(profile), { siteCode: 'L' })).rejects.toThrow(
      'Use 2 to 6 letters or digits, starting with a letter, for example LON.',
    );
    const renamed = await saveProfile(db, { name: 'Dana Reyes-Okafor', role: 'Incident commander' });
    expect([renamed.personId, (await listPeople(db)).map((person) => person.name)]).toEqual([
      profile.personId,
      ['Dana Reyes-Okafor'],
    ]);
  });
});
