/**
 * A client of the CouchDB replication protocol, limited to what CouchDB 3 documents and every CouchDB-protocol
 * server answers: `_changes` (style=all_docs), `_bulk_get` (revs=true), `_revs_diff`, `_bulk_docs` with
 * `new_edits: false`, and checkpoints in `_local` documents. It speaks through an injected `fetch` so the same code
 * runs in the host, the loopback test host and the tests; it holds no state of its own.
 */
import { z } from 'zod';
import { ExplainedError } from '../../errors';

/** The part of `fetch` this client needs (the global one satisfies it). */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; text(): Promise<string> }>;

export interface CouchDatabase {
  /** The database's URL, e.g. `http://couch.lan:5984/firebreak` (no credentials in it). */
  readonly url: string;
  /** The `Authorization` header (the host builds it from the sealed credentials; never the renderer). */
  readonly authorization?: string;
}

/** The server did not answer, or answered in a way the protocol does not allow. Local work is unaffected. */
export class CouchUnavailableError extends ExplainedError {
  override name = 'CouchUnavailableError';
}

const changesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      seq: z.unknown(),
      changes: z.array(z.object({ rev: z.string() })),
      deleted: z.boolean().optional(),
    }),
  ),
  last_seq: z.unknown(),
});
export type CouchChanges = z.infer<typeof changesSchema>;

const bulkGetSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      docs: z.array(
        z.union([
          z.object({ ok: z.record(z.string(), z.unknown()) }),
          z.object({ error: z.record(z.string(), z.unknown()) }),
        ]),
      ),
    }),
  ),
});

const revsDiffSchema = z.record(z.string(), z.object({ missing: z.array(z.string()).optional() }));
const bulkDocsSchema = z.array(z.object({ error: z.string().optional(), reason: z.string().optional() }).loose());
const localDocSchema = z.object({ _rev: z.string().optional(), seq: z.unknown() }).loose();

/** The longest wait for a change one request may ask the server for (CouchDB's default is 60 s). */
export const LONGPOLL_MAX_MS = 60_000;

export interface CouchClient {
  changes(since: unknown, limit: number): Promise<CouchChanges>;
  /**
   * Waits until the database has a change after `since` (CouchDB's `feed=longpoll`), or `timeoutMs` has passed;
   * resolves true when there is one. The server answers by itself at the timeout, as CouchDB 3 documents.
   */
  waitForChange(since: unknown, timeoutMs: number): Promise<boolean>;
  bulkGet(wanted: readonly { id: string; rev: string }[]): Promise<z.infer<typeof bulkGetSchema>['results']>;
  revsDiff(revs: Readonly<Record<string, readonly string[]>>): Promise<Record<string, string[]>>;
  bulkDocsAsIs(docs: readonly Record<string, unknown>[]): Promise<void>;
  readCheckpoint(replicationId: string): Promise<unknown>;
  writeCheckpoint(replicationId: string, seq: unknown): Promise<void>;
}

export function couchClient(database: CouchDatabase, fetchLike: FetchLike): CouchClient {
  const base = database.url.replace(/\/+$/, '');
  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    let response;
    try {
      response = await fetchLike(`${base}/${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          ...(database.authorization ? { Authorization: database.authorization } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new CouchUnavailableError(
        `The sync server at ${base} does not answer. Your work is kept on this machine and is sent when it is back.`,
      );
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      throw new CouchUnavailableError(`The sync server at ${base} answered with something that is not JSON.`);
    }
    if (response.status === 401 || response.status === 403)
      throw new CouchUnavailableError(
        `The sync server at ${base} refused the user name and password (HTTP ${response.status}).`,
      );
    if (response.status === 404 && !path.startsWith('_local/'))
      throw new CouchUnavailableError(
        `The sync server has no database at ${base}; ask its administrator to create it.`,
      );
    if (response.status >= 500)
      throw new CouchUnavailableError(`The sync server at ${base} failed (HTTP ${response.status}); try again later.`);
    return { status: response.status, json };
  }
  function parsed<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
    const result = schema.safeParse(json);
    if (!result.success) throw new CouchUnavailableError(`The sync server's answer to ${what} is not CouchDB's.`);
    return result.data;
  }
  return {
    async changes(since, limit) {
      const query = `since=${encodeURIComponent(String(since))}&style=all_docs&limit=${limit}`;
      return parsed(changesSchema, (await call('GET', `_changes?${query}`)).json, 'a request for changes');
    },
    async waitForChange(since, timeoutMs) {
      const timeout = Math.max(1000, Math.min(LONGPOLL_MAX_MS, Math.round(timeoutMs)));
      const query = `feed=longpoll&since=${encodeURIComponent(String(since))}&timeout=${timeout}&limit=1`;
      const answer = parsed(changesSchema, (await call('GET', `_changes?${query}`)).json, 'a wait for changes');
      return answer.results.length > 0;
    },
    async bulkGet(wanted) {
      if (wanted.length === 0) return [];
      const { json } = await call('POST', '_bulk_get?revs=true', { docs: wanted });
      return parsed(bulkGetSchema, json, 'a request for revisions').results;
    },
    async revsDiff(revs) {
      const { json } = await call('POST', '_revs_diff', revs);
      const diff = parsed(revsDiffSchema, json, 'a revisions check');
      return Object.fromEntries(Object.entries(diff).map(([id, entry]) => [id, entry.missing ?? []]));
    },
    async bulkDocsAsIs(docs) {
      if (docs.length === 0) return;
      const { status, json } = await call('POST', '_bulk_docs', { docs, new_edits: false });
      if (status >= 400) throw new CouchUnavailableError(`The sync server refused the revisions (HTTP ${status}).`);
      const refused = parsed(bulkDocsSchema, json, 'a write').filter((row) => row.error !== undefined);
      if (refused.length > 0)
        throw new CouchUnavailableError(
          `The sync server refused ${refused.length} revision(s): ${refused[0]!.reason ?? refused[0]!.error}.`,
        );
    },
    async readCheckpoint(replicationId) {
      const { status, json } = await call('GET', `_local/${encodeURIComponent(replicationId)}`);
      if (status === 404) return undefined;
      return parsed(localDocSchema, json, 'a checkpoint').seq;
    },
    async writeCheckpoint(replicationId, seq) {
      const path = `_local/${encodeURIComponent(replicationId)}`;
      const existing = await call('GET', path);
      const rev = existing.status === 200 ? parsed(localDocSchema, existing.json, 'a checkpoint')._rev : undefined;
      const { status } = await call('PUT', path, { ...(rev ? { _rev: rev } : {}), seq });
      if (status >= 400) throw new CouchUnavailableError(`The sync server refused a checkpoint (HTTP ${status}).`);
    },
  };
}
