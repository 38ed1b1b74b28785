/**
 * Live sync's host services: sign the revisions this installation writes with its installation key, and check the
 * Ed25519 signatures of received revisions (the key must be the one the fingerprint names, and the signature must
 * verify over the content). The installation key is the trust capability's (`../trust/installationKey.ts`).
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { FetchLike } from '../../../shared/domain/couch/client';
import type { couchIpc } from '../../../shared/domain/couch/ipc';
import type { RevisionSignature } from '../../../shared/domain/couch/revision';
import type { ServicesFor } from '../../ipc/handleRequest';
import type { TrustDependencies } from '../trust/services';
import {
  authorizationOf,
  isProtocolPath,
  longpollTimeoutOf,
  probeCouch,
  readCouchSettings,
  writeCouchSettings,
  type CouchDependencies,
  type CouchSettings,
} from './transport';
import { ensureInstallationKey, knownInstallationKey, rawEd25519PublicKey } from '../trust/installationKey';

/** SPKI DER prefix of an Ed25519 public key; the raw 32 bytes follow. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Public keys already read, by their base64 text: a batch of revisions comes from a handful of installations. */
const knownKeys = new Map<string, { readonly fingerprint: string; readonly key: KeyObject } | null>();

function publicKeyOf(publicKey: string): { readonly fingerprint: string; readonly key: KeyObject } | null {
  let known = knownKeys.get(publicKey);
  if (known === undefined) {
    const raw = Buffer.from(publicKey, 'base64');
    known =
      raw.length === 32
        ? {
            fingerprint: createHash('sha256').update(raw).digest('hex'),
            key: createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' }),
          }
        : null;
    // Bounded: a server full of forged keys cannot grow it without end.
    if (knownKeys.size >= 256) knownKeys.clear();
    knownKeys.set(publicKey, known);
  }
  return known;
}

/** Ed25519 verification on libuv's thread pool (`verify` with a callback), so a batch checks on several cores. */
function verifiesInPool(content: string, key: KeyObject, signature: Buffer): Promise<boolean> {
  return new Promise((resolve, reject) =>
    verify(null, Buffer.from(content, 'utf8'), key, signature, (error, valid) =>
      error ? reject(error) : resolve(valid),
    ),
  );
}

/**
 * Null when the signature holds, else what is wrong. Verified off the main thread: a first replication checks ten
 * thousand signatures, which on this thread kept the host (and its windows' IPC) busy for a second or more.
 */
export async function revisionSignatureProblem(content: string, claimed: RevisionSignature): Promise<string | null> {
  const known = publicKeyOf(claimed.publicKey);
  if (!known) return 'Its public key is not an Ed25519 key.';
  if (known.fingerprint !== claimed.fingerprint) return 'Its public key is not the key its fingerprint names.';
  const signature = Buffer.from(claimed.signature, 'base64');
  if (signature.length !== 64 || !(await verifiesInPool(content, known.key, signature)))
    return 'Its signature does not match its content: it was altered after signing, or signed by another key.';
  return null;
}

function viewOf(settings: CouchSettings | undefined) {
  return {
    url: settings?.url ?? null,
    username: settings?.username || null,
    hasPassword: (settings?.password ?? '') !== '',
  };
}

export function createCouchServices(deps: {
  readonly trust?: TrustDependencies;
  readonly couch?: CouchDependencies;
}): ServicesFor<keyof typeof couchIpc> {
  function couch(): CouchDependencies {
    if (deps.couch === undefined) throw new Error('This host keeps no sync server settings.');
    return deps.couch;
  }
  const fetchLike = (): FetchLike => couch().fetch ?? (fetch as FetchLike);
  // Waits for changes in flight, so the renderer can end them (pause, new settings) before their timeout.
  const waits = new Set<AbortController>();
  return {
    'couch:settings': async () => viewOf(await readCouchSettings(couch().settingsStore)),
    'couch:configure': async (request) => {
      const store = couch().settingsStore;
      const before = await readCouchSettings(store);
      const password =
        request.password === '' && before?.username === request.username ? before.password : request.password;
      const settings = { url: request.url, username: request.username, password };
      await probeCouch(settings, fetchLike());
      await writeCouchSettings(store, settings);
      return viewOf({ format: 'firebreak-couch-settings', ...settings });
    },
    'couch:request': async (request) => {
      const settings = await readCouchSettings(couch().settingsStore);
      if (!settings) throw new Error('No sync server is set up: give its address in Settings → Live sync.');
      if (!isProtocolPath(request.method, request.path))
        throw new Error('Live sync asked the server for something outside the replication protocol; it was not sent.');
      const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
      const authorization = authorizationOf(settings);
      if (authorization) headers.Authorization = authorization;
      const waitMs = longpollTimeoutOf(request.path);
      const controller = waitMs === undefined ? undefined : new AbortController();
      const timer = controller ? setTimeout(() => controller.abort(), waitMs) : undefined;
      if (controller) waits.add(controller);
      try {
        // A wait for changes carries its AbortSignal (global fetch honours it; the FetchLike type leaves it out).
        const init: Parameters<FetchLike>[1] & { signal?: AbortSignal } = {
          method: request.method,
          headers,
          ...(request.body === undefined ? {} : { body: request.body }),
          ...(controller ? { signal: controller.signal } : {}),
        };
        const url = `${settings.url}/${request.path}`;
        // Every protocol request is idempotent (reads, `_local` puts, revisions stored as they are), so a connection
        // the server closed while it was idle in the pool (ECONNRESET) is tried once more on a fresh one.
        const response = await fetchLike()(url, init).catch((error: unknown) => {
          if (controller?.signal.aborted) throw error;
          return fetchLike()(url, init);
        });
        return { status: response.status, text: await response.text() };
      } catch (error) {
        if (controller?.signal.aborted) return { status: 200, text: '{"results":[],"last_seq":null}' };
        throw error;
      } finally {
        clearTimeout(timer);
        if (controller) waits.delete(controller);
      }
    },
    'couch:cancelWaits': async () => {
      const cancelled = waits.size;
      for (const controller of waits) controller.abort();
      waits.clear();
      return { cancelled };
    },
    'couch:signRevisions': async (request) => {
      if (deps.trust === undefined)
        throw new Error('This host keeps no installation key, so it cannot sign revisions for live sync.');
      const key = await ensureInstallationKey(deps.trust.keyStore);
      const publicKey = rawEd25519PublicKey(key.publicKey).toString('base64');
      return {
        signatures: request.contents.map((content) => ({
          installationId: request.installationId,
          siteCode: request.siteCode,
          fingerprint: key.fingerprint,
          publicKey,
          signature: key.sign(Buffer.from(content, 'utf8')).toString('base64'),
        })),
      };
    },
    'couch:verifyRevisions': async (request) => {
      const own = deps.trust === undefined ? undefined : await knownInstallationKey(deps.trust.keyStore);
      return {
        problems: await Promise.all(
          request.revisions.map(({ content, signature }) => revisionSignatureProblem(content, signature)),
        ),
        ownFingerprint: own?.fingerprint ?? null,
      };
    },
  };
}
