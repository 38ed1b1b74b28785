/**
 * The dashboard's chart sources from other capabilities: root-cause categories and action items (reviews) and
 * filings on time vs late (regulatory) count only the incidents the dashboard counts — never a practice incident,
 * and not an incident the filter leaves out.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { addRegime, recordSubmission } from '../../../renderer/db/regulatory/regulatoryProfiles';
import { addActionItem, saveReview, startReview } from '../../../renderer/db/reviews/reviews';
import { savePerson } from '../../../renderer/db/team/team';
import { chartsOfSources } from '../../../renderer/features/metrics/chartSources';
import { MetricsFollower } from '../../../renderer/features/metrics/metricsFollower';
import { utcMonth } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
import { ALL_INCIDENTS, type MetricsFilter } from '../../../shared/domain/metrics/filter';
import type { CauseCategory } from '../../../shared/domain/reviews/review';
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
    const chartsFor = async (filter: MetricsFilter) => {
      const summary = await follower.summarize(filter, NOW);
      return chartsOfSources({ db, filter, summary, metric: 'close', now: NOW });
    };
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
});
