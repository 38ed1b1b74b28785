/**
 * The pull reads a revision without zod when it can (`plainCouchRecordDoc`) and builds the signed content from texts
 * it has made already (`signedContentOfJson`): both must agree with the schema and with `signedContentOf` exactly,
 * for genuine bodies and for bodies with any member changed, removed or added.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import {
  couchRecordDocSchema,
  plainCouchRecordDoc,
  signedContentOf,
  signedContentOfJson,
} from '../../../shared/domain/couch/revision';
import { syncStateJson, type RecordSyncState } from '../../../shared/domain/sync/syncState';

const write = (value: unknown) => ({
  value,
  hlc: '001764489600000-0000-a',
  at: '2026-11-20T09:00:00.000Z',
  by: 'Dana Reyes',
  byId: '0193a5b0-0000-7000-8000-000000000001',
});

const state = fc
  .record({
    id: fc.uuid(),
    rev: fc.integer({ min: 1, max: 50 }),
    fields: fc.dictionary(fc.constantFrom('title', 'summary', 'a"b', 'é'), fc.jsonValue(), { maxKeys: 4 }),
    legal: fc.dictionary(fc.constantFrom('severity', 'status'), fc.jsonValue(), { maxKeys: 2 }),
    deleted: fc.boolean(),
  })
  .map(({ id, rev, fields, legal, deleted }): RecordSyncState => ({
    entity: 'incident',
    id,
    created: {
      createdAt: '2026-11-20T09:00:00.000Z',
      createdBy: 'Dana Reyes',
      createdById: '0193a5b0-0000-7000-8000-000000000001',
    },
    rev,
    last: write(undefined),
    fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, write(value)])),
    legal: Object.fromEntries(
      Object.entries(legal).map(([name, value]) => [name, [{ ...write(value), supersedes: [] }]]),
    ),
    deletion: deleted ? write('2026-11-21T09:00:00.000Z') : null,
  }));

const signature = {
  installationId: 'inst-1',
  siteCode: 'LON',
  fingerprint: 'a'.repeat(64),
  publicKey: `${'A'.repeat(43)}=`,
  signature: `${'B'.repeat(86)}==`,
};

/** A body as the server sends it (JSON round trip, `_revisions` included). */
const body = fc.tuple(state, fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue(), { maxKeys: 4 })).map(
  ([sync, record]) =>
    JSON.parse(
      JSON.stringify({
        _id: `incident:${sync.id}`,
        _rev: '1-0123456789abcdef0123456789abcdef',
        _revisions: { start: 1, ids: ['0123456789abcdef0123456789abcdef'] },
        record,
        sync,
        signature,
      }),
    ) as Record<string, unknown>,
);

/** A body with one member somewhere replaced by any JSON value, removed, or one added. */
const mutated = fc
  .tuple(body, fc.nat(), fc.option(fc.jsonValue(), { nil: undefined }), fc.boolean())
  .map(([original, pick, replacement, add]) => {
    const copy = structuredClone(original);
    const owners: Record<string, unknown>[] = [];
    const paths: { owner: Record<string, unknown>; key: string }[] = [];
    const walk = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return;
      owners.push(node as Record<string, unknown>);
      for (const [key, child] of Object.entries(node)) {
        paths.push({ owner: node as Record<string, unknown>, key });
        walk(child);
      }
    };
    walk(copy);
    if (add) owners[pick % owners.length]!['extra'] = replacement ?? null;
    else {
      const target = paths[pick % paths.length]!;
      if (replacement === undefined) delete target.owner[target.key];
      else target.owner[target.key] = replacement;
    }
    return copy;
  });

describe('plainCouchRecordDoc', () => {
  it('reads only what couchRecordDocSchema accepts, as the schema reads it', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(body, mutated), (candidate) => {
        const plain = plainCouchRecordDoc(candidate);
        const parsed = couchRecordDocSchema.safeParse({ ...candidate, _revisions: undefined });
        if (plain === undefined) return;
        read += 1;
        expect(parsed.success).toBe(true);
        expect(canonicalJson(plain)).toBe(canonicalJson(parsed.data));
      }),
      { numRuns: 1_000 },
    );
    expect(read).toBeGreaterThan(300);
  });

  it('reads every genuine body', () => {
    fc.assert(fc.property(body, (candidate) => plainCouchRecordDoc(candidate) !== undefined));
  });
});

describe('signedContentOfJson', () => {
  it('is signedContentOf byte for byte', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), fc.jsonValue()), state, (docId, record, sync) => {
        expect(signedContentOfJson(docId, canonicalJson(record), syncStateJson(sync))).toBe(
          signedContentOf(docId, record, sync),
        );
      }),
      { numRuns: 500 },
    );
  });
});
