/**
 * Live sync's signing and signature checks, done by the host with the installation key (the renderer never holds
 * it): the `RevisionKeys` the data layer's replication takes, over IPC.
 */
import type { RevisionKeys } from '../../db/couch/pull';
import type { FirebreakHostApi } from '../../../shared/ipc/contract';
import { invokeHost } from '../bundles/sendBundle';

export function hostRevisionKeys(
  host: FirebreakHostApi,
  installation: { readonly installationId: string; readonly siteCode: string },
): RevisionKeys {
  return {
    async sign(contents) {
      const { signatures } = await invokeHost(host, 'couch:signRevisions', {
        ...installation,
        contents: [...contents],
      });
      return signatures;
    },
    async verify(revisions) {
      return invokeHost(host, 'couch:verifyRevisions', { revisions: [...revisions] });
    },
  };
}
