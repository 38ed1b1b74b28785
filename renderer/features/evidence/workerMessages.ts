/** The messages between the renderer and the evidence workers (intake and verification), typed on both sides. */
import type { StagedContent } from '../../db/evidence/evidenceContent';

export type IntakeRequest =
  | {
      readonly type: 'start';
      readonly file: Blob;
      readonly intakeId: string;
      readonly dbName: string;
      /** Read and hash only, storing nothing: the benchmark's baseline for the same bytes. */
      readonly hashOnly?: boolean;
    }
  | { readonly type: 'cancel' };

export type VerifyRequest = { readonly type: 'start'; readonly sha256: string; readonly dbName: string };

export type WorkerReport =
  | { readonly type: 'progress'; readonly bytesDone: number }
  | { readonly type: 'staged'; readonly staged: StagedContent }
  | { readonly type: 'hashed'; readonly sha256: string }
  | { readonly type: 'failed'; readonly message: string; readonly cancelled: boolean };

/** The part of a dedicated worker's global scope the workers use (the renderer project has DOM types only). */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: WorkerReport): void;
  close(): void;
}
