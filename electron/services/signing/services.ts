/** The reports capability's host services: the signing identity, signing reports, verifying signed PDFs. */
import type { reportsIpc } from '../../../shared/reports/ipc';
import type { ServicesFor } from '../../ipc/handleRequest';
import type { ServiceDependencies } from '../createServices';
import { createSigningService } from './signingService';

export function createReportsServices(deps: ServiceDependencies): ServicesFor<keyof typeof reportsIpc> {
  const signing = createSigningService(deps.keyStore, deps.saveDialog);
  return {
    'signing:getIdentity': async () => signing.getIdentity(),
    'signing:listIdentities': async () => signing.listIdentities(),
    'signing:createSelfSigned': async (request) => signing.createSelfSigned(request),
    'signing:importPkcs12': async (request) => signing.importPkcs12(request),
    'reports:signAndSave': async (request) => signing.signAndSave(request),
    'reports:verify': async (request) => signing.verify(request),
  };
}
