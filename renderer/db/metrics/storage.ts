/**
 * The metrics capability's tables: the per-incident and per-step metrics projection (version 13) and the metrics
 * worker's saved index (version 20, a cache: `metricsSnapshot.ts`).
 */
import type { EntityTable } from 'dexie';
import type { IncidentMetricsFact, StepMetricsFact } from '../../../shared/domain/metrics/facts';
import { derivedRows, type StorageCapability } from '../capability';
import { METRICS_FACT_STORES } from './metricsFacts';
import { METRICS_SNAPSHOT_STORES, type MetricsSnapshot } from './metricsSnapshot';
import { incidentMetricsFact, stepMetricsFact } from '../../../shared/domain/metrics/facts';
import { upgradeToV13 } from './migrations/v13-metrics-facts';

export interface MetricsTables {
  metricsFacts: EntityTable<IncidentMetricsFact, 'id'>;
  metricsStepFacts: EntityTable<StepMetricsFact, 'id'>;
  metricsSnapshot: EntityTable<MetricsSnapshot, 'id'>;
}

export const metricsStorage = {
  name: 'metrics',
  versions: {
    13: { stores: METRICS_FACT_STORES, upgrade: upgradeToV13 },
    20: { stores: METRICS_SNAPSHOT_STORES },
  },
  // Written beside every incident and checklist step, in the same transaction, so the dashboard never lags a write.
  derivedRows: [
    derivedRows('incident', 'metricsFacts', incidentMetricsFact),
    derivedRows('checklistStep', 'metricsStepFacts', stepMetricsFact),
  ],
} as const satisfies StorageCapability;
