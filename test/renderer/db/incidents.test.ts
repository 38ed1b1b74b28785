import { incidentSubject } from '../../../shared/domain/subject';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import {
  addTimelineEntry,
  changePhase,
  declareIncident,
  editIncident,
  seedIncidents,
} from '../../../renderer/db/incidents/incidents';
import { RecordValidationError, WriteRefusedError } from '../../../shared/errors';
import { writeTransaction } from '../../../renderer/db/write';
import { recordReviewWaiver } from '../../../renderer/db/reviews/reviews';
import { savePerson } from '../../../renderer/db/team/team';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db?.delete();
});

async function snapshot(database: FirebreakDatabase) {
  return {
    incidents: await database.incidents.toArray(),
    timeline: await database.timeline.toArray(),
    auditLog: await database.auditLog.toArray(),
    meta: await database.meta.toArray(),
  };
}

describe('declaring incidents', () => {
  it('stores the incident with record metadata, a declaration on the timeline, and audit entries', async () => {
    db = freshDatabase();
    const now = Date.parse('2026-11-20T08:30:00.000Z');
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), { now: () => now });

    expect(incident).toMatchObject({
      ref: 'INC-2026-0001',
      phase: 'detection-analysis',
      declaredAt: '2026-11-20T08:30:00.000Z',
      createdAt: '2026-11-20T08:30:00.000Z',
      createdBy: 'Dana Reyes',
      rev: 1,
      deletedAt: null,
      phaseEnteredAt: { 'detection-analysis': '2026-11-20T08:30:00.000Z' },
      roles: [{ role: 'incident-commander', primary: 'Dana Reyes', backup: '' }],
    });
    expect(await db.incidents.get(incident.id)).toEqual(incident);
    const timeline = await db.timeline.toArray();
    expect(timeline.map((entry) => [entry.kind, entry.text])).toEqual([
      ['declared', 'Declared INC-2026-0001 at SEV2.'],
    ]);
    const audit = await db.auditLog.toArray();
    expect(audit.map((entry) => [entry.seq, entry.entity, entry.op, entry.actor])).toEqual([
      [1, 'incident', 'create', 'Dana Reyes'],
      [2, 'timeline', 'create', 'Dana Reyes'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 2 });
  });

  it('numbers references per year without collisions', async () => {
    db = freshDatabase();
    const at = (iso: string) => ({ now: () => Date.parse(iso) });
    const refs = [];
    refs.push((await declareIncident(db, testActor, promptInjectionDraft(), at('2026-12-31T23:59:00.000Z'))).ref);
    refs.push((await declareIncident(db, testActor, promptInjectionDraft(), at('2026-12-31T23:59:30.000Z'))).ref);
    refs.push(
      (
        await declareIncident(
          db,
          testActor,
          promptInjectionDraft({ detectedAt: '2027-01-01T00:00:00.000Z', awareAt: '2027-01-01T00:00:00.000Z' }),
          at('2027-01-01T00:00:10.000Z'),
        )
      ).ref,
    );
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () =>
        declareIncident(db, testActor, promptInjectionDraft(), at('2026-12-31T23:59:40.000Z')),
      ),
    );
    refs.push(...concurrent.map((incident) => incident.ref).sort());
    expect(refs).toEqual([
      'INC-2026-0001',
      'INC-2026-0002',
      'INC-2027-0001',
      'INC-2026-0003',
      'INC-2026-0004',
      'INC-2026-0005',
      'INC-2026-0006',
      'INC-2026-0007',
    ]);
  });

  it('refuses an invalid draft with a clear error and changes nothing', async () => {
    db = freshDatabase();
    await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    const before = await snapshot(db);
    const attempt = declareIncident(db, testActor, promptInjectionDraft({ title: '', types: [] }));
    await expect(attempt).rejects.toThrow(RecordValidationError);
    await expect(attempt).rejects.toThrow(
      'The incident was not saved: title: Give the incident a title of at least 4 characters.; types: Choose at least one incident type.',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('working an incident', () => {
  it('records phase changes, edits and notes on the timeline with event and entry times', async () => {
    db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    await changePhase(db, testActor, incident.id, { to: 'containment', occurredAt: '2026-11-20T09:00:00.000Z' });
    await addTimelineEntry(db, testActor, incident.id, {
      kind: 'decision',
      text: 'Freeze the system prompt at v14.',
      occurredAt: '2026-11-20T09:05:00.000Z',
    });
    const edited = await editIncident(db, testActor, incident.id, promptInjectionDraft({ severity: 'SEV1' }));

    expect(edited).toMatchObject({ severity: 'SEV1', phase: 'containment', rev: 4 });
    expect(edited.phaseEnteredAt).toEqual({
      'detection-analysis': incident.declaredAt,
      containment: '2026-11-20T09:00:00.000Z',
    });
    const everything = await db.timeline.orderBy(':id').toArray();
    // The notification plan follows the severity in the same transaction and says what changed (stakeholders).
    const plan = everything.filter((entry) => entry.text.startsWith('Notification plan recomputed'));
    expect(plan.map((entry) => entry.text)).toEqual([
      expect.stringMatching(/^Notification plan recomputed: severity SEV2 → SEV1: Executive team: /),
    ]);
    const timeline = everything.filter((entry) => !plan.includes(entry));
    expect(timeline.map((entry) => ({ kind: entry.kind, text: entry.text, occurredAt: entry.occurredAt }))).toEqual([
      { kind: 'declared', text: 'Declared INC-2026-0001 at SEV2.', occurredAt: incident.declaredAt },
      {
        kind: 'phase-change',
        text: 'Moved from Detection & analysis to Containment.',
        occurredAt: '2026-11-20T09:00:00.000Z',
      },
      { kind: 'decision', text: 'Freeze the system prompt at v14.', occurredAt: '2026-11-20T09:05:00.000Z' },
      { kind: 'edit', text: 'Edited severity.', occurredAt: edited.updatedAt },
    ]);
    const edit = timeline[3];
    expect(edit?.kind === 'edit' && edit.changes).toEqual([
      { field: 'severity', label: 'Severity', before: 'SEV2', after: 'SEV1' },
    ]);
    // Eight entries, and two for the notification plan's recomputation (its timeline entry and its log).
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 10 });
  });

  it('needs a reason to reopen a closed incident, and refuses notes on it until then', async () => {
    db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    // Closing needs a completed review or a waiver (see test/renderer/db/reviews).
    const approver = await savePerson(db, testActor, { name: 'Sam Okafor' });
    await recordReviewWaiver(db, testActor, incident.id, {
      reason: 'Covered by an earlier review.',
      approverId: approver.id,
    });
    await changePhase(db, testActor, incident.id, { to: 'closed', occurredAt: '2026-11-21T09:00:00.000Z' });
    const before = await snapshot(db);
    await expect(
      changePhase(db, testActor, incident.id, { to: 'recovery', occurredAt: '2026-11-21T10:00:00.000Z' }),
    ).rejects.toThrow(new WriteRefusedError('Give a reason for reopening this incident.'));
    await expect(
      addTimelineEntry(db, testActor, incident.id, {
        kind: 'note',
        text: 'late note',
        occurredAt: '2026-11-21T10:00:00.000Z',
      }),
    ).rejects.toThrow('This incident is closed. Reopen it to add to its timeline.');
    expect(await snapshot(db)).toEqual(before);

    const reopened = await changePhase(db, testActor, incident.id, {
      to: 'recovery',
      reason: 'Injection reproduced on the canary',
      occurredAt: '2026-11-21T10:00:00.000Z',
    });
    expect(reopened.phase).toBe('recovery');
    const last = (await db.timeline.orderBy(':id').toArray()).at(-1);
    expect(last).toMatchObject({
      kind: 'phase-change',
      from: 'closed',
      to: 'recovery',
      reason: 'Injection reproduced on the canary',
      text: 'Reopened from Closed to Recovery.',
    });
  });
});

describe('event times', () => {
  it('refuses times in the future and phase changes earlier than the current phase began', async () => {
    db = freshDatabase();
    const now = { now: () => Date.parse('2026-11-20T12:00:00.000Z') };
    await expect(
      declareIncident(db, testActor, promptInjectionDraft({ awareAt: '2026-11-21T08:00:00.000Z' }), now),
    ).rejects.toThrow(new WriteRefusedError('Became-aware time cannot be in the future.'));
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), now);
    const before = await snapshot(db);
    await expect(
      changePhase(db, testActor, incident.id, { to: 'containment', occurredAt: '2026-11-20T11:00:00.000Z' }),
    ).rejects.toThrow('The phase change cannot be earlier than when the incident entered Detection & analysis.');
    await expect(
      addTimelineEntry(db, testActor, incident.id, {
        kind: 'note',
        text: 'From the future',
        occurredAt: '2099-01-01T00:00:00.000Z',
      }),
    ).rejects.toThrow('The entry cannot be in the future.');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('seeding incidents', () => {
  it('seeds thousands of incidents in one transaction', async () => {
    db = freshDatabase();
    const seeds = Array.from({ length: 2_500 }, (_, i) => ({
      draft: promptInjectionDraft({ title: `Incident number ${i}` }),
      declaredAt: '2026-11-20T08:30:00.000Z',
      phases: [{ to: 'containment' as const, at: '2026-11-20T09:30:00.000Z' }],
    }));
    expect(await seedIncidents(db, testActor, seeds, { batchSize: 2_500 })).toBe(2_500);
    const refs = (await db.incidents.orderBy('ref').keys()) as string[];
    expect([refs[0], refs.at(-1), new Set(refs).size]).toEqual(['INC-2026-0001', 'INC-2026-2500', 2_500]);
    // Seeded incidents are created once in their final phase: incident, declaration, phase change.
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 2_500 * 3 });
  });

  it('writes a whole batch or nothing', async () => {
    db = freshDatabase();
    const good = { draft: promptInjectionDraft(), declaredAt: '2026-11-20T08:30:00.000Z' };
    const bad = { draft: promptInjectionDraft({ severity: 'SEV9' as never }), declaredAt: '2026-11-20T08:30:00.000Z' };
    await expect(seedIncidents(db, testActor, [good, bad])).rejects.toThrow(
      'The incident was not saved: severity: Choose a severity from SEV1 to SEV4.',
    );
    expect(await db.incidents.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('leaves everything as it was when the database refuses one of the writes issued together at commit', async () => {
    db = freshDatabase();
    const first = await declareIncident(db, testActor, promptInjectionDraft());
    const before = await snapshot(db);
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      createdBy: _cb,
      updatedBy: _ub,
      rev: _r,
      hlc: _h,
      deletedAt: _d,
      ...body
    } = first;
    // The timeline entry, clock and audit writes go out with an incident whose reference is taken (&ref is unique).
    const write = writeTransaction(db, testActor, async (writer) => {
      writer.create('timeline', {
        subject: incidentSubject(first),
        kind: 'note',
        occurredAt: writer.now,
        text: 'Never stored.',
      });
      writer.create('incident', body);
    });
    await expect(write).rejects.toMatchObject({
      name: 'BulkError',
      message: expect.stringContaining('ConstraintError'),
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 2 });
  });

  it('reports progress per batch and keeps the audit chain intact', async () => {
    db = freshDatabase();
    const seeds = Array.from({ length: 25 }, (_, i) => ({
      draft: promptInjectionDraft({ title: `Incident number ${i}` }),
      declaredAt: '2026-11-20T08:30:00.000Z',
      phases: [{ to: 'containment' as const, at: '2026-11-20T09:30:00.000Z' }],
    }));
    const progress: number[] = [];
    await seedIncidents(db, testActor, seeds, { batchSize: 10, onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual([10, 20, 25]);
    expect(await db.incidents.where('phase').equals('containment').count()).toBe(25);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 25 * 3 });
  });
});
