/**
 * Preview a report before exporting it: rendering progress with Cancel, then the pages as they will be printed, and
 * "Sign and export", which sends the PDF to the host to be signed with the installation's certificate and saved.
 */
import { requestCheckpoint } from '../trust/checkpointStore';
import { useEffect, useState } from 'react';
import type { Subject } from '../../../shared/domain/subject';
import { REPORT_TYPE_LABELS, reportFileName, type ReportType } from '../../../shared/reports/reportTypes';
import type { SignAndSaveResult } from '../../../shared/reports/signing';
import { useSession } from '../../app/ProfileContext';
import { hostClient } from '../../host/hostClient';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PasswordField } from '../../ui/PasswordField';
import { ProgressBar } from '../../ui/ProgressBar';
import { bytesToBase64 } from './base64';
import { ReportPagePreview } from './ReportPagePreview';
import { useReportRender, type ReportRenderState } from './useReportRender';

const PREVIEW_STEP = 8;

type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'signing' }
  | { readonly status: 'done'; readonly result: SignAndSaveResult }
  | { readonly status: 'failed'; readonly message: string };

function progressText(state: Extract<ReportRenderState, { status: 'rendering' }>): {
  label: string;
  detail: string;
  value: number;
  max: number;
} {
  const progress = state.progress;
  if (progress?.stage === 'drawing') {
    return {
      label: 'Rendering the PDF',
      detail: `Page ${progress.done} of ${progress.total}`,
      value: progress.done,
      max: progress.total,
    };
  }
  if (progress?.stage === 'layout') return { label: 'Laying out pages', detail: 'Measuring text', value: 0, max: 0 };
  return { label: 'Preparing the report', detail: 'Reading records and fonts', value: 0, max: 0 };
}

export function ReportPreviewDialog({
  subject,
  type,
  evidenceIds,
  onClose,
}: {
  /** What the report is about. */
  readonly subject: Subject;
  readonly type: ReportType;
  /** The evidence items a chain-of-custody report covers. */
  readonly evidenceIds?: readonly string[];
  readonly onClose: () => void;
}) {
  const render = useReportRender(subject, type, evidenceIds);
  return (
    <ReportPreviewFrame
      render={render}
      label={REPORT_TYPE_LABELS[type]}
      reference={subject.ref}
      fileName={reportFileName(type, subject.ref)}
      onClose={onClose}
    />
  );
}

