/**
 * The metrics capability's screen and navigation: the dashboard. The screen (and recharts with it) is loaded on
 * first visit, so the console's start does not carry the charting code; the metrics worker is asked at once
 * (`PrimeMetrics`), while that code loads.
 */
import { lazy, Suspense } from 'react';
import type { FeatureCapability } from '../../app/routing';
import { PrimeMetrics } from './PrimeMetrics';
import type { MetricsRoute } from './routes';

const MetricsScreen = lazy(() => import('./MetricsScreen').then((module) => ({ default: module.MetricsScreen })));

export const metricsFeature = {
  name: 'metrics',
  screens: {
    metrics: () => (
      <>
        <PrimeMetrics />
        <Suspense fallback={<p className="muted">Loading metrics…</p>}>
          <MetricsScreen />
        </Suspense>
      </>
    ),
  },
  navigation: [{ label: 'Metrics', route: { name: 'metrics' }, icon: 'chart', matches: ['metrics'] }],
} as const satisfies FeatureCapability<MetricsRoute>;
