/** The dashboard's charts from a summary, their rows and their CSV (quoted, and safe from formula injection). */
import { describe, expect, it } from 'vitest';
import { MetricsIndex } from '../../../shared/domain/metrics/aggregate';
import { chartRows, summaryCharts } from '../../../shared/domain/metrics/charts';
import { toCsv } from '../../../shared/csv';
import { incidentMetricsFact } from '../../../shared/domain/metrics/facts';
import { ALL_INCIDENTS } from '../../../shared/domain/metrics/filter';
import { FIXTURE_NOW, metricsFixtureIncidents, metricsFixtureSteps } from '../../fixtures/metricsIncidents';

const summary = new MetricsIndex(
  metricsFixtureIncidents().flatMap((incident) => incidentMetricsFact(incident) ?? []),
  metricsFixtureSteps(),
).summarize(ALL_INCIDENTS, FIXTURE_NOW);

describe('metrics charts', () => {
  it('draws the built-in charts from the summary, with a gap for a month with nothing counted', () => {
    const charts = summaryCharts(summary, 'close');
    expect(charts.map((chart) => chart.id)).toEqual([
      'incidents-per-month',
      'close-per-month',
      'close-by-severity',
      'incidents-by-type',
      'overdue-steps',
    ]);
    expect(chartRows(charts[1]!)).toEqual({
      header: ['Month', 'Median (hours)', '85th percentile (hours)'],
      rows: [
        ['Mar 2026', '24', '24'],
        ['Apr 2026', '', ''],
        ['May 2026', '48', '48'],
      ],
    });
    expect(charts[1]?.note).toBe('2 incidents counted; 3 left out (a time missing or out of order).');
    expect(chartRows(charts[0]!).rows).toEqual([
      ['Mar 2026', '4'],
      ['Apr 2026', '0'],
      ['May 2026', '1'],
    ]);
  });

  it('writes CSV with quoting and neutralises cells a spreadsheet would run', () => {
    expect(
      toCsv(
        ['Type', 'Incidents'],
        [
          ['Bias, "fairness"', '3'],
          ['=HYPERLINK("x")', '-2'],
          ['-cmd', '4'],
        ],
      ),
    ).toBe('Type,Incidents\r\n"Bias, ""fairness""",3\r\n"\'=HYPERLINK(""x"")",-2\r\n\'-cmd,4\r\n');
  });
});
