/** The metrics worker's messages: a summary request (database, filter, time) and its answer, read by type guards. */
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import { metricsFilterSchema, type MetricsFilter } from '../../../shared/domain/metrics/filter';
import { isRecord } from '../../workers/protocol';

export interface MetricsRequest {
  readonly requestId: number;
  readonly dbName: string;
  readonly filter: MetricsFilter;
  readonly now: number;
  /** The audit head the page has seen: the worker answers as of it (reading nothing when its index is there). */
  readonly headSeq?: number;
}

export type MetricsAnswer =
  | { readonly requestId: number; readonly ok: true; readonly summary: MetricsSummary; readonly seq: number }
  | { readonly requestId: number; readonly ok: false; readonly message: string };

export function isMetricsRequest(value: unknown): value is MetricsRequest {
  return (
    isRecord(value) &&
    typeof value['requestId'] === 'number' &&
    typeof value['dbName'] === 'string' &&
    typeof value['now'] === 'number' &&
    (value['headSeq'] === undefined || typeof value['headSeq'] === 'number') &&
    metricsFilterSchema.safeParse(value['filter']).success
  );
}

export function isMetricsAnswer(value: unknown): value is MetricsAnswer {
  if (!isRecord(value) || typeof value['requestId'] !== 'number') return false;
  return value['ok'] === true
    ? isRecord(value['summary']) && typeof value['seq'] === 'number'
    : value['ok'] === false && typeof value['message'] === 'string';
}
