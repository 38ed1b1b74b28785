/**
 * The summary and charts for the dashboard's filter and metric, computed by the metrics worker: asked again when the
 * filter or metric changes or the audit head moves (any write, from any window). The last answer stays on screen
 * while the next is computed; an answer to an older request is dropped.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
import type { MetricId } from '../../../shared/domain/metrics/definitions';
import type { MetricsFilter } from '../../../shared/domain/metrics/filter';
import { useDatabase } from '../../app/DatabaseContext';
import { readAuditHead } from '../../db/auditTrail';
import { describeError } from '../../ui/errorMessage';
import { summarizeMetrics, takePrimedAnswer, type MetricsAnswerOf } from './metricsClient';

export interface MetricsView {
  readonly summary: MetricsSummary | undefined;
  /** Every chart source's charts for the same filter as the summary. */
  readonly charts: readonly MetricsChart[];
  /** Sources whose charts could not be made. */
  readonly failed: readonly string[];
  /** The filter the summary is for (the screen's may have moved on while it was computed). */
  readonly filter: MetricsFilter;
  readonly error: string | undefined;
  /** Counts answers, so a test or benchmark can wait for the one after its change. */
  readonly version: number;
}

export function useMetricsSummary(filter: MetricsFilter, metric: MetricId): MetricsView {
  const db = useDatabase();
  const headSeq = useLiveQuery(async () => (await readAuditHead(db.meta)).seq, [db]);
  const [view, setView] = useState<MetricsView>({
    summary: undefined,
    charts: [],
    failed: [],
    filter,
    error: undefined,
    version: 0,
  });
  const latest = useRef(0);
  useEffect(() => {
    if (headSeq === undefined) return;
    const request = ++latest.current;
    // The answer asked for when the dashboard was navigated to, if it is as recent as the head seen here.
    const ask = async (): Promise<MetricsAnswerOf> => {
      const primed = await takePrimedAnswer(db.name, filter, metric)?.catch(() => undefined);
      return primed !== undefined && primed.seq >= headSeq
        ? primed
        : summarizeMetrics(db.name, filter, metric, Date.now(), headSeq);
    };
    ask().then(
      ({ summary, charts, failed }) => {
        if (request === latest.current) {
          setView((v) => ({ summary, charts, failed, filter, error: undefined, version: v.version + 1 }));
        }
      },
      (error: unknown) => {
        if (request === latest.current) {
          setView((v) => ({ ...v, error: describeError(error), version: v.version + 1 }));
        }
      },
    );
  }, [db, filter, metric, headSeq]);
  return view;
}
