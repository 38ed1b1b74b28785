import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { readAuditHead } from '../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { applyRunbook, updateChecklistStep } from '../../../renderer/db/runbooks/checklists';
import { ChecklistFollower } from '../../../renderer/features/checklist/checklistFollower';
import type { ChecklistStep } from '../../../shared/domain/runbooks/checklist';
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
