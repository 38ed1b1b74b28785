/** The report preview, signing and export of a document this capability builds (a filing, a message). */
import type { ReportDocument } from '../../../shared/reports/document';
import { ReportPreviewFrame } from '../reports/ReportPreviewDialog';
import { useDocumentRender, type DocumentContext } from '../reports/useReportRender';

export function SignedDocumentDialog({
  build,
  label,
  reference,
  fileName,
  onClose,
}: {
  /** Must keep its identity while the dialog is open. */
  readonly build: (context: DocumentContext) => Promise<ReportDocument>;
  readonly label: string;
  readonly reference: string;
  readonly fileName: string;
  readonly onClose: () => void;
}) {
  const render = useDocumentRender(build);
  return (
    <ReportPreviewFrame render={render} label={label} reference={reference} fileName={fileName} onClose={onClose} />
  );
}
