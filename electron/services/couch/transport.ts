/**
 * The host's side of live sync's network: the server's URL, database and credentials are sealed in a KeyStore (the
 * renderer never holds the password), and `couch:request` carries one replication-protocol request to that database
 * and nowhere else. The renderer's CSP allows no connection off its own origin, so this is its only way to the LAN;
 * only the five protocol endpoints the client uses pass.
 */
import { z } from 'zod';
import { couchClient, LONGPOLL_MAX_MS, type FetchLike } from '../../../shared/domain/couch/client';
import type { BinaryFetchLike } from '../../../shared/domain/couch/content';
import type { KeyStore } from '../signing/keyStore';

export interface CouchDependencies {
  /** Where the server settings rest, sealed (the password among them). */
  readonly settingsStore: KeyStore;
  readonly fetch?: FetchLike;
  /** For evidence content (bytes both ways); the global `fetch` when absent. */
  readonly binaryFetch?: BinaryFetchLike;
}

const sealedSettingsSchema = z.object({
  format: z.literal('firebreak-couch-settings'),
  url: z.string(),
  username: z.string(),
  password: z.string(),
});
export type CouchSettings = z.infer<typeof sealedSettingsSchema>;

/** A wait for the next change (`feed=longpoll`), its timeout at most a minute (CouchDB 3's default). */
const LONGPOLL = /^_changes\?feed=longpoll&since=[^&]{1,500}&timeout=(\d{4,5})&limit=1$/;

/** How long the host lets a wait for changes run: the server's own timeout, and a margin for it to answer. */
export function longpollTimeoutOf(path: string): number | undefined {
  const match = LONGPOLL.exec(path);
  return match ? Number(match[1]) + 15_000 : undefined;
}

/** The protocol paths `couch:request` lets through (relative to the database URL). */
const ALLOWED = [
  /^_changes\?since=[^&]{1,500}&style=all_docs&limit=\d{1,5}$/,
  LONGPOLL,
  /^_bulk_get\?revs=true$/,
  /^_revs_diff$/,
  /^_bulk_docs$/,
  /^_local\/[A-Za-z0-9%_-]{1,200}$/,
];

export function isProtocolPath(method: string, path: string): boolean {
  const allowed = ALLOWED.some((pattern) => pattern.test(path));
  if (!allowed) return false;
  const longpoll = LONGPOLL.exec(path);
  if (longpoll && Number(longpoll[1]) > LONGPOLL_MAX_MS) return false;
  if (path.startsWith('_local/')) return method === 'GET' || method === 'PUT';
  if (path.startsWith('_changes')) return method === 'GET';
  return method === 'POST';
}

/**
 * The settings each store holds, unsealed once per process: every protocol request needs them, and unsealing can cost
 * a key derivation (the passphrase store runs scrypt), which per request held live sync's rounds at half a second.
 */
const unsealed = new WeakMap<KeyStore, Promise<CouchSettings | undefined>>();

export function readCouchSettings(store: KeyStore): Promise<CouchSettings | undefined> {
  let settings = unsealed.get(store);
  if (!settings) {
    settings = store
      .read()
      .then((secret) => (secret === undefined ? undefined : sealedSettingsSchema.parse(JSON.parse(secret))));
    unsealed.set(store, settings);
    // A failure is not remembered: the next request reads the store again.
    settings.catch(() => unsealed.delete(store));
  }
  return settings;
}

export async function writeCouchSettings(store: KeyStore, settings: Omit<CouchSettings, 'format'>): Promise<void> {
  const sealed = { format: 'firebreak-couch-settings' as const, ...settings };
  unsealed.delete(store);
  await store.write(JSON.stringify(sealed));
  unsealed.set(store, Promise.resolve(sealed));
}

/** Checks the server answers for the database with these credentials (a `_changes` read of one change). */
export async function probeCouch(settings: Omit<CouchSettings, 'format'>, fetchLike: FetchLike): Promise<void> {
  const authorization = authorizationOf(settings);
  const client = couchClient({ url: settings.url, ...(authorization ? { authorization } : {}) }, fetchLike);
  await client.changes(0, 1);
}

/** HTTP basic authentication for CouchDB's `_users` accounts (send it over TLS: https URLs). */
export function authorizationOf(settings: Pick<CouchSettings, 'username' | 'password'>): string | undefined {
  if (!settings.username) return undefined;
  return `Basic ${Buffer.from(`${settings.username}:${settings.password}`).toString('base64')}`;
}
