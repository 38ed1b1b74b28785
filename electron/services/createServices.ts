/**
 * Builds the IPC handler map from its dependencies. Electron and the loopback test host call this with their own
 * identity and SaveDialog, so both serve the very same services.
 */
import type { IpcServices } from '../ipc/handleRequest';
import { getAppInfo } from './appInfo';
import type { AppIdentity } from './appInfo';
import type { SaveDialog } from './dialogs';
import { createEvidenceExportService, type PartialCleanup } from './evidenceExports';
import { saveExport } from './exports';
import type { KeyStore } from './signing/keyStore';
import { createSigningService } from './signingService';

export interface ServiceDependencies {
  readonly identity: AppIdentity;
  readonly saveDialog: SaveDialog;
  /** Where the signing identity rests, sealed; without one, the signing channels say so. */
  readonly keyStore?: KeyStore;
  /** Where evidence exports that a crash interrupted left temporary files, removed at start. */
  readonly exportCleanup?: PartialCleanup;
}

export function createServices(deps: ServiceDependencies): IpcServices {
  const evidenceExports = createEvidenceExportService(deps.saveDialog, deps.exportCleanup);
  const signing = createSigningService(deps.keyStore, deps.saveDialog);
  return {
    'signing:getIdentity': async () => signing.getIdentity(),
    'signing:listIdentities': async () => signing.listIdentities(),
    'signing:createSelfSigned': async (request) => signing.createSelfSigned(request),
    'signing:importPkcs12': async (request) => signing.importPkcs12(request),
    'reports:signAndSave': async (request) => signing.signAndSave(request),
    'reports:verify': async (request) => signing.verify(request),
    'app:getInfo': async () => getAppInfo(deps.identity),
    'files:saveExport': async (request) => saveExport(request, deps.saveDialog),
    'evidence:exportBegin': (request) => evidenceExports.begin(request),
    'evidence:exportChunk': (request) => evidenceExports.chunk(request),
    'evidence:exportFinish': (request) => evidenceExports.finish(request),
    'evidence:exportAbort': (request) => evidenceExports.abort(request),
  };
}
