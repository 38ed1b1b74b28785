import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { chainEntries, verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { recordSystemSnapshot } from '../../../../renderer/db/evidence/evidence';
import { addTimelineEntry, declareIncident } from '../../../../renderer/db/incidents/incidents';
import { EMPTY_AUDIT_HEAD, type AuditEntry } from '../../../../shared/domain/audit';
import { evidenceItemSchema } from '../../../../shared/domain/evidence/evidence';
import { hashValue } from '../../../../shared/domain/hash';
import { incidentSubject } from '../../../../shared/domain/subject';
import { timelineEntrySchema } from '../../../../shared/domain/timeline';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

type Row = Record<string, unknown> & { id: string };

/** Records as the current release writes them, turned back into the shape version 4 stored (`incidentId`). */
async function versionFourRows() {
  const seeded = openDatabase(`firebreak-migration-v5-seed-${Math.random().toString(36).slice(2)}`);
  const at = (iso: string) => ({ now: () => Date.parse(iso) });
  const first = await declareIncident(seeded, testActor, promptInjectionDraft(), at('2026-11-20T08:30:00.000Z'));
  const second = await declareIncident(
    seeded,
    testActor,
    promptInjectionDraft({ title: 'Drift in the fraud model' }),
    at('2026-11-20T09:30:00.000Z'),
  );
  await addTimelineEntry(seeded, testActor, first.id, {
    kind: 'decision',
    text: 'Disable attachment retrieval.',
    occurredAt: '2026-11-20T08:40:00.000Z',
  });
  await recordSystemSnapshot(
    seeded,
    testActor,
    incidentSubject(second),
    {
      modelId: 'fraud-scorer',
      modelVersion: '7.1',
      weightsOrConfigHash: 'sha256:abc',
      systemPrompt: '',
      guardrailVersions: '',
      ragIndexVersion: '',
      capturedAt: '2026-11-20T09:35:00.000Z',
    },
    {
      acquiredAt: '2026-11-20T09:35:00.000Z',
      acquiredBy: 'Dana Reyes',
      source: { system: 'registry', location: '', method: 'export' },
      description: '',
      tags: [],
      aiSystem: '',
    },
  );
  const toV4 = ({ subject, ...rest }: Row & { subject: { id: string } }): Row => ({
    ...rest,
    incidentId: subject.id,
    unknownField: `kept on ${rest.id}`,
  });
  const rows = {
    incidents: (await seeded.incidents.toArray()) as Row[],
    timeline: (await seeded.timeline.toArray()).map(toV4),
    evidence: (await seeded.evidence.toArray()).map(toV4),
  };
  await seeded.delete();
  return { first, second, rows };
}

describe('upgrade to version 5: records name a subject', () => {
  it('rewrites every timeline entry and evidence item to a subject, keeps unknown fields, and audits each record', async () => {
    const name = `firebreak-migration-v5-${Math.random().toString(36).slice(2)}`;
    const { first, second, rows } = await versionFourRows();
    const created = chainEntries(
      EMPTY_AUDIT_HEAD,
      (['incidents', 'timeline', 'evidence'] as const).flatMap((table) =>
        rows[table].map((row) => ({
          at: '2026-11-20T10:00:00.000Z',
          actor: 'Dana Reyes',
          entity: ({ incidents: 'incident', timeline: 'timeline', evidence: 'evidence' } as const)[table],
          entityId: row.id,
          op: 'create' as const,
          valueHash: hashValue(row),
        })),
      ),
    );
    const v4 = openDatabaseAtVersion(name, 4);
    await v4.open();
    await v4.table('incidents').bulkAdd(rows.incidents);
    await v4.table('timeline').bulkAdd(rows.timeline);
    await v4.table('evidence').bulkAdd(rows.evidence);
    await v4.table('auditLog').bulkAdd(created.entries);
    await v4.table('meta').add({ key: 'audit-head', value: created.head });
    v4.close();

    const db = openDatabaseAtVersion(name, 5);
    await db.open();
    expect(db.verno).toBe(5);

    const subjects = new Map([first, second].map((incident) => [incident.id, incidentSubject(incident)]));
    const toV5 = ({ incidentId, ...rest }: Row): Row => ({ ...rest, subject: subjects.get(String(incidentId)) });
    const expected = { timeline: rows.timeline.map(toV5), evidence: rows.evidence.map(toV5) };
    expect({
      incidents: await db.incidents.toArray(),
      timeline: await db.timeline.toArray(),
      evidence: await db.evidence.toArray(),
    }).toEqual({ incidents: rows.incidents, ...expected });
    for (const entry of expected.timeline) expect(timelineEntrySchema.safeParse(entry).success).toBe(true);
    for (const item of expected.evidence) expect(evidenceItemSchema.safeParse(item).success).toBe(true);

    // One 'migrate' entry per rewritten record, hashing its new value, then the upgrade's own entry.
    const log = await db.auditLog.toArray();
    expect(log.slice(0, created.entries.length)).toEqual(created.entries);
    const migrate = (entity: string) => (row: Row) => [entity, row.id, 'migrate', hashValue(row)];
    expect(log.slice(created.entries.length).map((e) => [e.entity, e.entityId, e.op, e.valueHash])).toEqual([
      ...expected.timeline.map(migrate('timeline')),
      ['database', 'version-5', 'migrate', expect.any(String)],
      ...expected.evidence.map(migrate('evidence')),
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: log.length });

    // What a later integrity check compares: each record's current value and its last audit entry.
    const lastEntry = new Map<string, AuditEntry>(log.map((entry) => [`${entry.entity}:${entry.entityId}`, entry]));
    for (const [entity, table] of [
      ['timeline', db.timeline],
      ['evidence', db.evidence],
    ] as const) {
      for (const row of await table.toArray()) {
        expect(lastEntry.get(`${entity}:${row.id}`)?.valueHash).toBe(hashValue(row));
      }
    }

    // The new indexes answer today's reads: a subject's timeline in time order, a subject's evidence.
    const firstTimeline = await db.timeline
      .where('[subject.id+occurredAt]')
      .between([first.id, Dexie.minKey], [first.id, Dexie.maxKey])
      .toArray();
    expect(firstTimeline.map((entry) => entry.kind)).toEqual(['declared', 'decision']);
    expect((await db.evidence.where('subject.id').equals(second.id).toArray()).map((item) => item.id)).toEqual(
      rows.evidence.map((item) => item.id),
    );
    await db.delete();
  });

  it('rewrites a timeline longer than one page of the upgrade, every entry audited once, the chain intact', async () => {
    const name = `firebreak-migration-v5-long-${Math.random().toString(36).slice(2)}`;
    const { first, rows } = await versionFourRows();
    const template = rows.timeline[0]!;
    const timeline = Array.from({ length: 4_500 }, (_, i) => ({
      ...template,
      id: `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`,
      incidentId: first.id,
    }));
    const v4 = openDatabaseAtVersion(name, 4);
    await v4.open();
    await v4.table('incidents').bulkAdd(rows.incidents);
    await v4.table('timeline').bulkAdd(timeline);
    v4.close();

    const db = openDatabaseAtVersion(name, 5);
    await db.open();
    const stored = await db.timeline.toArray();
    expect(stored.map((entry) => [entry.id, entry.subject, 'incidentId' in entry])).toEqual(
      timeline.map((entry) => [entry.id, incidentSubject(first), false]),
    );
    const log = await db.auditLog.toArray();
    expect(log.filter((entry) => entry.entity === 'timeline').map((entry) => entry.entityId)).toEqual(
      timeline.map((entry) => entry.id),
    );
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 4_501 });
    await db.delete();
  }, 60_000);
});
