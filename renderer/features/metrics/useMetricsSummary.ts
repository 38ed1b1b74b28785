/**
 * The summary for the dashboard's filter, computed by the metrics worker: asked again when the filter changes or
 * the audit head moves (any write, from any window). The last answer stays on screen while the next is computed;
 * an answer to an older request is dropped.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsFilter } from '../../../shared/domain/metrics/filter';
import { useDatabase } from '../../app/DatabaseContext';
import { readAuditHead } from '../../db/auditTrail';
import { describeError } from '../../ui/errorMessage';
import { summarizeMetrics, takePrimedAnswer, type MetricsAnswerOf } from './metricsClient';

export interface MetricsView {
  readonly summary: MetricsSummary | undefined;
  /** The filter the summary is for (the screen's may have moved on while it was computed). */
  readonly filter: MetricsFilter;
  readonly error: string | undefined;
  /** The audit sequence number the summary is as of (chart sources keep what they read at it). */
  readonly seq: number | undefined;
  /** Counts answers, so a test or benchmark can wait for the one after its change. */
  readonly version: number;
}

export function useMetricsSummary(filter: MetricsFilter): MetricsView {
  const db = useDatabase();
  const headSeq = useLiveQuery(async () => (await readAuditHead(db.meta)).seq, [db]);
  const [view, setView] = useState<MetricsView>({
    summary: undefined,
    filter,
    error: undefined,
    seq: undefined,
    version: 0,
  });
  const latest = useRef(0);
  useEffect(() => {
    if (headSeq === undefined) return;
    const request = ++latest.current;
    // The answer asked for when the dashboard was navigated to, if it is as recent as the head seen here.
    const ask = async (): Promise<MetricsAnswerOf> => {
      const primed = await takePrimedAnswer(db.name, filter)?.catch(() => undefined);
      return primed !== undefined && primed.seq >= headSeq
        ? primed
        : summarizeMetrics(db.name, filter, Date.now(), headSeq);
    };
    ask().then(
      ({ summary, seq }) => {
        if (request === latest.current) {
          setView((v) => ({ summary, filter, error: undefined, seq, version: v.version + 1 }));
        }
      },
      (error: unknown) => {
        if (request === latest.current) {
          setView((v) => ({ ...v, error: describeError(error), version: v.version + 1 }));
        }
      },
    );
  }, [db, filter, headSeq]);
  return view;
}
