import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { readAuditHead } from '../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { addTimelineEntry, declareIncident } from '../../../renderer/db/incidents/incidents';
import { liveTimelineOfSubject } from '../../../renderer/db/timeline/queries';
import { TimelineFollower } from '../../../renderer/features/incident/useTimeline';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

it('follows the audit log: an entry added reads that one row, and other incidents’ entries never appear', async () => {
  db = freshDatabase();
  const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const other = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const shown: (readonly TimelineEntry[])[] = [];
  const failures: unknown[] = [];
  const follower = new TimelineFollower(
    db,
    incident.id,
    (entries) => shown.push(entries),
    (error) => failures.push(error),
  );
  const settle = async (): Promise<void> => {
    follower.headMoved(await readAuditHead(db.meta));
    await follower.settled();
  };

  await settle();
  const first = shown.at(-1)!;
  expect(first.map((entry) => entry.id).sort()).toEqual(
    (await liveTimelineOfSubject(db, incident.id)).map((entry) => entry.id).sort(),
  );

  const reads: string[] = [];
  db.timeline.hook('reading', (row: TimelineEntry) => {
    reads.push(row.id);
    return row;
  });
  const added = await addTimelineEntry(db, testActor, incident.id, {
    kind: 'decision',
    text: 'Rotate the leaked key.',
    occurredAt: new Date().toISOString(),
  });
  await settle();
  expect(reads).toEqual([added.id]);
  const after = shown.at(-1)!;
  expect(after.map((entry) => entry.id)).toEqual([...first.map((entry) => entry.id), added.id]);
  // The entries already shown keep their objects, so their items do not render again.
  expect(after.slice(0, first.length).every((entry, index) => entry === first[index])).toBe(true);

  const published = shown.length;
  await addTimelineEntry(db, testActor, other.id, {
    kind: 'note',
    text: 'Another incident’s note.',
    occurredAt: new Date().toISOString(),
  });
  await settle();
  expect(shown.length).toBe(published);
  expect(failures).toEqual([]);
  follower.stop();
});
