/**
 * Two sites for bundle tests: each a fake-indexeddb database with a profile and site code, and a real host (the
 * bundle services with their own staging folder, installation key and age identity, writing into an output folder)
 * reached through the IPC gate, as the renderer reaches it.
 */
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type FirebreakDatabase } from '../../../../renderer/db/database';
import { actorOf, saveProfile } from '../../../../renderer/db/profile';
import type { Actor } from '../../../../renderer/db/write';
import { createServices } from '../../../../electron/services/createServices';
import { createDirectorySaveDialog } from '../../../../electron/services/directorySaveDialog';
import { passphraseFileKeyStore } from '../../../../electron/services/signing/keyStore';
import { handleRequest, TRUSTED_SENDER } from '../../../../electron/ipc/handleRequest';
import type { FirebreakHostApi } from '../../../../shared/ipc/contract';

export interface TestSite {
  readonly db: FirebreakDatabase;
  readonly actor: Actor;
  readonly host: FirebreakHostApi;
  readonly outputDir: string;
  readonly siteCode: string;
  /** Deletes the site's database and its folder (keys, staging, written bundles). */
  readonly dispose: () => Promise<void>;
}

export async function makeSite(siteCode: string, name: string): Promise<TestSite> {
  const root = await mkdtemp(join(tmpdir(), `firebreak-bundle-site-${siteCode}-`));
  const outputDir = join(root, 'out');
  const services = createServices({
    identity: { name: 'Firebreak', version: '0.0.0', platform: 'linux', host: 'test-host' },
    saveDialog: createDirectorySaveDialog(outputDir),
    trust: {
      keyStore: passphraseFileKeyStore(join(root, 'installation-key.json'), 'test passphrase'),
      journalPath: join(root, 'journal.ndjson'),
    },
    bundles: {
      ageKeyStore: passphraseFileKeyStore(join(root, 'age.json'), 'test passphrase'),
      stagingFolder: join(root, 'staging'),
    },
  });
  const host: FirebreakHostApi = {
    invoke: (channel, request) => handleRequest(channel, request, TRUSTED_SENDER, services) as never,
  };
  const db = openDatabase(`firebreak-bundles-${siteCode}-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const profile = await saveProfile(db, { name, role: 'Incident commander', siteCode });
  const dispose = async () => {
    await db.delete();
    await rm(root, { recursive: true, force: true });
  };
  return { db, actor: actorOf(profile), host, outputDir, siteCode, dispose };
}
