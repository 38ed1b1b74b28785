/** The metrics report document: the dashboard's numbers and charts, with a manifest naming the report itself. */
import { describe, expect, it } from 'vitest';
import { MetricsIndex } from '../../../shared/domain/metrics/aggregate';
import { summaryCharts } from '../../../shared/domain/metrics/charts';
import { incidentMetricsFact } from '../../../shared/domain/metrics/facts';
import { ALL_INCIDENTS } from '../../../shared/domain/metrics/filter';
import { buildMetricsReport, metricsReportRef } from '../../../shared/reports/metricsReport';
import { reportManifestSchema } from '../../../shared/reports/manifest';
import { FIXTURE_NOW, metricsFixtureIncidents, metricsFixtureSteps } from '../../fixtures/metricsIncidents';

describe('metrics report', () => {
  it('prints the response times, every chart with its values, the breakdowns and a valid manifest', () => {
    const summary = new MetricsIndex(
      metricsFixtureIncidents().flatMap((incident) => incidentMetricsFact(incident) ?? []),
      metricsFixtureSteps(),
    ).summarize(ALL_INCIDENTS, FIXTURE_NOW);
    const generatedAt = '2026-05-20T00:00:00.000Z';
    const document = buildMetricsReport({
      subject: { kind: 'metrics', id: '0190a000-0000-7000-8000-0000000f0f01', ref: metricsReportRef(generatedAt) },
      summary,
      charts: summaryCharts(summary, 'close'),
      filterWords: 'All time · all severities · all types',
      auditHead: { seq: 12, hash: 'a'.repeat(64) },
      generatedAt,
      generatedBy: 'Ana Ortiz (Incident commander)',
      signerFingerprint: '',
    });
    expect(document.subject.ref).toBe('METRICS-2026-05-20');
    expect(reportManifestSchema.parse(document.manifest)).toMatchObject({
      reportType: 'metrics-report',
      subject: { kind: 'metrics', ref: 'METRICS-2026-05-20' },
      auditHead: { seq: 12 },
      evidence: [],
    });
    const responseTimes = document.blocks.find((block) => block.kind === 'table');
    expect(responseTimes?.kind === 'table' ? responseTimes.rows[4] : undefined).toEqual([
      'Time to close',
      'Declared → Closed',
      '2',
      '3',
      '1.5 d',
      '1.9 d',
    ]);
    const charts = document.blocks.flatMap((block) => (block.kind === 'chart' ? [block] : []));
    expect(charts.map((chart) => chart.title)).toEqual([
      'Incidents per month',
      'Time to close per month',
      'Time to close by severity',
      'Incidents by type',
      'Checklist steps overdue',
    ]);
    // April had no incident: drawn at 0 in the PDF, and the report says what a 0 means there.
    expect(charts[1]?.series[0]?.points.map((point) => point.y)).toEqual([24, 0, 48]);
    const texts = document.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(texts).toContain('A 0 marks a month with no incident counted.');
    const subheadings = document.blocks.flatMap((block) => (block.kind === 'subheading' ? [block.text] : []));
    expect(subheadings).toEqual(
      expect.arrayContaining(['By severity', 'By incident type', 'By ATLAS technique', 'By AI system']),
    );
  });
});
