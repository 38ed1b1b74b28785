import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { changePhase, declareIncident } from '../../../../renderer/db/incidents/incidents';
import {
  liveActionItemsOfIncident,
  liveReviewOfIncident,
  overdueActionItemsWindow,
} from '../../../../renderer/db/reviews/queries';
import {
  addActionItem,
  completeReview,
  recordReviewWaiver,
  saveReview,
  startReview,
  updateActionItem,
} from '../../../../renderer/db/reviews/reviews';
import { savePerson } from '../../../../renderer/db/team/team';
import { writeTransaction } from '../../../../renderer/db/write';
import type { ReviewFormInput } from '../../../../shared/domain/reviews/review';
import { WriteRefusedError } from '../../../../shared/errors';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db?.delete();
});

async function everything(database: FirebreakDatabase) {
  const rows: Record<string, unknown[]> = {};
  for (const table of database.tables) rows[table.name] = await table.toArray();
  return rows;
}

const completedForm: ReviewFormInput = {
  summary: 'An injected instruction in a retrieved page made the assistant reveal a discount code.',
  impact: { who: 'Shoppers using the assistant', what: 'Discount codes disclosed' },
  rootCause: {
    primary: {
      text: 'Retrieved pages were treated as instructions.',
      category: 'interaction',
      avid: ['S0403: Adversarial Example'],
      atlas: ['AML.T0051.001'],
    },
    trigger: { text: 'A crafted product review.', category: 'external' },
    contributing: [{ text: 'No output filter for codes.', category: 'system' }],
  },
  detection: { method: 'user-report', detail: 'A shopper wrote in.' },
};

async function incidentInRecovery() {
  const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  await changePhase(db, testActor, incident.id, { to: 'post-incident-review', occurredAt: '2026-11-20T09:00:00.000Z' });
  return incident;
}

