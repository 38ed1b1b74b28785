/**
 * The dashboard's chart sources from other capabilities: root-cause categories and action items (reviews) and
 * filings on time vs late (regulatory) count only the incidents the dashboard counts — never a practice incident,
 * and not an incident the filter leaves out. The metrics worker charts them from the capabilities' chart facts, kept
 * beside every write: they equal a full recount from the records for every filter, a filter change reads no table, a
 * write is counted, a new window opens them from the saved copy, and the fact tables equal a rebuild.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { readAuditHead } from '../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { rebuildFilingChartFacts } from '../../../renderer/db/regulatory/chartFacts';
import { liveRegulatoryProfiles } from '../../../renderer/db/regulatory/queries';
import { addRegime, recordSubmission } from '../../../renderer/db/regulatory/regulatoryProfiles';
import { rebuildReviewChartFacts } from '../../../renderer/db/reviews/chartFacts';
import { liveActionItems, liveReviewsByIncident } from '../../../renderer/db/reviews/queries';
import { addActionItem, saveReview, startReview, updateActionItem } from '../../../renderer/db/reviews/reviews';
import { savePerson } from '../../../renderer/db/team/team';
import { MetricsFollower } from '../../../renderer/features/metrics/metricsFollower';
import { compileFilter, utcMonth } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
import { ALL_INCIDENTS, type MetricsFilter } from '../../../shared/domain/metrics/filter';
import { REGIME_IDS } from '../../../shared/domain/regulatory/clockInput';
import { REGIME_ORDER } from '../../../shared/domain/regulatory/filingCharts';
import { filingTimelinessChart } from '../../../shared/domain/regulatory/filingDeadlines';
import { localDate } from '../../../shared/domain/reviews/actionItem';
import type { CauseCategory } from '../../../shared/domain/reviews/review';
import {
  actionItemStatusChart,
  reviewChartFact,
  rootCauseCategoryChart,
} from '../../../shared/domain/reviews/reviewCharts';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

const NOW = Date.parse('2026-11-28T12:00:00.000Z');
const gdpr = {
  regime: 'gdpr-art33',
  reason: 'Customer e-mails exposed.',
  timeZone: 'Europe/Brussels',
  country: 'BE',
} as const;
const cause = (text: string, category: CauseCategory) => ({ text, category, avid: [], atlas: [] });

/** Each chart's values as { x: [y per series] }. */
function valuesOf(charts: readonly MetricsChart[], id: string): Record<string, (number | null)[]> {
  const chart = charts.find((candidate) => candidate.id === id);
  if (!chart) throw new Error(`No chart ${id}.`);
  const xs = chart.series[0]?.points.map((point) => point.x) ?? [];
  return Object.fromEntries(xs.map((x, i) => [x, chart.series.map((series) => series.points[i]?.y ?? null)]));
}

