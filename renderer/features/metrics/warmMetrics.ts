/**
 * Starts the metrics worker at an idle moment after the console has started, and has it load its index (the saved
 * packed copy, or the projection once) and answer the dashboard's current filter: at 100,000 incidents that is the
 * slow part of a first visit (the worker's start, the database, the copy: about half a second), done before anyone
 * opens the dashboard rather than after the click. The screen's code (recharts with it) is fetched and parsed then
 * too, so the click renders at once. Costs one small answer and one module's parse on the main thread; the dashboard
 * asks again when opened (`PrimeMetrics`), from memory.
 */
import { primeMetrics } from './metricsClient';
import { useMetricsStore } from './metricsStore';

export function warmMetrics(dbName: string): void {
  const { filter, metric } = useMetricsStore.getState();
  primeMetrics(dbName, filter, metric);
  // The same module the route's lazy screen imports: loaded once, kept by the module map.
  void import('./MetricsScreen').catch(() => undefined);
}