describe('post-incident reviews', () => {
  it('refuses to close without a completed review, writing nothing, then closes once it is complete', async () => {
    db = freshDatabase();
    const incident = await incidentInRecovery();
    const before = await everything(db);
    const close = () =>
      changePhase(db, testActor, incident.id, { to: 'closed', occurredAt: '2026-11-20T10:00:00.000Z' });
    await expect(close()).rejects.toThrow(WriteRefusedError);
    await expect(close()).rejects.toThrow(/write and complete its post-incident review/);
    expect(await everything(db)).toEqual(before);

    const review = await startReview(db, testActor, incident.id);
    expect(review).toMatchObject({
      ref: 'PIR-2026-0001',
      status: 'draft',
      subject: { kind: 'incident', id: incident.id },
    });
    await expect(close()).rejects.toThrow(/still a draft/);

    const draft = await saveReview(db, testActor, review.id, { summary: 'Half written.' });
    expect(draft.status).toBe('draft');
    await expect(completeReview(db, testActor, review.id, { summary: 'Only this.' })).rejects.toThrow(
      'To complete the review: Describe the primary cause. Choose a category for the primary cause. Describe what triggered the incident. Say how the incident was detected.',
    );
    const completed = await completeReview(db, testActor, review.id, completedForm);
    expect(completed).toMatchObject({ status: 'complete', completedBy: testActor.name });
    const closed = await close();
    expect(closed.phase).toBe('closed');
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });

  it('closes with a waiver that names a directory person as approver', async () => {
    db = freshDatabase();
    const incident = await incidentInRecovery();
    await expect(recordReviewWaiver(db, testActor, incident.id, { reason: 'short', approverId: '' })).rejects.toThrow(
      /at least 10 characters/,
    );
    const approver = await savePerson(db, testActor, { name: 'Sam Okafor', role: 'CISO' });
    const review = await recordReviewWaiver(db, testActor, incident.id, {
      reason: 'A duplicate of an incident already reviewed.',
      approverId: approver.id,
    });
    expect(review.waiver).toMatchObject({ approver: 'Sam Okafor', approverId: approver.id });
    const closed = await changePhase(db, testActor, incident.id, {
      to: 'closed',
      occurredAt: '2026-11-20T10:00:00.000Z',
    });
    expect(closed.phase).toBe('closed');
  });

  it('keeps a picked timeline entry only if it is the incident’s own', async () => {
    db = freshDatabase();
    const incident = await incidentInRecovery();
    const review = await startReview(db, testActor, incident.id);
    const entries = await db.timeline.toArray();
    const saved = await saveReview(db, testActor, review.id, {
      timeline: [{ entryId: entries[0]!.id, annotation: 'Declared quickly.' }],
    });
    expect(saved.timeline).toEqual([{ entryId: entries[0]!.id, annotation: 'Declared quickly.' }]);
    await expect(
      saveReview(db, testActor, review.id, {
        timeline: [{ entryId: '0190a000-0000-7000-8000-0000000000ff', annotation: '' }],
      }),
    ).rejects.toThrow(/not on this incident’s timeline/);
  });

  it('defaults the customer-impact times from recorded milestones', async () => {
    db = freshDatabase();
    const incident = await incidentInRecovery();
    await writeTransaction(db, testActor, async (writer) => {
      const current = (await db.incidents.get(incident.id))!;
      const fact = {
        recordedBy: 'Dana Reyes',
        recordedById: testActor.personId,
        recordedAt: '2026-11-20T08:40:00.000Z',
        evidenceIds: [],
        note: '',
      };
      writer.update('incident', current, {
        milestones: {
          impactStarted: { at: '2026-11-20T06:00:00.000Z', ...fact },
          recovered: { at: '2026-11-20T08:35:00.000Z', ...fact },
        },
      });
    });
    const review = await startReview(db, testActor, incident.id);
    expect(review.impact).toMatchObject({
      customerImpactStart: '2026-11-20T06:00:00.000Z',
      customerImpactEnd: '2026-11-20T08:35:00.000Z',
    });
  });

  it('counts every overdue item and lists the five due soonest, ties by priority, without the done or deleted', async () => {
    db = freshDatabase();
    const incident = await incidentInRecovery();
    const review = await startReview(db, testActor, incident.id);
    const owner = await savePerson(db, testActor, { name: 'Sam Okafor' });
    const add = (
      title: string,
      dueDate: string,
      status: 'open' | 'in-progress' | 'blocked' | 'done',
      priority: 'P1' | 'P2' | 'P3',
    ) =>
      addActionItem(db, testActor, review.id, { type: 'prevent', ownerId: owner.id, title, dueDate, status, priority });
    await add('Oldest, blocked', '2026-10-01', 'blocked', 'P3');
    await add('Second, in progress', '2026-10-05', 'in-progress', 'P2');
    await add('Third', '2026-10-09', 'open', 'P2');
    // Three due the same day, the fifth place goes by priority: P1 before P2 before P3, in any status.
    await add('Tied P3', '2026-10-12', 'open', 'P3');
    await add('Tied P1', '2026-10-12', 'blocked', 'P1');
    await add('Tied P2', '2026-10-12', 'open', 'P2');
    await add('Later', '2026-11-02', 'open', 'P1');
    await add('Done long ago', '2026-09-01', 'done', 'P1');
    await add('Not due yet', '2026-12-30', 'open', 'P1');
    const removed = await add('Deleted', '2026-09-02', 'open', 'P1');
    await writeTransaction(db, testActor, async (writer) => {
      writer.softDelete('actionItem', (await db.actionItems.get(removed.id))!);
    });

    const overdue = await overdueActionItemsWindow(db, '2026-11-20', 5);
    expect(overdue.total).toBe(7);
    expect(overdue.items.map((item) => item.title)).toEqual([
      'Oldest, blocked',
      'Second, in progress',
      'Third',
      'Tied P1',
      'Tied P2',
    ]);
    const all = await overdueActionItemsWindow(db, '2026-11-20', 10);
    expect([all.total, all.items.length, all.items.at(-1)?.title]).toEqual([7, 7, 'Later']);
    expect((await overdueActionItemsWindow(db, '2026-10-02', 5)).items.map((item) => item.title)).toEqual([
      'Oldest, blocked',
    ]);
  });

  it('tracks action items to done and lists the overdue ones', async () => {
    db = freshDatabase();
    const incident = await incidentInRecovery();
    const review = await startReview(db, testActor, incident.id);
    const owner = await savePerson(db, testActor, { name: 'Sam Okafor' });
    const base = { type: 'prevent', ownerId: owner.id, priority: 'P1', status: 'open' } as const;
    const late = await addActionItem(db, testActor, review.id, {
      ...base,
      title: 'Filter codes in output',
      dueDate: '2026-11-01',
    });
    await addActionItem(db, testActor, review.id, {
      ...base,
      title: 'Add an eval for injections',
      type: 'evaluation',
      dueDate: '2026-12-30',
    });
    await expect(
      addActionItem(db, testActor, review.id, { ...base, title: 'x', ownerId: '', dueDate: 'soon' }),
    ).rejects.toThrow(/title: Say what will be done.*ownerId: Choose an owner.*dueDate: Give the due date as a date/s);

    const overdue = await overdueActionItemsWindow(db, '2026-11-20', 5);
    expect([overdue.total, overdue.items.map((item) => item.title)]).toEqual([1, ['Filter codes in output']]);
    const done = await updateActionItem(db, testActor, late.id, {
      ...base,
      title: late.title,
      dueDate: late.dueDate,
      status: 'done',
    });
    expect(done.doneAt).not.toBeNull();
    expect(await overdueActionItemsWindow(db, '2026-11-20', 5)).toEqual({ total: 0, items: [] });
    expect(
      (await liveActionItemsOfIncident(db, incident.id)).map((item) => [item.title, item.owner, item.status]),
    ).toEqual([
      ['Filter codes in output', 'Sam Okafor', 'done'],
      ['Add an eval for injections', 'Sam Okafor', 'open'],
    ]);
    expect(await liveReviewOfIncident(db, incident.id)).toMatchObject({ id: review.id });
  });
});
