/**
 * Every metric against hand-computed values (see the incidents in test/fixtures/metricsIncidents.ts): missing and
 * out-of-order times are left out and counted, a reopened incident counts only when closed again, and practice and
 * deleted incidents never count.
 */
import { describe, expect, it } from 'vitest';
import { MetricsIndex, type MetricStats, type MetricsGroup } from '../../../shared/domain/metrics/aggregate';
import { METRIC_IDS, type MetricId } from '../../../shared/domain/metrics/definitions';
import { incidentMetricsFact, type IncidentMetricsFact } from '../../../shared/domain/metrics/facts';
import { ALL_INCIDENTS } from '../../../shared/domain/metrics/filter';
import { quantile } from '../../../shared/domain/metrics/statistics';
import {
  FIXTURE_IDS,
  FIXTURE_NOW,
  HOUR,
  metricsFixtureIncidents,
  metricsFixtureSteps,
} from '../../fixtures/metricsIncidents';

function facts(): IncidentMetricsFact[] {
  return metricsFixtureIncidents()
    .map(incidentMetricsFact)
    .filter((fact) => fact !== undefined);
}

function index(): MetricsIndex {
  return new MetricsIndex(facts(), metricsFixtureSteps());
}

/** Stats in hours, the way they were computed by hand. */
function hours(stats: Readonly<Record<MetricId, MetricStats>>) {
  return Object.fromEntries(
    METRIC_IDS.map((metric) => {
      const { counted, leftOut, median, p85 } = stats[metric];
      const h = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR) * 1000) / 1000);
      return [metric, { counted, leftOut, median: h(median), p85: h(p85) }];
    }),
  );
}

function group(groups: readonly MetricsGroup[], key: string): MetricsGroup {
  const found = groups.find((g) => g.key === key);
  if (!found) throw new Error(`no group ${key}`);
  return found;
}

describe('metric facts', () => {
  it('gives practice and deleted incidents no row, and each metric its duration or null', () => {
    const byId = new Map(facts().map((fact) => [fact.id, fact]));
    expect(byId.has(FIXTURE_IDS.E)).toBe(false);
    expect(byId.has(FIXTURE_IDS.F)).toBe(false);
    expect(byId.get(FIXTURE_IDS.A)).toMatchObject({
      detect: 2 * HOUR,
      acknowledge: 0.5 * HOUR,
      contain: 4 * HOUR,
      recover: 10 * HOUR,
      close: 24 * HOUR,
      severity: 'SEV1',
      systems: ['chatbot'],
    });
    // Reopened and open now: its old closing time does not count. Reopened and closed again: the latest counts.
    expect(byId.get(FIXTURE_IDS.C)?.close).toBeNull();
    expect(byId.get(FIXTURE_IDS.D)?.close).toBe(48 * HOUR);
    // First response recorded before detection: out of order, left out.
    expect(byId.get(FIXTURE_IDS.G)?.acknowledge).toBeNull();
  });
});

describe('quantiles', () => {
  it('interpolates between the nearest ranks', () => {
    expect(quantile([10, 2, 4], 0.5)).toBe(4);
    expect(quantile([10, 2, 4], 0.85)).toBeCloseTo(8.2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([7], 0.85)).toBe(7);
  });
});

