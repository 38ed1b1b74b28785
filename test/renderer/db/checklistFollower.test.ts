import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { readAuditHead } from '../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { applyRunbook, updateChecklistStep } from '../../../renderer/db/runbooks/checklists';
import { ChecklistFollower } from '../../../renderer/features/checklist/checklistFollower';
import { stepChangeOf, type ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

it('follows the audit log: a step change re-reads that one row, and other incidents’ rows never appear', async () => {
  db = freshDatabase();
  const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const other = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const applied = await applyRunbook(db, testActor, incident.id, BUILT_IN_RUNBOOKS[0]!.id);
  const shown: (readonly ChecklistStep[])[] = [];
  const failures: unknown[] = [];
  const follower = new ChecklistFollower(
    db,
    incident.id,
    (steps) => shown.push(steps),
    (error) => failures.push(error),
  );
  const settle = async (): Promise<void> => {
    follower.headMoved(await readAuditHead(db.meta));
    // The follower serialises its catch-ups; one more no-op catch-up resolves after the one above.
    await new Promise<void>((resolve) => setTimeout(resolve, 50));
  };

  await settle();
  expect(
    shown
      .at(-1)!
      .map((step) => step.id)
      .sort(),
  ).toEqual(applied.map((step) => step.id).sort());

  const target = applied[3]!;
  const reads: string[] = [];
  db.checklistSteps.hook('reading', (row: ChecklistStep) => {
    reads.push(row.id);
    return row;
  });
  await updateChecklistStep(db, testActor, target.id, { state: 'in-progress' });
  reads.length = 0;
  await settle();
  const after = shown.at(-1)!;
  expect(reads).toEqual([target.id]);
  expect(after.find((step) => step.id === target.id)?.state).toBe('in-progress');
  expect(after.filter((step) => step.id !== target.id)).toEqual(shown.at(-2)!.filter((step) => step.id !== target.id));

  // A runbook applied to another incident writes rows the follower reads and leaves out.
  const published = shown.length;
  await applyRunbook(db, testActor, other.id, BUILT_IN_RUNBOOKS[0]!.id);
  await settle();
  expect(shown.length).toBe(published);
  expect(failures).toEqual([]);
  follower.stop();
});

it('shows a step while its write is under way: the committed row replaces it, a failed write puts the stored row back', async () => {
  db = freshDatabase();
  const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const applied = await applyRunbook(db, testActor, incident.id, BUILT_IN_RUNBOOKS[0]!.id);
  const shown: (readonly ChecklistStep[])[] = [];
  const follower = new ChecklistFollower(
    db,
    incident.id,
    (steps) => shown.push(steps),
    (error) => {
      throw error;
    },
  );
  follower.headMoved(await readAuditHead(db.meta));
  await follower.settled();
  const stateOf = (id: string): string | undefined => shown.at(-1)!.find((step) => step.id === id)?.state;
  const [first, second] = [applied[0]!, applied[1]!];

  // Shown at once, then replaced by the committed row (one revision on).
  const update = { state: 'in-progress', reason: '' } as const;
  follower.propose({ ...first, ...stepChangeOf(first, update, testActor, '2026-01-01T00:00:00.000Z') });
  expect(stateOf(first.id)).toBe('in-progress');
  const committed = await updateChecklistStep(db, testActor, first.id, update, incident.id);
  follower.take(committed);
  expect(shown.at(-1)!.find((step) => step.id === first.id)).toEqual(committed);

  // A write that fails puts the stored row back (the same object as before).
  const revert = follower.propose({ ...second, state: 'done' });
  expect(stateOf(second.id)).toBe('done');
  revert();
  expect(shown.at(-1)!.find((step) => step.id === second.id)).toEqual(second);

  // Putting back does nothing once something newer is shown.
  const late = follower.propose({ ...second, state: 'in-progress' });
  const newer = await updateChecklistStep(db, testActor, second.id, {
    state: 'blocked',
    reason: 'Waiting on the vendor.',
  });
  follower.take(newer);
  late();
  expect(stateOf(second.id)).toBe('blocked');
  follower.stop();
});

it('updates a step the same whether or not the caller names its incident, and never through another incident', async () => {
  db = freshDatabase();
  const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const other = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const applied = await applyRunbook(db, testActor, incident.id, BUILT_IN_RUNBOOKS[0]!.id);
  const named = await updateChecklistStep(db, testActor, applied[0]!.id, { state: 'in-progress' }, incident.id);
  const unnamed = await updateChecklistStep(db, testActor, applied[1]!.id, { state: 'in-progress' });
  expect([named.state, named.rev]).toEqual(['in-progress', 2]);
  expect([unnamed.state, unnamed.rev]).toEqual(['in-progress', 2]);
  // A wrong incident named: the step's own incident is the one the timeline entry is about.
  await updateChecklistStep(db, testActor, applied[2]!.id, { state: 'in-progress' }, other.id);
  const entries = await db.timeline.toArray();
  const entry = entries.find((row) => row.kind === 'checklist-step' && row.checklistStepId === applied[2]!.id);
  expect(entry?.subject.id).toBe(incident.id);
  expect(entries.some((row) => row.subject.id === other.id && row.kind === 'checklist-step')).toBe(false);
  // Bad input: refused in words, nothing changed.
  await expect(updateChecklistStep(db, testActor, applied[3]!.id, { state: 'skipped' }, incident.id)).rejects.toThrow(
    'Give a reason for skipping this step.',
  );
  expect((await db.checklistSteps.get(applied[3]!.id))?.state).toBe('todo');
});
