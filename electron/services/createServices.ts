/**
 * Builds the IPC handler map from its dependencies. Electron and the loopback test host call this with their own
 * identity and SaveDialog, so both serve the very same services. Each capability builds its own slice of handlers
 * in `electron/services/<capability>/services.ts`; this merges them, one spread each, and the `IpcServices` type
 * makes a channel without a handler a type error.
 */
import type { IpcServices } from '../ipc/handleRequest';
import { getAppInfo } from './appInfo';
import type { AppIdentity } from './appInfo';
import { createBundleServices, type BundleDependencies } from './bundles/services';
import { createCouchServices } from './couch/services';
import { createCouchContentServices } from './couch/contentServices';
import type { CouchDependencies } from './couch/transport';
import type { SaveDialog } from './dialogs';
import type { PartialCleanup } from './evidence/evidenceExports';
import { createEvidenceServices } from './evidence/services';
import { createExercisesServices, type ExercisesDependencies } from './exercises/services';
import { saveExport } from './exports';
import type { KeyStore } from './signing/keyStore';
import { createReportsServices } from './signing/services';
import { createTrustServices, type TrustDependencies } from './trust/services';

export interface ServiceDependencies extends ExercisesDependencies {
  readonly identity: AppIdentity;
  readonly saveDialog: SaveDialog;
  /** Where the signing identity rests, sealed; without one, the signing channels say so. */
  readonly keyStore?: KeyStore;
  /** Where evidence exports that a crash interrupted left temporary files, removed at start. */
  readonly exportCleanup?: PartialCleanup;
  /** The installation key and the checkpoint journal; without them, checkpoints cannot be signed. */
  readonly trust?: TrustDependencies;
  /** The site's age identity and the staging folder; without them, the bundle channels say so. */
  readonly bundles?: BundleDependencies;
  /** The live sync server's settings, sealed; without them, the live sync channels say so. */
  readonly couch?: CouchDependencies;
}

export function createServices(deps: ServiceDependencies): IpcServices {
  return {
    'app:getInfo': async () => getAppInfo(deps.identity),
    'files:saveExport': async (request) => saveExport(request, deps.saveDialog),
    ...createEvidenceServices(deps),
    ...createReportsServices(deps),
    ...createTrustServices(deps),
    ...createExercisesServices(deps),
    ...createBundleServices(deps),
    ...createCouchServices(deps),
    ...createCouchContentServices(deps),
  };
}
