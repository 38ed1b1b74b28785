/**
 * The metrics projection is a cache of the incident and checklist-step records: after any mix of writes through the
 * write path (declare, record milestones, close, reopen, mark as practice, delete, apply a runbook, finish a step),
 * the stored rows are exactly what rebuilding them from the records gives.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { changePhase, declareIncident } from '../../../renderer/db/incidents/incidents';
import { requireLiveIncident } from '../../../renderer/db/incidents/queries';
import { rebuildMetricsFacts } from '../../../renderer/db/metrics/metricsFacts';
import { applyRunbook, updateChecklistStep } from '../../../renderer/db/runbooks/checklists';
import { writeTransaction } from '../../../renderer/db/write';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { waiveReview, declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

const HOUR = 3_600_000;

describe('the metrics projection (metricsFacts, metricsStepFacts)', () => {
  it('follows every incident and step write in its transaction and equals a rebuild from the records', async () => {
    const db = freshDatabase();
    const declared = [];
    for (const title of ['Support bot leaks prompts', 'Claims model drifts', 'Practice run', 'Retired one']) {
      declared.push(await declareIncident(db, testActor, promptInjectionDraft({ title }), declaredAtFixture));
    }
    const [closed, reopened, practice, gone] = declared;
    if (!closed || !reopened || !practice || !gone) throw new Error('Four incidents were declared.');
    const runbook = BUILT_IN_RUNBOOKS[0];
    if (!runbook) throw new Error('A built-in runbook exists.');
    const steps = await applyRunbook(db, testActor, closed.id, runbook.id);
    const first = steps[0];
    if (!first) throw new Error('The runbook has steps.');
    await updateChecklistStep(db, testActor, first.id, { state: 'done' });
    await writeTransaction(db, testActor, async (writer) => {
      const incident = await requireLiveIncident(db, closed.id);
      const at = new Date(Date.parse(incident.detectedAt) + 2 * HOUR).toISOString();
      writer.update('incident', incident, {
        milestones: {
          contained: {
            at,
            recordedBy: 'Ana',
            recordedById: testActor.personId,
            recordedAt: at,
            evidenceIds: [],
            note: '',
          },
        },
      });
    });
    const closedAt = '2026-11-20T10:30:00.000Z';
    await waiveReview(db, closed.id);
    await waiveReview(db, reopened.id);
    await changePhase(db, testActor, closed.id, {
      to: 'closed',
      occurredAt: closedAt,
      overrideReason: 'Steps handled outside the checklist.',
    });
    await changePhase(db, testActor, reopened.id, { to: 'closed', occurredAt: closedAt });
    await changePhase(db, testActor, reopened.id, {
      to: 'recovery',
      occurredAt: '2026-11-20T10:45:00.000Z',
      reason: 'The drift came back.',
    });
    await writeTransaction(db, testActor, async (writer) => {
      writer.update('incident', await requireLiveIncident(db, practice.id), {
        exercise: { exerciseId: '0190a000-0000-7000-8000-0000000e0e01', ref: 'EX-2026-0001' },
      });
      writer.softDelete('incident', await requireLiveIncident(db, gone.id));
    });

    const maintained = await db.metricsFacts.toArray();
    const byId = new Map(maintained.map((row) => [row.id, row]));
    expect([...byId.keys()].sort()).toEqual([closed.id, reopened.id].sort());
    expect(byId.get(closed.id)).toMatchObject({
      contain: 2 * HOUR,
      close: Date.parse(closedAt) - Date.parse(closed.declaredAt),
    });
    expect(byId.get(reopened.id)?.close).toBeNull();
    const stepRows = await db.metricsStepFacts.toArray();
    expect(stepRows).toHaveLength(steps.length);
    expect(stepRows.find((row) => row.id === first.id)?.resolved).toBe(true);

    const maintainedSteps = stepRows.toSorted((a, b) => a.id.localeCompare(b.id));
    await expect(rebuildMetricsFacts(db)).resolves.toEqual({ incidents: 2, steps: steps.length });
    expect((await db.metricsFacts.toArray()).toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(
      maintained.toSorted((a, b) => a.id.localeCompare(b.id)),
    );
    expect((await db.metricsStepFacts.toArray()).toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(maintainedSteps);
    await db.delete();
  });

  it('is left as it was when the write is refused', async () => {
    const db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    const before = await db.metricsFacts.toArray();
    await expect(
      writeTransaction(db, testActor, async (writer) => {
        writer.update('incident', incident, { severity: 'SEV1' });
        throw new Error('refused after staging');
      }),
    ).rejects.toThrow('refused after staging');
    expect(await db.metricsFacts.toArray()).toEqual(before);
    await db.delete();
  });
});
