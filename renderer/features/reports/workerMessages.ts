/** Messages between the console and the report worker. */
import type { ReportDocument } from '../../../shared/reports/document';
import type { LaidOutPage } from './layout/pageModel';

export interface RenderRequest {
  readonly document: ReportDocument;
  readonly fontUrls: { readonly regular: string; readonly bold: string; readonly mono: string };
}

export type RenderProgress = {
  readonly stage: 'fonts' | 'layout' | 'drawing';
  readonly done: number;
  readonly total: number;
};

export type WorkerReply =
  | ({ readonly kind: 'progress' } & RenderProgress)
  | { readonly kind: 'done'; readonly pdf: ArrayBuffer; readonly pages: readonly LaidOutPage[] }
  | { readonly kind: 'failed'; readonly message: string };