describe('metrics summary', () => {
  it('computes every metric over all real incidents, counting the left-out ones', () => {
    const summary = index().summarize(ALL_INCIDENTS, FIXTURE_NOW);
    expect(summary.incidents).toBe(5);
    expect(hours(summary.overall.stats)).toEqual({
      // detect: A 2, C 4, D 10 → median 4, p85 4 + 0.7 × 6 = 8.2; B and G have no impact start.
      detect: { counted: 3, leftOut: 2, median: 4, p85: 8.2 },
      // acknowledge: D 0.25, A 0.5, B 1, C 2 → median 0.75, p85 1 + 0.55 × 1 = 1.55; G out of order.
      acknowledge: { counted: 4, leftOut: 1, median: 0.75, p85: 1.55 },
      // contain: A 4, C 6, B 8 → median 6, p85 6 + 0.7 × 2 = 7.4.
      contain: { counted: 3, leftOut: 2, median: 6, p85: 7.4 },
      // recover: A 10, C 20 → median 15, p85 10 + 0.85 × 10 = 18.5.
      recover: { counted: 2, leftOut: 3, median: 15, p85: 18.5 },
      // close: A 24, D 48 (closed again) → median 36, p85 24 + 0.85 × 24 = 44.4; C reopened, B and G open.
      close: { counted: 2, leftOut: 3, median: 36, p85: 44.4 },
    });
  });

  it('groups per severity, type, ATLAS technique, AI system and month', () => {
    const { groups } = index().summarize(ALL_INCIDENTS, FIXTURE_NOW);
    expect(groups.severity.map((g) => [g.key, g.incidents])).toEqual([
      ['SEV1', 3],
      ['SEV2', 2],
    ]);
    expect(hours(group(groups.severity, 'SEV1').stats)['close']).toEqual({
      counted: 1,
      leftOut: 2,
      median: 24,
      p85: 24,
    });
    expect(hours(group(groups.severity, 'SEV2').stats)['detect']).toEqual({
      counted: 2,
      leftOut: 0,
      median: 7,
      p85: 9.1,
    });
    // B counts in both of its types: jailbreak is B (contain 8) and C (contain 6).
    expect(group(groups.type, 'jailbreak')).toMatchObject({ incidents: 2, label: 'Jailbreak' });
    expect(hours(group(groups.type, 'jailbreak').stats)['contain']).toEqual({
      counted: 2,
      leftOut: 0,
      median: 7,
      p85: 7.7,
    });
    expect(groups.type.map((g) => g.key)).toEqual(['prompt-injection', 'jailbreak', 'model-drift', 'harmful-output']);
    expect(groups.atlas.map((g) => [g.key, g.incidents])).toEqual([
      ['AML.T0051', 2],
      ['AML.T0054', 1],
    ]);
    expect(group(groups.atlas, 'AML.T0051').label).toBe('AML.T0051 LLM Prompt Injection');
    expect(groups.system.map((g) => [g.key, g.incidents])).toEqual([
      ['chatbot', 2],
      ['filter', 1],
    ]);
    // March: A, B, C, G; April: none (shown, so the trend has no gap); May: D.
    expect(groups.month.map((g) => [g.label, g.incidents])).toEqual([
      ['Mar 2026', 4],
      ['Apr 2026', 0],
      ['May 2026', 1],
    ]);
    expect(hours(group(groups.month, '2026-05').stats)['close']).toEqual({
      counted: 1,
      leftOut: 0,
      median: 48,
      p85: 48,
    });
  });

  it('filters by severity, type and period', () => {
    const metrics = index();
    const sev2 = metrics.summarize({ period: 'all', severities: ['SEV2'], types: [] }, FIXTURE_NOW);
    expect(sev2.incidents).toBe(2);
    expect(hours(sev2.overall.stats)['close']).toEqual({ counted: 1, leftOut: 1, median: 48, p85: 48 });
    const jailbreak = metrics.summarize({ period: 'all', severities: [], types: ['jailbreak'] }, FIXTURE_NOW);
    expect(jailbreak.incidents).toBe(2);
    expect(jailbreak.groups.severity.map((g) => g.key)).toEqual(['SEV1', 'SEV2']);
    const recent = metrics.summarize({ period: '30d', severities: [], types: [] }, FIXTURE_NOW);
    expect(recent.incidents).toBe(1);
    expect(recent.groups.type.map((g) => g.key)).toEqual(['model-drift']);
    const none = metrics.summarize({ period: 'all', severities: ['SEV4'], types: [] }, FIXTURE_NOW);
    expect(none.incidents).toBe(0);
    expect(none.overall.stats.close).toEqual({ counted: 0, leftOut: 0, median: null, p85: null });
    expect(none.groups.month).toEqual([]);
  });

  it('counts open checklist steps past due per phase, of counted incidents only', () => {
    const summary = index().summarize(ALL_INCIDENTS, FIXTURE_NOW);
    const overdue = Object.fromEntries(summary.overdueSteps.map((row) => [row.phase, row.count]));
    // B's containment step and C's eradication step; A's is done, B's recovery step is not yet due, and the
    // practice incident's step never counts.
    expect(overdue).toEqual({
      'detection-analysis': 0,
      containment: 1,
      eradication: 1,
      recovery: 0,
      'post-incident-review': 0,
    });
    const sev1 = index().summarize({ period: 'all', severities: ['SEV1'], types: [] }, FIXTURE_NOW);
    expect(sev1.overdueSteps.find((row) => row.phase === 'eradication')?.count).toBe(0);
  });
});

