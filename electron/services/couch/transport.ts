/**
 * The host's side of live sync's network: the server's URL, database and credentials are sealed in a KeyStore (the
 * renderer never holds the password), and `couch:request` carries one replication-protocol request to that database
 * and nowhere else. The renderer's CSP allows no connection off its own origin, so this is its only way to the LAN;
 * only the five protocol endpoints the client uses pass.
 */
import { z } from 'zod';
import { couchClient, type FetchLike } from '../../../shared/domain/couch/client';
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

/** The protocol paths `couch:request` lets through (relative to the database URL). */
const ALLOWED = [
  /^_changes\?since=[^&]{1,500}&style=all_docs&limit=\d{1,5}$/,
  /^_bulk_get\?revs=true$/,
  /^_revs_diff$/,
  /^_bulk_docs$/,
  /^_local\/[A-Za-z0-9%_-]{1,200}$/,
];

export function isProtocolPath(method: string, path: string): boolean {
  const allowed = ALLOWED.some((pattern) => pattern.test(path));
  if (!allowed) return false;
  if (path.startsWith('_local/')) return method === 'GET' || method === 'PUT';
  if (path.startsWith('_changes')) return method === 'GET';
  return method === 'POST';
}

export async function readCouchSettings(store: KeyStore): Promise<CouchSettings | undefined> {
  const secret = await store.read();
  return secret === undefined ? undefined : sealedSettingsSchema.parse(JSON.parse(secret));
}

export async function writeCouchSettings(store: KeyStore, settings: Omit<CouchSettings, 'format'>): Promise<void> {
  await store.write(JSON.stringify({ format: 'firebreak-couch-settings', ...settings }));
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
