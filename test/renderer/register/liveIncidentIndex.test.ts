/**
 * The live index reads the register's projection: a screenful first with the total, then everything, then follows
 * writes (a deletion removes the row, an edit replaces it) without reading whole records.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readAuditHead } from '../../../renderer/db/auditTrail';
import { declareIncident, seedIncidents } from '../../../renderer/db/incidents/incidents';
import {
  readIncidentListSnapshot,
  saveIncidentListSnapshot,
} from '../../../renderer/db/incidents/incidentListSnapshot';
import { requireLiveIncident } from '../../../renderer/db/incidents/queries';
import { writeTransaction } from '../../../renderer/db/write';
import { IncidentIndex } from '../../../renderer/features/register/incidentIndex';
import { LiveIncidentIndex, type IndexStatus } from '../../../renderer/features/register/liveIncidentIndex';
import { syntheticIncidentSeeds } from '../../fixtures/syntheticIncidents';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

const ALL = { text: '', phases: [], severities: [], types: [], sort: 'declared-desc' } as const;

function until(live: LiveIncidentIndex, done: (status: IndexStatus) => boolean): Promise<IndexStatus[]> {
  const seen: IndexStatus[] = [];
  return new Promise((resolve) => {
    const stop = live.subscribe(() => {
      const status = live.getStatus();
      seen.push(status);
      if (done(status)) {
        stop();
        resolve(seen);
      }
    });
  });
}

describe('LiveIncidentIndex', () => {
  it('shows the newest screenful and the total first, then lists every incident, then follows writes', async () => {
    const db = freshDatabase();
    await seedIncidents(db, testActor, syntheticIncidentSeeds(150, { seed: 3 }));
    const live = new LiveIncidentIndex(db);
    const statuses = await until(live, (status) => status.phase === 'ready');
    expect(statuses[0]).toMatchObject({ phase: 'loading', loaded: 60, total: 150 });
    const rows = await db.incidentList.toArray();
    const newestFirst = [...rows].sort((a, b) => (a.declaredAt < b.declaredAt ? 1 : -1)).map((row) => row.ref);
    expect(
      live.index
        .query(ALL)
        .toArray()
        .map((item) => item.ref),
    ).toEqual(newestFirst);

    const [gone, renamed] = rows;
    if (!gone || !renamed) throw new Error('Seeded incidents are listed.');
    const followed = until(live, () => live.index.get(gone.id) === undefined && live.index.size === 149);
    await writeTransaction(db, testActor, async (writer) => {
      writer.softDelete('incident', await requireLiveIncident(db, gone.id));
      writer.update('incident', await requireLiveIncident(db, renamed.id), { title: 'Renamed while listed' });
    });
    await followed;
    expect(live.index.get(renamed.id)?.title).toBe('Renamed while listed');
    live.stop();
    await db.delete();
  });

  it('settles once every incident is listed, so start-up work waiting on it runs after the register', async () => {
    const db = freshDatabase();
    await seedIncidents(db, testActor, syntheticIncidentSeeds(90, { seed: 5 }));
    const live = new LiveIncidentIndex(db);
    expect(live.getStatus().phase).toBe('loading');
    await live.settled();
    expect(live.getStatus()).toMatchObject({ phase: 'ready', loaded: 90, total: 90 });
    expect(live.index.size).toBe(90);
    // Already settled: resolves at once.
    await live.settled();
    live.stop();
  });

  it('starts from the packed copy and the incidents written since, listing exactly what the rows say', async () => {
    const db = freshDatabase();
    await seedIncidents(db, testActor, syntheticIncidentSeeds(120, { seed: 5 }));
    const first = new LiveIncidentIndex(db);
    await until(first, (status) => status.phase === 'ready');
    first.stop();
    await saveIncidentListSnapshot(db, first.index.packed(), (await readAuditHead(db.meta)).seq);
    const [gone, renamed] = await db.incidentList.limit(2).toArray();
    if (!gone || !renamed) throw new Error('Seeded incidents are listed.');
    await writeTransaction(db, testActor, async (writer) => {
      writer.softDelete('incident', await requireLiveIncident(db, gone.id));
      writer.update('incident', await requireLiveIncident(db, renamed.id), { title: 'Renamed after the copy' });
    });
    const added = await declareIncident(
      db,
      testActor,
      promptInjectionDraft({ title: 'Declared after the copy' }),
      declaredAtFixture,
    );
    const copy = await readIncidentListSnapshot(db);
    expect(copy?.packed).toHaveLength(1);
    expect(copy?.packed[0]?.split('\u001e')).toHaveLength(120);

    const next = new LiveIncidentIndex(db);
    await until(next, (status) => status.phase === 'ready');
    next.stop();
    const truth = new IncidentIndex();
    truth.upsert(await db.incidentList.toArray());
    expect(next.index.query(ALL).toArray()).toEqual(truth.query(ALL).toArray());
    expect(next.index.get(added.id)?.title).toBe('Declared after the copy');
    expect(next.index.get(renamed.id)?.title).toBe('Renamed after the copy');
    expect(next.index.get(gone.id)).toBeUndefined();
    await db.delete();
  });
});
