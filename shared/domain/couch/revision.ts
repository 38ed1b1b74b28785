/**
 * Live sync's mapping of a record onto a CouchDB document, and what an installation signs. A record is one document:
 * `_id` = `<entity>:<record id>`; the body holds the record (`record`, the materialized state, for people and other
 * CouchDB clients to read), its sync state (`sync`, what the merge joins: `shared/domain/sync/`) and the author
 * installation's Ed25519 signature over the canonical JSON of `{_id, record, sync}` (`signature`). CouchDB 3 refuses
 * top-level members starting with `_` that it does not define, so Firebreak's members carry no underscore.
 *
 * A revision id is `<generation>-<digest>`, the digest being SHA-256 (first 32 hex digits) of the parent revision and
 * the signed content. Two installations that write the same merged body as a child of the same leaf therefore make
 * the same revision, and CouchDB keeps one: a conflict resolved at two sites at once does not make a new conflict.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonicalJson';
import { sha256Hex } from '../hash';
import { isPlainSyncState, recordSyncStateSchema, type RecordSyncState } from '../sync/syncState';
import { revisionSignatureSchema } from './signature';

export { revisionSignatureSchema, type RevisionSignature } from './signature';

export const couchRevSchema = z.string().regex(/^[1-9]\d{0,9}-[0-9a-f]{1,64}$/, 'Not a CouchDB revision.');

/** The body of a live (not deleted) revision as Firebreak writes it. */
export const couchRecordDocSchema = z
  .object({
    _id: z.string().min(3).max(140),
    _rev: couchRevSchema,
    _revisions: z.object({ start: z.number().int().min(1), ids: z.array(z.string()).min(1) }).optional(),
    record: z.record(z.string(), z.unknown()),
    sync: recordSyncStateSchema,
    signature: revisionSignatureSchema,
  })
  .strict();
export type CouchRecordDoc = z.infer<typeof couchRecordDocSchema>;

export function couchDocId(entity: string, id: string): string {
  return `${entity}:${id}`;
}

export function parseCouchDocId(docId: string): { entity: string; id: string } | undefined {
  const at = docId.indexOf(':');
  if (at <= 0 || at === docId.length - 1) return undefined;
  return { entity: docId.slice(0, at), id: docId.slice(at + 1) };
}

/** The exact text an installation signs for a revision. */
export function signedContentOf(docId: string, record: unknown, sync: RecordSyncState): string {
  return canonicalJson({ _id: docId, record, sync });
}

/**
 * `signedContentOf` from the canonical JSON of the record and of the sync state, for a reader that has made both
 * already: the same text byte for byte (the members sort as `_id`, `record`, `sync`).
 */
export function signedContentOfJson(docId: string, recordJson: string, syncJson: string): string {
  return `{"_id":${JSON.stringify(docId)},"record":${recordJson},"sync":${syncJson}}`;
}

/**
 * A lean read of a fetched body (its `_revisions` aside) as `couchRecordDocSchema` would read it: the document only
 * when the schema accepts the body and would return its members unchanged, otherwise undefined — anything it is not
 * sure of, every invalid body included, is left to the schema, which accepts it or says in words what is wrong. The
 * sync state is checked by `isPlainSyncState`, the small members by their own schemas.
 */
export function plainCouchRecordDoc(body: Readonly<Record<string, unknown>>): CouchRecordDoc | undefined {
  const shape = couchRecordDocSchema.shape;
  let members = 0;
  for (const key in body) {
    if (!Object.hasOwn(body, key)) return undefined;
    if (key === '_revisions') continue;
    if (!Object.hasOwn(shape, key)) return undefined;
    members += 1;
  }
  const { _id, _rev, record, sync, signature } = body;
  if (
    members !== 5 ||
    typeof record !== 'object' ||
    record === null ||
    Object.getPrototypeOf(record) !== Object.prototype ||
    !isPlainSyncState(sync)
  )
    return undefined;
  const id = shape._id.safeParse(_id);
  const rev = shape._rev.safeParse(_rev);
  const signed = shape.signature.safeParse(signature);
  if (!id.success || !rev.success || !signed.success) return undefined;
  return { _id: id.data, _rev: rev.data, record: record as Record<string, unknown>, sync, signature: signed.data };
}

export function revGeneration(rev: string): number {
  return Number.parseInt(rev.slice(0, rev.indexOf('-')), 10);
}

export function revDigest(rev: string): string {
  return rev.slice(rev.indexOf('-') + 1);
}

/** The child revision of `parent` (absent for a first revision) carrying `content` (a deletion when null). */
export function childRev(parent: string | undefined, content: string | null): string {
  const generation = parent ? revGeneration(parent) + 1 : 1;
  const digest = sha256Hex(canonicalJson([parent ?? null, content])).slice(0, 32);
  return `${generation}-${digest}`;
}

/** `_revisions` for a child written with `new_edits: false`: the new id, then its parent's. */
export function revisionsOf(rev: string, parent: string | undefined): { start: number; ids: string[] } {
  return { start: revGeneration(rev), ids: parent ? [revDigest(rev), revDigest(parent)] : [revDigest(rev)] };
}

/**
 * CouchDB's deterministic winner among leaves: a live leaf beats a deleted one, then the longer history, then the
 * greater revision id. Firebreak uses it only to choose which leaf its merged revision descends from.
 */
export function winningLeaf<T extends { readonly rev: string; readonly deleted: boolean }>(
  leaves: readonly T[],
): T | undefined {
  return [...leaves].sort((a, b) => {
    if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
    const byGeneration = revGeneration(b.rev) - revGeneration(a.rev);
    if (byGeneration !== 0) return byGeneration;
    return revDigest(a.rev) < revDigest(b.rev) ? 1 : revDigest(a.rev) > revDigest(b.rev) ? -1 : 0;
  })[0];
}
