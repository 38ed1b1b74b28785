/** The raw-write baseline worker's messages (`renderer/workers/protocol.ts`): a file in, milliseconds out. */
import { isRecord, type WorkerProtocol } from '../../../renderer/workers/protocol';

export interface RawWriteRequest {
  readonly file: Blob;
  readonly chunkBytes: number;
  /** Reads ahead and writes outstanding, as intake has them. */
  readonly readAhead: number;
  readonly inFlight: number;
  /** A scratch database, deleted by the page afterwards. */
  readonly dbName: string;
}

export const rawWriteProtocol: WorkerProtocol<RawWriteRequest, never, number> = {
  name: 'raw IndexedDB write',
  cancel: 'terminate',
  isRequest: (value): value is RawWriteRequest =>
    isRecord(value) &&
    value['file'] instanceof Blob &&
    typeof value['chunkBytes'] === 'number' &&
    typeof value['readAhead'] === 'number' &&
    typeof value['inFlight'] === 'number' &&
    typeof value['dbName'] === 'string',
  isProgress: (_value): _value is never => false,
  isResult: (value): value is number => typeof value === 'number',
};
