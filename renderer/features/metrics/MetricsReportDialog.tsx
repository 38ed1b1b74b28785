/**
 * The metrics report's preview and signed export: the document is built from the summary and charts on screen (the
 * same numbers) and the audit head they reflect, then rendered, signed and saved through the reports pipeline.
 */
import { useCallback, useState } from 'react';
import type { MetricsSummary } from '../../../shared/domain/metrics/aggregate';
import type { MetricsChart } from '../../../shared/domain/metrics/charts';
import { uuidv7 } from '../../../shared/domain/ids';
import { buildMetricsReport, METRICS_REPORT_LABEL, metricsReportRef } from '../../../shared/reports/metricsReport';
import { useDatabase } from '../../app/DatabaseContext';
import { readAuditHead } from '../../db/auditTrail';
import { ReportPreviewFrame } from '../reports/ReportPreviewDialog';
import { useDocumentRender, type DocumentContext } from '../reports/useReportRender';

export function MetricsReportDialog({
  summary,
  charts,
  filterWords,
  onClose,
}: {
  readonly summary: MetricsSummary;
  readonly charts: readonly MetricsChart[];
  readonly filterWords: string;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const [subject] = useState(() => {
    const generatedAt = new Date().toISOString();
    return { generatedAt, subject: { kind: 'metrics' as const, id: uuidv7(), ref: metricsReportRef(generatedAt) } };
  });
  const build = useCallback(
    async (context: DocumentContext) =>
      buildMetricsReport({
        subject: subject.subject,
        summary,
        charts,
        filterWords,
        auditHead: await readAuditHead(db.meta),
        generatedAt: subject.generatedAt,
        ...context,
      }),
    [db, subject, summary, charts, filterWords],
  );
  const render = useDocumentRender(build);
  return (
    <ReportPreviewFrame
      render={render}
      label={METRICS_REPORT_LABEL}
      reference={subject.subject.ref}
      fileName={`${subject.subject.ref} metrics report.pdf`}
      onClose={onClose}
    />
  );
}
