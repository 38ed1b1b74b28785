/**
 * Rendered with the dashboard's route, outside its lazily loaded screen: asks the metrics worker for the summary and charts
 * of the dashboard's filter at once, so the worker starts, opens its saved index and computes while the screen's code
 * (and recharts with it) is still loading. The screen's first request takes this answer (see `metricsClient.ts`).
 */
import { useEffect } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { primeMetrics } from './metricsClient';
import { useMetricsStore } from './metricsStore';

export function PrimeMetrics() {
  const db = useDatabase();
  useEffect(() => {
    const { filter, metric } = useMetricsStore.getState();
    primeMetrics(db.name, filter, metric);
  }, [db]);
  return null;
}
