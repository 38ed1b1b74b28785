/**
 * The audit-log report's preview and signed export: the entries of the filtered view, the filter in words and the
 * chain verification result on screen, rendered, signed and saved through the reports pipeline.
 */
import { useCallback, useState } from 'react';
import type { AuditLogRow } from '../../../shared/domain/auditLog/view';
import { uuidv7 } from '../../../shared/domain/ids';
import {
  AUDIT_LOG_REPORT_LABEL,
  auditLogReportRef,
  buildAuditLogReport,
  type AuditChainCheck,
} from '../../../shared/reports/auditLogReport';
import { useDatabase } from '../../app/DatabaseContext';
import { readAuditHead } from '../../db/auditTrail';
import { ReportPreviewFrame } from '../reports/ReportPreviewDialog';
import { useDocumentRender, type DocumentContext } from '../reports/useReportRender';

export function AuditLogReportDialog({
  rows,
  totalEntries,
  filterWords,
  chain,
  onClose,
}: {
  readonly rows: readonly AuditLogRow[];
  readonly totalEntries: number;
  readonly filterWords: string;
  readonly chain: AuditChainCheck;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const [subject] = useState(() => {
    const generatedAt = new Date().toISOString();
    return { generatedAt, subject: { kind: 'audit' as const, id: uuidv7(), ref: auditLogReportRef(generatedAt) } };
  });
  const build = useCallback(
    async (context: DocumentContext) =>
      buildAuditLogReport({
        subject: subject.subject,
        rows,
        totalEntries,
        filterWords,
        chain,
        auditHead: await readAuditHead(db.meta),
        generatedAt: subject.generatedAt,
        ...context,
      }),
    [db, subject, rows, totalEntries, filterWords, chain],
  );
  const render = useDocumentRender(build);
  return (
    <ReportPreviewFrame
      render={render}
      label={AUDIT_LOG_REPORT_LABEL}
      reference={subject.subject.ref}
      fileName={`${subject.subject.ref} audit log report.pdf`}
      onClose={onClose}
    />
  );
}