describe('the packed index', () => {
  const filters = [
    ALL_INCIDENTS,
    { period: 'all', severities: ['SEV2'], types: [] },
    { period: 'all', severities: [], types: ['jailbreak'] },
    { period: '30d', severities: ['SEV1', 'SEV3'], types: ['model-drift', 'jailbreak'] },
  ] as const;

  it('answers every filter exactly as the index it was packed from, after a structured clone', () => {
    const built = index();
    const reopened = MetricsIndex.fromPacked(structuredClone(built.toPacked()));
    for (const filter of filters) {
      const copy = { ...filter, severities: [...filter.severities], types: [...filter.types] };
      expect(reopened.summarize(copy, FIXTURE_NOW)).toEqual(built.summarize(copy, FIXTURE_NOW));
    }
  });

  it('gives back the facts and steps it was built from', () => {
    const { incidents, steps } = index().toFacts();
    const sorted = (rows: readonly IncidentMetricsFact[]) =>
      rows.map((fact) => ({ ...fact, atlas: [...fact.atlas].sort() })).sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(incidents)).toEqual(sorted(facts()));
    expect(steps).toEqual(metricsFixtureSteps());
  });
});

describe('metrics summary against a plain computation', () => {
  it('gives the same medians and 85th percentiles as sorting each group’s durations', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
    const rows: IncidentMetricsFact[] = Array.from({ length: 500 }, (_, i) => ({
      id: `f${i}`,
      declaredAt: Date.UTC(2026, 0, 1) + Math.floor(random() * 150) * 86_400_000,
      severity: severities[Math.floor(random() * 4)] ?? 'SEV1',
      types: random() < 0.5 ? ['jailbreak'] : ['jailbreak', 'model-drift'],
      atlas: [],
      systems: random() < 0.3 ? [] : [`system ${Math.floor(random() * 5)}`],
      detect: random() < 0.2 ? null : Math.floor(random() * 100) * HOUR,
      acknowledge: Math.floor(random() * 10_000),
      contain: random() < 0.5 ? null : Math.floor(random() * 7) * HOUR,
      recover: null,
      close: random() < 0.1 ? null : Math.floor(random() * 1e9),
    }));
    const summary = new MetricsIndex(rows, []).summarize(
      { period: 'all', severities: ['SEV1', 'SEV3'], types: [] },
      FIXTURE_NOW,
    );
    const kept = rows.filter((row) => row.severity === 'SEV1' || row.severity === 'SEV3');
    const plain = (subset: readonly IncidentMetricsFact[], metric: MetricId) => {
      const values = subset.flatMap((row) => (row[metric] === null ? [] : [row[metric]]));
      return {
        counted: values.length,
        leftOut: subset.length - values.length,
        median: quantile(values, 0.5),
        p85: quantile(values, 0.85),
      };
    };
    for (const metric of METRIC_IDS) {
      expect(summary.overall.stats[metric]).toEqual(plain(kept, metric));
      for (const group of summary.groups.system) {
        expect(group.stats[metric]).toEqual(
          plain(
            kept.filter((row) => row.systems.includes(group.key)),
            metric,
          ),
        );
      }
      const modelDrift = group(summary.groups.type, 'model-drift');
      expect(modelDrift.stats[metric]).toEqual(
        plain(
          kept.filter((row) => row.types.includes('model-drift')),
          metric,
        ),
      );
    }
  });
});
