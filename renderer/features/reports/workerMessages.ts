/** The report worker's protocol (`renderer/workers/protocol.ts`): a document in; progress by stage; PDF and pages out. */
import type { ReportDocument } from '../../../shared/reports/document';
import { isRecord, type WorkerProtocol } from '../../workers/protocol';
import type { LaidOutPage } from './layout/pageModel';

export interface RenderRequest {
  readonly document: ReportDocument;
  readonly fontUrls: {
    readonly regular: string;
    readonly bold: string;
    readonly mono: string;
    /** The Noto fallbacks by name; the worker fetches only those the document needs. */
    readonly fallbacks: Readonly<Record<string, string>>;
  };
}

export type RenderProgress = {
  readonly stage: 'fonts' | 'layout' | 'drawing';
  readonly done: number;
  readonly total: number;
};

export interface RenderResult {
  readonly pdf: ArrayBuffer;
  readonly pages: readonly LaidOutPage[];
}

const STAGES: ReadonlyArray<unknown> = ['fonts', 'layout', 'drawing'] satisfies RenderProgress['stage'][];

// The guards check what a message must carry to be used; the document and pages are built by our own code on the
// other side, so their inner shape is not checked again.
export const renderProtocol: WorkerProtocol<RenderRequest, RenderProgress, RenderResult> = {
  name: 'report',
  cancel: 'terminate',
  isRequest: (value): value is RenderRequest =>
    isRecord(value) &&
    isRecord(value['document']) &&
    Array.isArray(value['document']['blocks']) &&
    isRecord(value['fontUrls']) &&
    ['regular', 'bold', 'mono'].every(
      (key) => isRecord(value['fontUrls']) && typeof value['fontUrls'][key] === 'string',
    ) &&
    isRecord(value['fontUrls']['fallbacks']),
  isProgress: (value): value is RenderProgress =>
    isRecord(value) &&
    STAGES.includes(value['stage']) &&
    typeof value['done'] === 'number' &&
    typeof value['total'] === 'number',
  isResult: (value): value is RenderResult =>
    isRecord(value) && value['pdf'] instanceof ArrayBuffer && Array.isArray(value['pages']),
};