describe('chart sources of reviews and regulatory filings', () => {
  it('count root causes, action items and filings of the incidents counted only', async () => {
    const db = freshDatabase();
    const real = await declareIncident(db, testActor, promptInjectionDraft({ severity: 'SEV2' }), declaredAtFixture);
    const practice = await declareIncident(db, testActor, promptInjectionDraft({ severity: 'SEV2' }), {
      ...declaredAtFixture,
      exercise: { exerciseId: '0190a000-0000-7000-8000-0000000e0e01', ref: 'EX-2026-0001' },
    });
    const review = await startReview(db, testActor, real.id);
    await saveReview(db, testActor, review.id, {
      rootCause: {
        primary: cause('The output filter let key-like strings through.', 'system'),
        contributing: [cause('An indexed article held the strings.', 'data'), cause('No egress check.', 'system')],
        trigger: cause('A crafted prompt.', 'interaction'),
      },
    });
    const owner = await savePerson(db, testActor, { name: 'Sam Okafor' });
    const item = { type: 'prevent', ownerId: owner.id, priority: 'P1' } as const;
    await addActionItem(db, testActor, review.id, {
      ...item,
      title: 'Filter codes',
      dueDate: '2026-11-01',
      status: 'open',
    });
    await addActionItem(db, testActor, review.id, {
      ...item,
      title: 'Egress check',
      dueDate: '2026-11-02',
      status: 'done',
    });
    await addActionItem(db, testActor, review.id, {
      ...item,
      title: 'Eval suite',
      dueDate: '2026-12-30',
      status: 'open',
    });
    // GDPR is due 72 hours after awareness; the real incident filed late, the practice one never (it never counts).
    await addRegime(db, testActor, real.id, gdpr);
    await recordSubmission(db, testActor, real.id, {
      regime: 'gdpr-art33',
      stage: 'authority',
      submittedAt: '2026-11-25T09:00:00.000Z',
    });
    await addRegime(db, testActor, practice.id, gdpr);

    const follower = new MetricsFollower(db, { monthOf: utcMonth, zone: 'UTC' });
    const chartsFor = (filter: MetricsFilter) => follower.answer(filter, NOW);
    const all = await chartsFor(ALL_INCIDENTS);
    expect(all.failed).toEqual([]);
    expect(valuesOf(all.charts, 'root-cause-categories')).toEqual({
      Data: [0, 1, 0],
      Model: [0, 0, 0],
      Interaction: [0, 0, 1],
      System: [1, 1, 0],
      External: [0, 0, 0],
    });
    expect(valuesOf(all.charts, 'action-items-status')).toEqual({ Open: [1], Overdue: [1], Done: [1] });
    expect(valuesOf(all.charts, 'filings-on-time')).toEqual({ 'GDPR Art. 33': [0, 1, 0] });

    // A filter that leaves the real incident out leaves its review, items and filings out too.
    const sev1 = await chartsFor({ ...ALL_INCIDENTS, severities: ['SEV1'] });
    expect(valuesOf(sev1.charts, 'root-cause-categories')['System']).toEqual([0, 0, 0]);
    expect(valuesOf(sev1.charts, 'action-items-status')).toEqual({ Open: [0], Overdue: [0], Done: [0] });
    expect(valuesOf(sev1.charts, 'filings-on-time')).toEqual({});
    await db.delete();
  });

  it('equal a full recount for every filter, read no table on a filter change, and count a write', async () => {
    const db = freshDatabase();
    const owner = await savePerson(db, testActor, { name: 'Sam Okafor' });
    const categories: CauseCategory[] = ['data', 'model', 'interaction', 'system', 'external'];
    const statuses = ['open', 'in-progress', 'done', 'open'] as const;
    for (let n = 0; n < 8; n++) {
      const incident = await declareIncident(
        db,
        testActor,
        promptInjectionDraft({ severity: (['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const)[n % 4] }),
        declaredAtFixture,
      );
      if (n % 4 === 3) continue;
      const review = await startReview(db, testActor, incident.id);
      await saveReview(db, testActor, review.id, {
        rootCause: {
          primary: cause('The filter let strings through.', categories[n % 5] ?? 'system'),
          contributing: [cause('An article held strings.', categories[(n + 2) % 5] ?? 'data')],
          trigger: cause('A crafted prompt.', 'interaction'),
        },
      });
      for (let k = 0; k <= n % 3; k++) {
        await addActionItem(db, testActor, review.id, {
          type: 'prevent',
          ownerId: owner.id,
          priority: 'P2',
          title: `Item ${n}.${k}`,
          dueDate: k % 2 === 0 ? '2026-11-01' : '2026-12-30',
          status: statuses[(n + k) % 4] ?? 'open',
        });
      }
      if (n % 2 === 0) {
        await addRegime(db, testActor, incident.id, gdpr);
        if (n % 4 === 0) {
          await recordSubmission(db, testActor, incident.id, {
            regime: 'gdpr-art33',
            stage: 'authority',
            submittedAt: '2026-11-25T09:00:00.000Z',
          });
        }
      }
    }
    /** The charts the slow way: every table read whole, then the counted incidents looked up. */
    const recount = async (filter: MetricsFilter): Promise<MetricsChart[]> => {
      const [reviews, items, profiles] = await Promise.all([
        liveReviewsByIncident(db),
        liveActionItems(db),
        liveRegulatoryProfiles(db),
      ]);
      const passes = compileFilter(filter, NOW);
      const counted = new Set((await db.metricsFacts.toArray()).filter(passes).map((fact) => fact.id));
      return [
        rootCauseCategoryChart(
          [...reviews].flatMap(([id, review]) => (counted.has(id) ? [reviewChartFact(review) ?? []].flat() : [])),
        ),
        actionItemStatusChart(
          items.filter((item) => counted.has(item.incidentId)),
          localDate(new Date(NOW)),
        ),
        filingTimelinessChart(
          profiles.flatMap((profile) =>
            profile.incident !== null && counted.has(profile.subject.id)
              ? [{ profile, awareAt: profile.incident.awareAt }]
              : [],
          ),
          NOW,
        ),
      ];
    };
    const follower = new MetricsFollower(db, { monthOf: utcMonth, zone: 'UTC' });
    const chartsAtHead = async (filter: MetricsFilter, headSeq?: number) => {
      const { charts, failed } = await follower.answer(filter, NOW, headSeq);
      expect(failed).toEqual([]);
      return charts.filter((chart) => SOURCE_CHARTS.includes(chart.id));
    };
    const filters: MetricsFilter[] = [
      ALL_INCIDENTS,
      { ...ALL_INCIDENTS, severities: ['SEV1'] },
      { ...ALL_INCIDENTS, severities: ['SEV2', 'SEV3'] },
      { ...ALL_INCIDENTS, types: ['prompt-injection'] },
      { ...ALL_INCIDENTS, types: ['model-drift'] },
    ];
    const { seq } = await follower.answer(ALL_INCIDENTS, NOW);
    const first = await chartsAtHead(ALL_INCIDENTS, seq);
    expect(valuesOf(first, 'action-items-status')).toEqual({ Open: [2], Overdue: [6], Done: [4] });
    expect(valuesOf(first, 'filings-on-time')).toEqual({ 'GDPR Art. 33': [0, 2, 2] });
    const expected = new Map<MetricsFilter, MetricsChart[]>();
    for (const filter of filters) expected.set(filter, await recount(filter));
    // Told the head it follows, the follower reads no table for any filter: not the records, not the fact rows.
    const reads = readsOf(db);
    for (const filter of filters) expect(await chartsAtHead(filter, seq)).toEqual(expected.get(filter));
    expect(reads()).toEqual(Object.fromEntries(READ_TABLES.map((table) => [table, 0])));

    // A write moves the head: the next filter change reads again and counts the new item.
    const [reviewed] = [...(await liveReviewsByIncident(db)).values()];
    if (!reviewed) throw new Error('The fixture has no review.');
    const before = (await readAuditHead(db.meta)).seq;
    await addActionItem(db, testActor, reviewed.id, {
      type: 'detect',
      ownerId: owner.id,
      priority: 'P1',
      title: 'New item',
      dueDate: '2026-12-31',
      status: 'open',
    });
    expect((await readAuditHead(db.meta)).seq).toBeGreaterThan(before);
    expect(await chartsAtHead(ALL_INCIDENTS)).toEqual(await recount(ALL_INCIDENTS));
    await db.delete();
  });

  it('open from the saved copy in a new window, catch up with writes to reviews and items, and equal a rebuild', async () => {
    const db = freshDatabase();
    const owner = await savePerson(db, testActor, { name: 'Sam Okafor' });
    const options = { monthOf: utcMonth, zone: 'UTC' };
    const incident = await declareIncident(
      db,
      testActor,
      promptInjectionDraft({ severity: 'SEV2' }),
      declaredAtFixture,
    );
    const review = await startReview(db, testActor, incident.id);
    await saveReview(db, testActor, review.id, {
      rootCause: {
        primary: cause('The filter let strings through.', 'model'),
        contributing: [],
        trigger: cause('A crafted prompt.', 'interaction'),
      },
    });
    const draft = {
      type: 'prevent',
      ownerId: owner.id,
      priority: 'P2',
      title: 'Filter codes',
      dueDate: '2026-11-01',
      status: 'open',
    } as const;
    const item = await addActionItem(db, testActor, review.id, draft);
    await addRegime(db, testActor, incident.id, gdpr);
    const building = new MetricsFollower(db, options);
    const built = await building.answer(ALL_INCIDENTS, NOW);
    await building.settled();
    expect(building.lastSource).toBe('rows');
    expect(valuesOf(built.charts, 'action-items-status')).toEqual({ Open: [0], Overdue: [1], Done: [0] });

    // A new window (a new worker) answers from the saved copy without reading any fact table.
    const reads = readsOf(db);
    const reopened = new MetricsFollower(db, options);
    expect(await reopened.answer(ALL_INCIDENTS, NOW)).toEqual(built);
    expect(reopened.lastSource).toBe('snapshot');
    expect(reads()).toEqual(Object.fromEntries(READ_TABLES.map((table) => [table, 0])));

    // Writes after the copy was saved: the item done, the filing made. The next window applies them.
    await updateActionItem(db, testActor, item.id, { ...draft, status: 'done' });
    await recordSubmission(db, testActor, incident.id, {
      regime: 'gdpr-art33',
      stage: 'authority',
      submittedAt: '2026-11-25T09:00:00.000Z',
    });
    const later = new MetricsFollower(db, options);
    const caughtUp = await later.answer(ALL_INCIDENTS, NOW);
    expect(later.lastSource).toBe('memory');
    expect(valuesOf(caughtUp.charts, 'action-items-status')).toEqual({ Open: [0], Overdue: [0], Done: [1] });
    expect(valuesOf(caughtUp.charts, 'filings-on-time')).toEqual({ 'GDPR Art. 33': [0, 1, 0] });
    expect(valuesOf(caughtUp.charts, 'root-cause-categories')['Model']).toEqual([1, 0, 0]);

    // The rows kept beside each write are the rows a rebuild makes from the records.
    const kept = await Promise.all(FACT_TABLES.map((table) => db.table(table).toArray()));
    await rebuildReviewChartFacts(db);
    await rebuildFilingChartFacts(db);
    expect(await Promise.all(FACT_TABLES.map((table) => db.table(table).toArray()))).toEqual(kept);
    expect(kept.map((rows) => rows.length)).toEqual([1, 1, 1]);
    await db.delete();
  });

  it('order regimes as the regulatory capability lists them', () => {
    expect(REGIME_ORDER).toEqual([...REGIME_IDS]);
  });
});

const SOURCE_CHARTS = ['root-cause-categories', 'action-items-status', 'filings-on-time'];
const FACT_TABLES = ['reviewChartFacts', 'actionItemChartFacts', 'filingChartFacts'] as const;
/** The records behind the source charts and their fact rows: a filter change reads none of them. */
const READ_TABLES = ['reviews', 'actionItems', 'regulatoryProfiles', 'metricsFacts', ...FACT_TABLES] as const;

/** Counts reads (whole table, or by key) of the source tables and their fact rows from here on. */
function readsOf(db: FirebreakDatabase): () => Record<string, number> {
  const spies = READ_TABLES.map(
    (table) =>
      [
        table,
        [vi.spyOn(db.table(table), 'toArray'), vi.spyOn(db.table(table), 'bulkGet'), vi.spyOn(db.table(table), 'get')],
      ] as const,
  );
  return () =>
    Object.fromEntries(
      spies.map(([table, calls]) => [table, calls.reduce((sum, spy) => sum + spy.mock.calls.length, 0)]),
    );
}
