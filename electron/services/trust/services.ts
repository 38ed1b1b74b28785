/**
 * The trust capability's host services: sign checkpoints of the chains the renderer reports, stamped with the host's
 * clock, append them to the journal, and list the journal. A head older than one already signed for its chain is
 * refused: the log it comes from was rolled back.
 */
import type { trustIpc } from '../../../shared/domain/trust/ipc';
import type { SignedCheckpoint } from '../../../shared/domain/trust/checkpoint';
import type { ServicesFor } from '../../ipc/handleRequest';
import type { KeyStore } from '../signing/keyStore';
import { appendToJournal, readJournal, signCheckpoint } from './checkpointJournal';
import { ensureInstallationKey, loadInstallationKey } from './installationKey';

export interface TrustDependencies {
  /** Where the installation key rests, sealed. */
  readonly keyStore: KeyStore;
  /** The checkpoint journal file, outside IndexedDB. */
  readonly journalPath: string;
  readonly now?: () => Date;
}

function latestByChain(checkpoints: readonly SignedCheckpoint[]): Map<string, SignedCheckpoint> {
  const latest = new Map<string, SignedCheckpoint>();
  for (const entry of checkpoints) {
    const known = latest.get(entry.checkpoint.chain);
    if (known === undefined || entry.checkpoint.seq >= known.checkpoint.seq) latest.set(entry.checkpoint.chain, entry);
  }
  return latest;
}

export function createTrustServices(deps: { readonly trust?: TrustDependencies }): ServicesFor<keyof typeof trustIpc> {
  function trust(): TrustDependencies {
    if (deps.trust === undefined)
      throw new Error('This host keeps no installation key, so it cannot sign checkpoints.');
    return deps.trust;
  }
  let queue: Promise<unknown> = Promise.resolve();
  return {
    'checkpoints:sign': (request) => {
      // One signing at a time, so the journal's order is the order of signing.
      const run = queue.then(async () => {
        const { keyStore, journalPath, now = () => new Date() } = trust();
        const key = await ensureInstallationKey(keyStore);
        const latest = latestByChain((await readJournal(journalPath, key)).checkpoints);
        for (const head of request.heads) {
          const signedBefore = latest.get(head.chain);
          if (signedBefore !== undefined && head.seq < signedBefore.checkpoint.seq) {
            throw new Error(
              `The ${head.chain === 'audit' ? 'audit log' : 'custody chain'} ends at entry ${head.seq}, but entry ` +
                `${signedBefore.checkpoint.seq} was checkpointed at ${signedBefore.checkpoint.at}: it was rolled back. ` +
                'Run Verify audit log in Settings and keep this machine as it is.',
            );
          }
        }
        const at = now().toISOString();
        const signed = request.heads.map((head) =>
          signCheckpoint(key, { ...head, installationId: request.installationId, at, reason: request.reason }),
        );
        await appendToJournal(journalPath, signed);
        return { signed };
      });
      queue = run.catch(() => undefined);
      return run;
    },
    'checkpoints:list': async () => {
      if (deps.trust === undefined) return { keyFingerprint: null, checkpoints: [], problems: [] };
      const key = await loadInstallationKey(deps.trust.keyStore);
      const journal = await readJournal(deps.trust.journalPath, key);
      return { keyFingerprint: key?.fingerprint ?? null, ...journal };
    },
  };
}
