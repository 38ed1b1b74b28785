/** The evidence capability's host services: streamed evidence exports. */
import type { evidenceIpc } from '../../../shared/domain/evidence/ipc';
import type { ServicesFor } from '../../ipc/handleRequest';
import type { ServiceDependencies } from '../createServices';
import { createEvidenceExportService } from './evidenceExports';

export function createEvidenceServices(deps: ServiceDependencies): ServicesFor<keyof typeof evidenceIpc> {
  const exports = createEvidenceExportService(deps.saveDialog, deps.exportCleanup);
  return {
    'evidence:exportBegin': (request) => exports.begin(request),
    'evidence:exportChunk': (request) => exports.chunk(request),
    'evidence:exportFinish': (request) => exports.finish(request),
    'evidence:exportAbort': (request) => exports.abort(request),
  };
}
