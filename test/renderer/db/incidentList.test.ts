/**
 * The register's projection is a cache of the incident records: after any mix of writes through the write path, the
 * stored rows are exactly what rebuilding them from the records gives.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { changePhase, declareIncident, editIncident } from '../../../renderer/db/incidents/incidents';
import { rebuildIncidentList } from '../../../renderer/db/incidents/incidentList';
import { requireLiveIncident } from '../../../renderer/db/incidents/queries';
import { assignRole } from '../../../renderer/db/team/team';
import { writeTransaction } from '../../../renderer/db/write';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

describe('the register projection (incidentList)', () => {
  it('follows every incident write in its transaction and equals a rebuild from the records', async () => {
    const db = freshDatabase();
    const declared = [];
    for (const title of ['Support bot leaks prompts', 'Claims model drifts', 'Gateway jailbreak', 'Retired one']) {
      declared.push(await declareIncident(db, testActor, promptInjectionDraft({ title }), declaredAtFixture));
    }
    const [first, second, third, gone] = declared;
    if (!first || !second || !third || !gone) throw new Error('Four incidents were declared.');
    await editIncident(
      db,
      testActor,
      first.id,
      promptInjectionDraft({ title: 'Support bot LEAKS prompts', severity: 'SEV1' }),
    );
    await changePhase(db, testActor, second.id, { to: 'containment', occurredAt: '2026-11-20T09:00:00.000Z' });
    await assignRole(db, testActor, third.id, { role: 'ai-safety-lead', primary: 'Ana Ortiz', backup: '' });
    await writeTransaction(db, testActor, async (writer) => {
      writer.softDelete('incident', await requireLiveIncident(db, gone.id));
    });

    const maintained = await db.incidentList.toArray();
    expect(maintained.map((row) => [row.title, row.severity, row.phase])).toEqual(
      expect.arrayContaining([
        ['Support bot LEAKS prompts', 'SEV1', expect.any(String)],
        ['Claims model drifts', expect.any(String), 'containment'],
      ]),
    );
    expect(maintained.map((row) => row.id)).not.toContain(gone.id);
    expect(maintained.find((row) => row.id === first.id)?.haystack).toContain('support bot leaks prompts');

    await expect(rebuildIncidentList(db)).resolves.toBe(3);
    expect(await db.incidentList.toArray()).toEqual(maintained);
    await db.delete();
  });

  it('is left as it was when the write is refused', async () => {
    const db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    const before = await db.incidentList.toArray();
    await expect(
      writeTransaction(db, testActor, async (writer) => {
        writer.update('incident', incident, { title: 'Renamed' });
        throw new Error('refused after staging');
      }),
    ).rejects.toThrow('refused after staging');
    expect(await db.incidentList.toArray()).toEqual(before);
    await db.delete();
  });
});
