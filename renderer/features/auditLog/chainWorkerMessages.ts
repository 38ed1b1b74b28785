/** The audit-chain verification worker's protocol: a database name in, progress, then the chain report. */
import type { AuditChainReport } from '../../../shared/domain/audit';
import type { ChainCheckProgress } from '../../db/auditLog/queries';
import { isRecord, type WorkerProtocol } from '../../workers/protocol';

export interface ChainCheckRequest {
  readonly dbName: string;
}

function isChainCheckRequest(value: unknown): value is ChainCheckRequest {
  return isRecord(value) && typeof value['dbName'] === 'string';
}

function isChainCheckProgress(value: unknown): value is ChainCheckProgress {
  return (
    isRecord(value) &&
    (value['phase'] === 'reading' || value['phase'] === 'checking') &&
    typeof value['done'] === 'number' &&
    typeof value['total'] === 'number'
  );
}

function isChainReport(value: unknown): value is AuditChainReport {
  if (!isRecord(value)) return false;
  if (value['ok'] === true) return typeof value['count'] === 'number' && isRecord(value['head']);
  return value['ok'] === false && typeof value['seq'] === 'number' && typeof value['problem'] === 'string';
}

export const chainCheckProtocol: WorkerProtocol<ChainCheckRequest, ChainCheckProgress, AuditChainReport> = {
  name: 'audit-chain verification',
  // The check is one synchronous pass over the links: nothing to stop between, so cancelling ends the worker.
  cancel: 'terminate',
  isRequest: isChainCheckRequest,
  isProgress: isChainCheckProgress,
  isResult: isChainReport,
};
