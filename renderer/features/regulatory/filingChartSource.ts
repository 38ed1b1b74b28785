/**
 * The regulatory capability's chart source for the metrics dashboard and report: filings on time, late and overdue
 * per regime, for the incidents the dashboard counts (practice incidents' profiles never count). It charts from the
 * profiles' chart facts (`renderer/db/regulatory/chartFacts.ts`: each profile's deadlines, computed by the clock
 * engine when the profile is written), so a filter change only compares deadlines with now (see `chartSource.ts`).
 */
import { filingDeadlinesChart, type FilingChartFact } from '../../../shared/domain/regulatory/filingCharts';
import { factTable, type ChartSource } from '../metrics/chartSource';

const filingFacts = factTable<FilingChartFact>('filingChartFacts', 'regulatoryProfile');

export const filingChartSource: ChartSource = {
  id: 'regulatory',
  tables: [filingFacts],
  charts: ({ rows, now }) => [
    filingDeadlinesChart(
      filingFacts.rowsIn(rows).map((fact) => fact.deadlines),
      now,
    ),
  ],
};
