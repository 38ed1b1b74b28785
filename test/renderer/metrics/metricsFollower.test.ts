/**
 * The metrics worker's state follows the audit log: a write after the first summary (from this window or another)
 * shows in the next one, reading only the changed rows; a practice incident never counts.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readAuditHead } from '../../../renderer/db/auditTrail';
import { changePhase, declareIncident } from '../../../renderer/db/incidents/incidents';
import { requireLiveIncident } from '../../../renderer/db/incidents/queries';
import { writeTransaction } from '../../../renderer/db/write';
import { openMetricsDatabase } from '../../../renderer/features/metrics/metricsDatabase';
import { MetricsFollower } from '../../../renderer/features/metrics/metricsFollower';
import { utcMonth } from '../../../shared/domain/metrics/aggregate';
import { ALL_INCIDENTS } from '../../../shared/domain/metrics/filter';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { waiveReview, declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

const NOW = Date.parse('2026-11-21T00:00:00.000Z');

describe('the metrics follower', () => {
  it('answers from memory and catches up with writes made since', async () => {
    const db = freshDatabase();
    const first = await declareIncident(db, testActor, promptInjectionDraft({ severity: 'SEV2' }), declaredAtFixture);
    const follower = new MetricsFollower(db, { monthOf: utcMonth, zone: 'UTC' });
    const before = await follower.summarize(ALL_INCIDENTS, NOW);
    expect([before.incidents, before.overall.stats.close.counted]).toEqual([1, 0]);

    await waiveReview(db, first.id);
    await changePhase(db, testActor, first.id, { to: 'closed', occurredAt: '2026-11-20T10:30:00.000Z' });
    const practice = await declareIncident(
      db,
      testActor,
      promptInjectionDraft({ severity: 'SEV1' }),
      declaredAtFixture,
    );
    await writeTransaction(db, testActor, async (writer) => {
      writer.update('incident', await requireLiveIncident(db, practice.id), {
        exercise: { exerciseId: '0190a000-0000-7000-8000-0000000e0e01', ref: 'EX-2026-0001' },
      });
    });
    const after = await follower.summarize(ALL_INCIDENTS, NOW);
    expect(after.incidents).toBe(1);
    expect(after.overall.stats.close).toMatchObject({
      counted: 1,
      leftOut: 0,
      median: Date.parse('2026-11-20T10:30:00.000Z') - Date.parse(first.declaredAt),
    });
    expect(after.groups.severity.map((group) => group.key)).toEqual(['SEV2']);
    await db.delete();
  });

  it('opens a new window from the saved packed index and catches up with writes made since', async () => {
    const db = freshDatabase();
    const options = { monthOf: utcMonth, zone: 'UTC' };
    const first = await declareIncident(db, testActor, promptInjectionDraft({ severity: 'SEV2' }), declaredAtFixture);
    const building = new MetricsFollower(db, options);
    const built = await building.summarize(ALL_INCIDENTS, NOW);
    await building.settled();
    expect(building.lastSource).toBe('rows');
    expect(await db.metricsSnapshot.count()).toBe(1);

    // A new window (a new worker) answers from the saved copy without reading the projection.
    const reopened = new MetricsFollower(db, options);
    expect(await reopened.summarize(ALL_INCIDENTS, NOW)).toEqual(built);
    expect(reopened.lastSource).toBe('snapshot');

    // A write after the copy was saved: the next window opens from the copy and applies it.
    await waiveReview(db, first.id);
    await changePhase(db, testActor, first.id, { to: 'closed', occurredAt: '2026-11-20T10:30:00.000Z' });
    await declareIncident(db, testActor, promptInjectionDraft({ severity: 'SEV1' }), declaredAtFixture);
    const later = new MetricsFollower(db, options);
    const caughtUp = await later.summarize(ALL_INCIDENTS, NOW);
    expect(later.lastSource).toBe('memory');
    const fromRows = await new MetricsFollower(db, { ...options, zone: 'Europe/Berlin' }).summarize(ALL_INCIDENTS, NOW);
    expect(caughtUp).toEqual(fromRows);
    expect(caughtUp.incidents).toBe(2);
    expect(caughtUp.overall.stats.close.counted).toBe(1);

    // Told the head it already follows, a filter change reads nothing at all: it works with the database closed.
    const { seq } = await readAuditHead(db.meta);
    await later.summarize(ALL_INCIDENTS, NOW, seq);
    db.close();
    const sev1 = await later.summarize({ ...ALL_INCIDENTS, severities: ['SEV1'] }, NOW, seq);
    expect(sev1.incidents).toBe(1);
    await db.open();
    await db.delete();
  });

  it("answers the same through the worker's own handle, opened without the app's schema, and follows writes", async () => {
    const db = freshDatabase();
    const options = { monthOf: utcMonth, zone: 'UTC' };
    const first = await declareIncident(db, testActor, promptInjectionDraft({ severity: 'SEV2' }), declaredAtFixture);
    await declareIncident(db, testActor, promptInjectionDraft({ severity: 'SEV3' }), declaredAtFixture);
    const full = await new MetricsFollower(db, options).summarize(ALL_INCIDENTS, NOW);

    const slim = await openMetricsDatabase(db.name);
    const follower = new MetricsFollower(slim, options);
    expect(await follower.summarize(ALL_INCIDENTS, NOW)).toEqual(full);
    await waiveReview(db, first.id);
    await changePhase(db, testActor, first.id, { to: 'closed', occurredAt: '2026-11-20T10:30:00.000Z' });
    const after = await follower.summarize(ALL_INCIDENTS, NOW);
    expect(after.overall.stats.close.counted).toBe(1);
    expect(after).toEqual(await new MetricsFollower(db, options).summarize(ALL_INCIDENTS, NOW));
    (slim as unknown as { close(): void }).close();
    await db.delete();
  });

  it('says in words when the database is not there or has no metrics tables yet, and creates nothing', async () => {
    const name = `metrics-empty-${Date.now()}`;
    await expect(openMetricsDatabase(name)).rejects.toThrow('The database is not set up yet');
    expect(await Dexie.exists(name)).toBe(false);
    const other = new Dexie(name);
    other.version(1).stores({ meta: '&key' });
    await other.open();
    other.close();
    await expect(openMetricsDatabase(name)).rejects.toThrow(
      'The database has no auditLog, metricsFacts, metricsStepFacts, reviewChartFacts, actionItemChartFacts, ' +
        'filingChartFacts, metricsSnapshot table yet',
    );
    await other.delete();
  });
});
