/**
 * The evidence workers' protocols (`renderer/workers/protocol.ts`): intake streams a file into chunk rows while
 * hashing it; verification re-hashes stored chunks. Both report progress in bytes.
 */
import type { StagedContent } from '../../db/evidence/evidenceContent';
import { isRecord, type WorkerProtocol } from '../../workers/protocol';

export interface IntakeRequest {
  readonly file: Blob;
  readonly intakeId: string;
  readonly dbName: string;
  /** Read and hash only, storing nothing: the benchmark's baseline for the same bytes. */
  readonly hashOnly?: boolean;
}

export interface VerifyRequest {
  readonly sha256: string;
  readonly dbName: string;
}

export interface BytesDone {
  readonly bytesDone: number;
}

function isBytesDone(value: unknown): value is BytesDone {
  return isRecord(value) && typeof value['bytesDone'] === 'number';
}

export const intakeProtocol: WorkerProtocol<IntakeRequest, BytesDone, StagedContent> = {
  name: 'evidence intake',
  cancel: 'cooperative',
  isRequest: (value): value is IntakeRequest =>
    isRecord(value) &&
    value['file'] instanceof Blob &&
    typeof value['intakeId'] === 'string' &&
    typeof value['dbName'] === 'string' &&
    (value['hashOnly'] === undefined || typeof value['hashOnly'] === 'boolean'),
  isProgress: isBytesDone,
  isResult: (value): value is StagedContent =>
    isRecord(value) &&
    typeof value['intakeId'] === 'string' &&
    typeof value['sha256'] === 'string' &&
    ['size', 'chunkBytes', 'chunkCount'].every((key) => typeof value[key] === 'number'),
};

export const verifyProtocol: WorkerProtocol<VerifyRequest, BytesDone, string> = {
  name: 'evidence verification',
  cancel: 'terminate',
  isRequest: (value): value is VerifyRequest =>
    isRecord(value) && typeof value['sha256'] === 'string' && typeof value['dbName'] === 'string',
  isProgress: isBytesDone,
  /** The SHA-256 found. */
  isResult: (value): value is string => typeof value === 'string',
};

/**
 * The SHA-256 worker's messages (`sha256.worker.ts`): chunks go in, in order, and come back once hashed (both ways
 * transferred, not copied); then one digest. Not the request/result protocol above: one hasher serves a whole run.
 */
export type ToHasher = { readonly type: 'chunk'; readonly data: ArrayBuffer } | { readonly type: 'digest' };

export type FromHasher =
  | { readonly type: 'hashed'; readonly data: ArrayBuffer }
  | { readonly type: 'digest'; readonly sha256: string }
  | { readonly type: 'error'; readonly message: string };

export function readToHasher(data: unknown): ToHasher | undefined {
  if (!isRecord(data)) return undefined;
  if (data['type'] === 'digest') return { type: 'digest' };
  const chunk = data['data'];
  return data['type'] === 'chunk' && chunk instanceof ArrayBuffer ? { type: 'chunk', data: chunk } : undefined;
}

export function readFromHasher(data: unknown): FromHasher | undefined {
  if (!isRecord(data)) return undefined;
  const { type, data: chunk, sha256, message } = data;
  if (type === 'hashed' && chunk instanceof ArrayBuffer) return { type, data: chunk };
  if (type === 'digest' && typeof sha256 === 'string') return { type, sha256 };
  if (type === 'error' && typeof message === 'string') return { type, message };
  return undefined;
}
