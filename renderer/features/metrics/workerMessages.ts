/**
 * The metrics worker's messages: a request (database, filter, the trend's metric, time) and its answer (the summary
 * and every chart source's charts), read by type guards.
 */
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
import { METRIC_IDS, type MetricId } from '../../../shared/domain/metrics/definitions';
import { metricsFilterSchema, type MetricsFilter } from '../../../shared/domain/metrics/filter';
import { isRecord } from '../../workers/protocol';

export interface MetricsRequest {
  readonly requestId: number;
  readonly dbName: string;
  readonly filter: MetricsFilter;
  /** The metric the trend and severity charts show. */
  readonly metric: MetricId;
  readonly now: number;
  /** The audit head the page has seen: the worker answers as of it (reading nothing when its index is there). */
  readonly headSeq?: number;
}

export type MetricsAnswer =
  | {
      readonly requestId: number;
      readonly ok: true;
      readonly summary: MetricsSummary;
      readonly seq: number;
      readonly charts: MetricsChart[];
      /** Sources whose charts could not be made. */
      readonly failed: string[];
    }
  | { readonly requestId: number; readonly ok: false; readonly message: string };

export function isMetricsRequest(value: unknown): value is MetricsRequest {
  return (
    isRecord(value) &&
    typeof value['requestId'] === 'number' &&
    typeof value['dbName'] === 'string' &&
    typeof value['now'] === 'number' &&
    (METRIC_IDS as readonly unknown[]).includes(value['metric']) &&
    (value['headSeq'] === undefined || typeof value['headSeq'] === 'number') &&
    metricsFilterSchema.safeParse(value['filter']).success
  );
}

export function isMetricsAnswer(value: unknown): value is MetricsAnswer {
  if (!isRecord(value) || typeof value['requestId'] !== 'number') return false;
  return value['ok'] === true
    ? isRecord(value['summary']) &&
        typeof value['seq'] === 'number' &&
        Array.isArray(value['charts']) &&
        Array.isArray(value['failed'])
    : value['ok'] === false && typeof value['message'] === 'string';
}
