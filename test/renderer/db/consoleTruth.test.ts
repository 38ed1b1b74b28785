/**
 * The console telling the truth in the record (issue 14): lowering the severity needs a reason, which goes on the
 * timeline and into the audit log; a timeline entry is corrected by appending a correction that supersedes it while
 * the original stays, and reports print the corrected text with the correction noted; taking evidence in puts it on
 * the incident's timeline; re-importing a runbook with a title the library holds asks what to do.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { commitIntake } from '../../../renderer/db/evidence/evidence';
import { beginIntake, streamIntoChunks } from '../../../renderer/db/evidence/evidenceContent';
import { declareIncident, editIncident } from '../../../renderer/db/incidents/incidents';
import { addTimelineEntry } from '../../../renderer/db/incidents/incidents';
import { importRunbook } from '../../../renderer/db/runbooks/runbooks';
import { correctTimelineEntry } from '../../../renderer/db/timeline/corrections';
import { liveTimelineOfSubject } from '../../../renderer/db/timeline/queries';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { runbookFile } from '../../../shared/domain/runbooks/runbook';
import { RunbookTitleTakenError } from '../../../shared/domain/runbooks/runbookImport';
import { incidentSubject } from '../../../shared/domain/subject';
import { latestCorrections } from '../../../shared/domain/timeline';
import { reportTime } from '../../../shared/reports/format';
import { timelineBlocks } from '../../../shared/reports/sections';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

async function declared() {
  return declareIncident(db, testActor, { ...promptInjectionDraft(), severity: 'SEV1' }, declaredAtFixture);
}

describe('lowering the severity', () => {
  it('is refused without a reason, and with one is on the timeline and audited', async () => {
    db = freshDatabase();
    const incident = await declared();
    const draft = { ...promptInjectionDraft(), severity: 'SEV3' as const };
    const auditBefore = await db.auditLog.count();
    await expect(editIncident(db, testActor, incident.id, draft)).rejects.toThrow(
      'Give a reason for lowering the severity from SEV1 to SEV3.',
    );
    expect([(await db.incidents.get(incident.id))!.severity, await db.auditLog.count()]).toEqual(['SEV1', auditBefore]);

    await editIncident(db, testActor, incident.id, draft, 'Only internal test tenants were affected.');
    const edit = (await liveTimelineOfSubject(db, incident.id)).find((entry) => entry.kind === 'edit');
    expect(edit).toMatchObject({
      reason: 'Only internal test tenants were affected.',
      text: 'Edited severity. Lowered the severity from SEV1 to SEV3 because: Only internal test tenants were affected.',
    });
    expect((await db.incidents.get(incident.id))!.severity).toBe('SEV3');
    const audited = (await db.auditLog.toArray())
      .slice(auditBefore)
      .map((entry) => [entry.entity, entry.entityId, entry.op]);
    expect(audited).toEqual(
      expect.arrayContaining([
        ['timeline', edit!.id, 'create'],
        ['incident', incident.id, 'update'],
      ]),
    );
  });

  it('needs no reason to raise it', async () => {
    db = freshDatabase();
    const incident = await declareIncident(
      db,
      testActor,
      { ...promptInjectionDraft(), severity: 'SEV3' },
      declaredAtFixture,
    );
    const raised = await editIncident(db, testActor, incident.id, { ...promptInjectionDraft(), severity: 'SEV2' });
    expect(raised.severity).toBe('SEV2');
  });
});

describe('timeline corrections', () => {
  it('appends a correction that supersedes the entry, keeps the original, and reports print the corrected text', async () => {
    db = freshDatabase();
    const incident = await declared();
    const original = await addTimelineEntry(db, testActor, incident.id, {
      kind: 'decision',
      text: 'Rotate the key for tenant 4411.',
      occurredAt: '2026-11-20T09:00:00.000Z',
    });
    const auditBefore = await db.auditLog.count();
    const correction = await correctTimelineEntry(db, testActor, incident.id, {
      correctsId: original.id,
      text: 'Rotate the key for tenant 4417.',
      reason: 'Wrong tenant id typed.',
    });
    const timeline = await liveTimelineOfSubject(db, incident.id);
    expect(timeline.find((entry) => entry.id === original.id)).toEqual(original);
    expect(correction).toMatchObject({ kind: 'correction', correctsId: original.id, occurredAt: original.occurredAt });
    expect(latestCorrections(timeline).get(original.id)?.id).toBe(correction.id);
    expect((await db.auditLog.toArray()).slice(auditBefore).map((entry) => entry.entity)).toContain('timeline');

    const table = timelineBlocks(timeline)[1];
    if (table?.kind !== 'table') throw new Error('expected the timeline table');
    const row = table.rows.find((cells) => String(cells[4]).startsWith('Rotate the key'));
    expect([row?.[2], row?.[4]]).toEqual([
      'Decision (corrected)',
      `Rotate the key for tenant 4417.\n(Corrected by Dana Reyes at ${reportTime(correction.createdAt)}: ` +
        'Wrong tenant id typed. Originally: “Rotate the key for tenant 4411.”)',
    ]);
    expect(table.rows.filter((cells) => String(cells[4]).includes('4417'))).toHaveLength(1);
  });

  it('refuses to correct what the lifecycle wrote, or to "correct" with the same text', async () => {
    db = freshDatabase();
    const incident = await declared();
    const [declaredEntry] = await liveTimelineOfSubject(db, incident.id);
    await expect(
      correctTimelineEntry(db, testActor, incident.id, { correctsId: declaredEntry!.id, text: 'Other', reason: 'x' }),
    ).rejects.toThrow('Only notes, decisions, actions and communications can be corrected.');
    const note = await addTimelineEntry(db, testActor, incident.id, {
      kind: 'note',
      text: 'Gateway logs exported.',
      occurredAt: '2026-11-20T09:00:00.000Z',
    });
    await expect(
      correctTimelineEntry(db, testActor, incident.id, {
        correctsId: note.id,
        text: 'Gateway logs exported.',
        reason: 'x',
      }),
    ).rejects.toThrow('The corrected text is the same');
    await expect(
      correctTimelineEntry(db, testActor, incident.id, { correctsId: note.id, text: 'Logs exported.', reason: ' ' }),
    ).rejects.toThrow('Say why the entry is corrected.');
  });
});

describe('evidence on the timeline', () => {
  it('puts each item taken in on its incident’s timeline, in the same transaction', async () => {
    db = freshDatabase();
    const incident = await declared();
    const intakeId = await beginIntake(db, 'gateway.log');
    const staged = await streamIntoChunks(db, new Blob(['ignore previous instructions']), intakeId, {
      chunkBytes: 1000,
    });
    const item = await commitIntake(db, testActor, {
      subject: incidentSubject(incident),
      name: 'gateway.log',
      mediaType: 'text/plain',
      staged,
      details: {
        acquiredAt: '2026-11-20T09:00:00.000Z',
        acquiredBy: 'Dana Reyes',
        source: { system: 'inference gateway', location: '', method: '' },
        description: '',
        tags: [],
        aiSystem: '',
      },
    });
    const added = (await liveTimelineOfSubject(db, incident.id)).filter((entry) => entry.kind === 'evidence-added');
    expect(added.map((entry) => [entry.kind === 'evidence-added' && entry.evidenceId, entry.text])).toEqual([
      [item.id, `Added evidence gateway.log (28 B, SHA-256 ${item.sha256.slice(0, 12)}…) from inference gateway.`],
    ]);
  });
});

describe('re-importing a runbook with a title the library holds', () => {
  it('asks first, then makes the next version, or keeps both with a suffix; nothing is written before the choice', async () => {
    db = freshDatabase();
    const builtIn = BUILT_IN_RUNBOOKS[0]!;
    const text = JSON.stringify(runbookFile(builtIn));
    const before = [await db.runbooks.count(), await db.auditLog.count()];
    const refusal = await importRunbook(db, testActor, text).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RunbookTitleTakenError);
    expect((refusal as Error).message).toBe(
      `The library already has a runbook called “${builtIn.title}” (version 1). Import it as the next version of that runbook, keep both, or cancel.`,
    );
    expect([await db.runbooks.count(), await db.auditLog.count()]).toEqual(before);

    const next = await importRunbook(db, testActor, text, 'new-version');
    expect([next.lineageId, next.version, next.status, next.title]).toEqual([
      builtIn.lineageId,
      2,
      'draft',
      builtIn.title,
    ]);
    const both = await importRunbook(db, testActor, text, 'keep-both');
    expect([both.lineageId === builtIn.lineageId, both.version, both.title]).toEqual([
      false,
      1,
      `${builtIn.title} (2)`,
    ]);
    const third = await importRunbook(db, testActor, text, 'keep-both');
    expect(third.title).toBe(`${builtIn.title} (3)`);
  });
});
