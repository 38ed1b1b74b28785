/**
 * One report preview's life: ask the host for the signing identity (public details only), read the records, build
 * the document, render it in the worker with progress, and cancel on demand or when the dialog closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDocument } from '../../../shared/reports/document';
import type { Subject } from '../../../shared/domain/subject';
import type { SigningIdentity } from '../../../shared/reports/signing';
import { buildReport, type ReportType } from '../../../shared/reports/reportTypes';
import { useDatabase } from '../../app/DatabaseContext';
import type { FirebreakDatabase } from '../../db/database';
import { useSession } from '../../app/ProfileContext';
import { hostClient } from '../../host/hostClient';
import { describeError } from '../../ui/errorMessage';
import type { LaidOutPage } from './layout/pageModel';
import { loadAnyReportSource } from './loadReportSource';
import { RenderCancelled, renderInWorker } from './renderInWorker';
import type { RenderProgress } from './workerMessages';

export type ReportRenderState =
  | { readonly status: 'rendering'; readonly progress: RenderProgress | undefined }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly document: ReportDocument;
      readonly pdf: Uint8Array;
      readonly pages: readonly LaidOutPage[];
      readonly identity: SigningIdentity | null;
    };

interface ReportJob {
  readonly db: FirebreakDatabase;
  readonly subject: Subject;
  readonly type: ReportType;
  readonly generatedBy: string;
  readonly evidenceIds: readonly string[] | undefined;
}

/** What a document builder is told: who the report is by, and the fingerprint it will be signed with. */
export interface DocumentContext {
  readonly generatedBy: string;
  readonly signerFingerprint: string;
}

/** Everything after the first await reports through `onState`, so nothing sets state while an effect runs. */
async function produceDocument(
  build: (context: DocumentContext) => Promise<ReportDocument>,
  generatedBy: string,
  abort: AbortController,
  onState: (state: ReportRenderState) => void,
): Promise<void> {
  try {
    const answer = await hostClient().invoke('signing:getIdentity', {});
    const identity = answer.ok ? answer.value : null;
    const document = await build({ generatedBy, signerFingerprint: identity?.fingerprint ?? '' });
    const rendered = await renderInWorker(
      document,
      (progress) => {
        if (!abort.signal.aborted) onState({ status: 'rendering', progress });
      },
      abort.signal,
    );
    if (!abort.signal.aborted) onState({ status: 'ready', document, identity, ...rendered });
  } catch (error) {
    if (error instanceof RenderCancelled) onState({ status: 'cancelled' });
    else if (!abort.signal.aborted) onState({ status: 'failed', message: describeError(error) });
  }
}

function produceReport(job: ReportJob, abort: AbortController, onState: (state: ReportRenderState) => void) {
  const build = async (context: DocumentContext) =>
    buildReport(
      job.type,
      await loadAnyReportSource(job.db, job.subject, {
        ...context,
        ...(job.evidenceIds === undefined ? {} : { evidenceIds: job.evidenceIds }),
      }),
    );
  return produceDocument(build, job.generatedBy, abort, onState);
}

/**
 * Renders a document a capability builds itself (a report about many records, such as the metrics report) through
 * the same worker, progress and cancel. `build` must keep its identity while the dialog is open.
 */
export function useDocumentRender(build: (context: DocumentContext) => Promise<ReportDocument>) {
  const { profile } = useSession();
  const generatedBy = `${profile.name} (${profile.role})`;
  const run = useCallback(
    (abort: AbortController, onState: (state: ReportRenderState) => void) =>
      produceDocument(build, generatedBy, abort, onState),
    [build, generatedBy],
  );
  return useRenderRun(run);
}

function useRenderRun(run: (abort: AbortController, onState: (state: ReportRenderState) => void) => Promise<void>) {
  const [state, setState] = useState<ReportRenderState>({ status: 'rendering', progress: undefined });
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    void run(abort, setState);
    return () => abort.abort();
  }, [run]);

  const retry = useCallback(() => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'rendering', progress: undefined });
    void run(abort, setState);
  }, [run]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, retry, cancel };
}

/** `evidenceIds` (the chain-of-custody report's chosen items) must keep its identity while the dialog is open. */
export function useReportRender(subject: Subject, type: ReportType, evidenceIds?: readonly string[]) {
  const db = useDatabase();
  const { profile } = useSession();
  // A subject is a value: callers may pass a fresh object each render, so the job depends on its fields.
  const { kind, id, ref } = subject;

  const run = useCallback(
    (abort: AbortController, onState: (state: ReportRenderState) => void) =>
      produceReport(
        { db, subject: { kind, id, ref }, type, evidenceIds, generatedBy: `${profile.name} (${profile.role})` },
        abort,
        onState,
      ),
    [db, kind, id, ref, type, evidenceIds, profile.name, profile.role],
  );
  return useRenderRun(run);
}