/** The preview and "Sign and export" of any rendered document (see `useReportRender`, `useDocumentRender`). */
export function ReportPreviewFrame({
  render,
  label,
  reference,
  fileName,
  onClose,
}: {
  readonly render: {
    readonly state: ReportRenderState;
    readonly retry: () => void;
    readonly cancel: () => void;
  };
  /** "Incident report", "Metrics report". */
  readonly label: string;
  /** The subject's reference, in the title and the signature's reason. */
  readonly reference: string;
  readonly fileName: string;
  readonly onClose: () => void;
}) {
  const { state, retry, cancel } = render;
  const { profile } = useSession();
  const [shown, setShown] = useState(PREVIEW_STEP);
  const [exported, setExported] = useState<ExportState>({ status: 'idle' });
  // A key sealed with a passphrase (no keyring on this system) is unlocked for each signature with it.
  const [needsKeyPassphrase, setNeedsKeyPassphrase] = useState(false);
  const [keyPassphrase, setKeyPassphrase] = useState('');
  useEffect(() => {
    void hostClient()
      .invoke('signing:listIdentities', {})
      .then((answer) => setNeedsKeyPassphrase(answer.ok && answer.value.currentNeedsPassphrase));
  }, []);

  const signAndExport = async (): Promise<void> => {
    if (state.status !== 'ready') return;
    if (needsKeyPassphrase && keyPassphrase === '') {
      setExported({ status: 'failed', message: 'Enter the signing key passphrase to sign.' });
      return;
    }
    setExported({ status: 'signing' });
    const answer = await hostClient().invoke('reports:signAndSave', {
      pdfBase64: bytesToBase64(state.pdf),
      suggestedName: fileName,
      reason: `${label} for ${reference}`,
      location: 'Firebreak',
      signerName: profile.name,
      manifest: state.document.manifest,
      ...(needsKeyPassphrase ? { keyPassphrase } : {}),
    });
    setKeyPassphrase('');
    setExported(
      answer.ok ? { status: 'done', result: answer.value } : { status: 'failed', message: answer.error.message },
    );
    if (answer.ok && answer.value.status === 'saved') void requestCheckpoint('report');
  };

  const footer =
    state.status === 'rendering' ? (
      <Button onClick={cancel}>Cancel</Button>
    ) : state.status === 'ready' ? (
      <>
        <Button onClick={onClose}>Close</Button>
        <Button
          variant="primary"
          icon="shield"
          busy={exported.status === 'signing'}
          disabled={state.identity === null}
          onClick={() => void signAndExport()}
        >
          Sign and export
        </Button>
      </>
    ) : (
      <>
        <Button onClick={onClose}>Close</Button>
        <Button variant="primary" onClick={() => void retry()}>
          Try again
        </Button>
      </>
    );

  return (
    <Dialog open title={`${label} — ${reference}`} onClose={onClose} size="lg" footer={footer}>
      <div className="report-preview" aria-live="polite">
        {state.status === 'rendering' ? <ProgressBar {...progressText(state)} /> : null}
        {state.status === 'cancelled' ? (
          <p className="status-line">The report was cancelled; nothing was exported.</p>
        ) : null}
        {state.status === 'failed' ? (
          <p className="status-line status-bad">The report could not be made. {state.message}</p>
        ) : null}
        {state.status === 'ready' ? (
          <>
            <div className="report-preview-summary">
              <p>
                {state.pages.length} {state.pages.length === 1 ? 'page' : 'pages'},{' '}
                {Math.ceil(state.pdf.length / 1024).toLocaleString('en-GB')} KB.{' '}
                {state.identity === null ? (
                  <span className="status-bad">
                    No signing identity yet: create or import one in Settings → Signing to export a signed report.
                  </span>
                ) : (
                  <span>
                    Will be signed by {state.identity.subject}, certificate SHA-256{' '}
                    <code className="fingerprint">{state.identity.fingerprint}</code>
                  </span>
                )}
              </p>
              {needsKeyPassphrase && state.identity !== null ? (
                <PasswordField
                  label="Signing key passphrase"
                  hint="The signing key is sealed with a passphrase on this system; it is used for this signature only."
                  value={keyPassphrase}
                  onChange={setKeyPassphrase}
                />
              ) : null}
              {exported.status === 'done' && exported.result.status === 'saved' ? (
                <p className="status-line status-ok">
                  <span>
                    Signed and saved to <code>{exported.result.path}</code> — file SHA-256{' '}
                    <code className="fingerprint">{exported.result.sha256}</code>
                  </span>
                </p>
              ) : null}
              {exported.status === 'done' && exported.result.status === 'cancelled' ? (
                <p className="status-line">Export cancelled.</p>
              ) : null}
              {exported.status === 'failed' ? (
                <p className="status-line status-bad">The report was not exported. {exported.message}</p>
              ) : null}
            </div>
            <div className="report-pages" role="region" aria-label="Report preview" tabIndex={0}>
              {state.pages.slice(0, shown).map((page, index) => (
                <ReportPagePreview key={index} page={page} number={index + 1} total={state.pages.length} />
              ))}
              {shown < state.pages.length ? (
                <Button onClick={() => setShown((count) => count + PREVIEW_STEP * 4)}>
                  Show more pages ({state.pages.length - shown} not shown)
                </Button>
              ) : null}
            </div>
          </>
        ) : null}
      </div>
    </Dialog>
  );
}
