/** The charts of every chart source for the current summary, filter and metric (see `chartSources.ts`). */
import { useEffect, useState } from 'react';
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
import type { MetricId } from '../../../shared/domain/metrics/definitions';
import type { MetricsFilter } from '../../../shared/domain/metrics/filter';
import { useDatabase } from '../../app/DatabaseContext';
import { chartsOfSources } from './chartSources';

export interface SourceCharts {
  readonly charts: readonly MetricsChart[];
  readonly failed: readonly string[];
  /** The summary the charts were drawn from. */
  readonly summary: MetricsSummary | undefined;
  /** The worker answer they belong to (see `MetricsView.version`). */
  readonly version: number;
}

export function useSourceCharts(
  summary: MetricsSummary | undefined,
  version: number,
  filter: MetricsFilter,
  metric: MetricId,
  seq?: number,
): SourceCharts {
  const db = useDatabase();
  const [state, setState] = useState<SourceCharts>({ charts: [], failed: [], summary: undefined, version: 0 });
  useEffect(() => {
    if (summary === undefined) return;
    let current = true;
    void chartsOfSources({ db, filter, summary, metric, now: summary.now, seq }).then(({ charts, failed }) => {
      if (current) setState({ charts, failed, summary, version });
    });
    return () => {
      current = false;
    };
  }, [db, summary, version, filter, metric, seq]);
  return state;
}
