/**
 * The live sync tests' installations: each a bundle test site (`../bundles/siteFixture.ts`: fake-indexeddb, a
 * profile, the real host services behind the IPC gate) with a live sync context on a CouchDB-protocol server on
 * loopback (`couchServer.ts`), and the trust between installations made as a person makes it (Settings → Trusted
 * signers, by fingerprint). A test file makes one fixture and hands `cleanup` to `afterEach`: every server and site
 * it started is stopped and deleted, newest first.
 */
import { addTrustedSigner } from '../../../../renderer/db/trust/trustedSigners';
import type { LiveSyncContext } from '../../../../renderer/db/couch/replicate';
import { hostRevisionKeys } from '../../../../renderer/features/couch/revisionKeys';
import { couchClient } from '../../../../shared/domain/couch/client';
import { couchContentStore, type CouchContentStore } from '../../../../shared/domain/couch/content';
import { makeSite, type TestSite } from '../bundles/siteFixture';
import { startCouchServer, type CouchServer } from './couchServer';

export interface Installation extends TestSite {
  readonly sync: LiveSyncContext;
  /** The server's evidence content store (the same one `sync.content` names when content is on). */
  readonly store: CouchContentStore;
  /** The installation key's fingerprint, as another site would add it to its trusted signers. */
  readonly fingerprint: string;
}

export interface InstallationOptions {
  /** Changes read per request and revisions written per batch (the app's default when left out). */
  readonly batchSize?: number;
  /** Whether each round uploads the evidence content held here (default: no). */
  readonly content?: boolean;
}

export interface LiveSyncFixture {
  /** A fresh server (its database named after `database`), stopped at cleanup. */
  server(database?: string): Promise<CouchServer>;
  installation(
    server: CouchServer,
    siteCode: string,
    name: string,
    options?: InstallationOptions,
  ): Promise<Installation>;
  /** `site` adds `other`'s installation key to its trusted signers. */
  trust(site: Installation, other: Installation): Promise<void>;
  /** A (LON, Dana Reyes) and B (BER, Jonas Weber) on one new server; trusting each other unless told otherwise. */
  twoInstallations(
    options?: InstallationOptions & { readonly database?: string; readonly trusting?: boolean },
  ): Promise<{ couch: CouchServer; a: Installation; b: Installation }>;
  /** Stops and deletes everything this fixture started (newest first). */
  cleanup(): Promise<void>;
  /** Runs `task` at cleanup, before what was started earlier is stopped. */
  defer(task: () => Promise<void>): void;
}

export function liveSyncFixture(): LiveSyncFixture {
  const cleanups: (() => Promise<void>)[] = [];
  const fixture: LiveSyncFixture = {
    async server(database = 'firebreak') {
      const started = await startCouchServer(database);
      cleanups.push(started.stop);
      return started;
    },
    async installation(server, siteCode, name, options = {}) {
      const site = await makeSite(siteCode, name);
      cleanups.push(site.dispose);
      const identity = await site.host.invoke('bundles:identity', {});
      if (!identity.ok) throw new Error(identity.error.message);
      const store = couchContentStore({ url: server.databaseUrl }, fetch);
      const sync: LiveSyncContext = {
        db: site.db,
        actor: site.actor,
        keys: hostRevisionKeys(site.host, { installationId: site.actor.nodeId, siteCode }),
        client: couchClient({ url: server.databaseUrl }, fetch),
        databaseUrl: server.databaseUrl,
        ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
        ...(options.content ? { content: store } : {}),
      };
      return { ...site, sync, store, fingerprint: identity.value.keyFingerprint };
    },
    async trust(site, other) {
      await addTrustedSigner(site.db, site.actor, {
        kind: 'ed25519-sha256',
        fingerprint: other.fingerprint,
        label: `Firebreak at ${other.siteCode}`,
        reason: 'Same response team; fingerprint read out on the bridge call.',
      });
    },
    async twoInstallations(options = {}) {
      const couch = await fixture.server(options.database);
      const a = await fixture.installation(couch, 'LON', 'Dana Reyes', options);
      const b = await fixture.installation(couch, 'BER', 'Jonas Weber', options);
      if (options.trusting !== false) {
        await fixture.trust(a, b);
        await fixture.trust(b, a);
      }
      return { couch, a, b };
    },
    async cleanup() {
      for (const task of cleanups.splice(0).reverse()) await task();
    },
    defer(task) {
      cleanups.push(task);
    },
  };
  return fixture;
}
