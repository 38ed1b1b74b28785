/**
 * Evidence content over CouchDB: the bytes travel on demand, addressed by their SHA-256, in the sync database beside
 * the records. Content `<sha256>` is stored as `ceil(size / 8 MiB)` documents `content:<sha256>:<index>` (index in
 * six digits), each with ONE attachment `bytes` holding that 8 MiB slice (the evidence locker's own chunk size), so a
 * fetch reads one slice per request with bounded memory and CouchDB 3 keeps every document far below its limits. The
 * size and the chunk count come from the signed evidence item, never from the server; the server is not trusted with
 * the bytes either: the receiver hashes them on arrival and refuses a mismatch. Uploading a slice is
 * `PUT {db}/content:<sha256>:<index>/bytes` (CouchDB creates the document with its attachment); fetching is
 * `GET {db}/content:<sha256>:<index>/bytes`; "is it there" is `GET {db}/content:<sha256>:<last index>` (slices are
 * uploaded in order, so the last one present means all are). Pull skips `content:` documents (no record in them).
 */
import { CouchUnavailableError, type CouchDatabase } from './client';

export const CONTENT_DOC_PREFIX = 'content:';
export const CONTENT_ATTACHMENT = 'bytes';

/** The part of `fetch` the content store needs: bytes out, bytes back (the global `fetch` satisfies it). */
export type BinaryFetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: Uint8Array<ArrayBuffer> },
) => Promise<{ status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function contentDocId(sha256: string, index: number): string {
  if (!SHA256_HEX.test(sha256) || !Number.isInteger(index) || index < 0 || index > 999_999)
    throw new Error('Not a content slice.');
  return `${CONTENT_DOC_PREFIX}${sha256}:${String(index).padStart(6, '0')}`;
}

export function isContentDocId(docId: string): boolean {
  return docId.startsWith(CONTENT_DOC_PREFIX);
}

/** The database-relative path of a slice document, or of its attachment. */
export function contentPath(sha256: string, index: number, attachment: boolean): string {
  const doc = encodeURIComponent(contentDocId(sha256, index));
  return attachment ? `${doc}/${CONTENT_ATTACHMENT}` : doc;
}

/** The paths a content store may ask for, and with which method (the host's transport allows these and no more). */
export function isContentPath(method: string, path: string): boolean {
  const match = /^content%3A([0-9a-f]{64})%3A(\d{6})(\/bytes)?$/.exec(path);
  if (!match) return false;
  return match[3] ? method === 'GET' || method === 'PUT' : method === 'GET';
}

export interface CouchContentStore {
  /** Whether every one of `chunkCount` slices of `sha256` is on the server (the last one present says so). */
  has(sha256: string, chunkCount: number): Promise<boolean>;
  /** Uploads one slice (a slice already there is left as it is: the content is addressed by its hash). */
  putChunk(sha256: string, index: number, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  /** One slice, or undefined when the server does not hold it. */
  getChunk(sha256: string, index: number): Promise<Uint8Array | undefined>;
}

/** A content store that speaks to the database directly (the host, the tests and the benchmark use it). */
export function couchContentStore(database: CouchDatabase, fetchLike: BinaryFetchLike): CouchContentStore {
  const base = database.url.replace(/\/+$/, '');
  const auth: Record<string, string> = database.authorization ? { Authorization: database.authorization } : {};
  async function call(method: string, path: string, body?: Uint8Array<ArrayBuffer>) {
    if (!isContentPath(method, path)) throw new Error('Not a content request; it was not sent.');
    let response;
    try {
      response = await fetchLike(`${base}/${path}`, {
        method,
        headers: {
          ...auth,
          Accept: path.endsWith('/bytes') ? 'application/octet-stream' : 'application/json',
          ...(body ? { 'Content-Type': 'application/octet-stream' } : {}),
        },
        ...(body ? { body } : {}),
      });
    } catch {
      throw new CouchUnavailableError(
        `The sync server at ${base} does not answer. Evidence content can be fetched once it is back.`,
      );
    }
    if (response.status === 401 || response.status === 403)
      throw new CouchUnavailableError(
        `The sync server at ${base} refused the user name and password (HTTP ${response.status}).`,
      );
    if (response.status >= 500)
      throw new CouchUnavailableError(`The sync server at ${base} failed (HTTP ${response.status}); try again later.`);
    return response;
  }
  return {
    async has(sha256, chunkCount) {
      if (chunkCount === 0) return true;
      const response = await call('GET', contentPath(sha256, chunkCount - 1, false));
      await response.arrayBuffer();
      return response.status === 200;
    },
    async putChunk(sha256, index, bytes) {
      const response = await call('PUT', contentPath(sha256, index, true), bytes);
      await response.arrayBuffer();
      // 409: the slice is there already (another upload of the same bytes); the receiver checks the hash anyway.
      if (response.status >= 400 && response.status !== 409)
        throw new CouchUnavailableError(`The sync server refused evidence content (HTTP ${response.status}).`);
    },
    async getChunk(sha256, index) {
      const response = await call('GET', contentPath(sha256, index, true));
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (response.status === 404) return undefined;
      if (response.status !== 200)
        throw new CouchUnavailableError(`The sync server could not send evidence content (HTTP ${response.status}).`);
      return bytes;
    },
  };
}
