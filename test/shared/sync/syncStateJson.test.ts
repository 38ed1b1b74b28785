/**
 * A bundle's records files are written by `syncStateJson`, which must be `canonicalJson` byte for byte (the importer,
 * `firebreak-verify` and re-import idempotence all rest on the canonical form): arbitrary states — any field names,
 * any JSON values, legal candidates, tombstones — and shapes it does not expect (extra or missing members, undefined
 * values, arrays or null where objects belong), which it hands to `canonicalJson`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import {
  isPlainSyncState,
  materialize,
  recordSyncStateSchema,
  syncStateJson,
  type RecordSyncState,
} from '../../../shared/domain/sync/syncState';

const stamp = fc.record({
  hlc: fc.constantFrom('001764489600000-0000-a', '001764489600001-0003-b', '001764489600002-0000-zz', '1764489600000-0-x'),
  at: fc.constantFrom('2026-11-20T09:00:00.000Z', '2026-11-30T10:00:00.000Z', '2026-11-30T10:00:00Z'),
  by: fc.string({ maxLength: 12 }),
  byId: fc.constantFrom('0193a5b0-0000-7000-8000-000000000001', '0193a5b0-0000-7000-8000-000000000002', 'x'),
});
const write = fc.tuple(stamp, fc.option(fc.jsonValue(), { nil: undefined })).map(([s, value]) =>
  value === undefined ? s : { value, ...s },
);
const legalWrite = fc
  .tuple(write, fc.array(fc.constantFrom('001764489600000-0000-a', '001764489600009-0000-c', 'not a stamp'), { maxLength: 3 }))
  .map(([w, supersedes]) => ({ ...w, supersedes }));
const fieldName = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('10', '2', 'a"b', 'é', '__proto__x'));
const state: fc.Arbitrary<RecordSyncState> = fc.record({
  entity: fc.constantFrom('incident', 'timeline'),
  id: fc.uuid(),
  created: fc.record({
    createdAt: fc.constant('2026-11-20T09:00:00.000Z'),
    createdBy: fc.string({ maxLength: 10 }),
    createdById: fc.constant('0193a5b0-0000-7000-8000-000000000001'),
  }),
  rev: fc.integer({ min: 1, max: 1000 }),
  last: stamp,
  fields: fc.dictionary(fieldName, write, { maxKeys: 12 }),
  legal: fc.dictionary(fieldName, fc.array(legalWrite, { minLength: 1, maxLength: 3 }), { maxKeys: 4 }),
  deletion: fc.option(write, { nil: null }),
});

describe('syncStateJson', () => {
  it('is canonicalJson byte for byte for any state', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(syncStateJson(s)).toBe(canonicalJson(s));
      }),
      { numRuns: 500 },
    );
  });

  it('hands shapes it does not expect to canonicalJson, with the same text', () => {
    const base = fc.sample(state, { numRuns: 1, seed: 7 })[0]!;
    const odd: unknown[] = [
      { ...base, key: 'incident:x' },
      { ...base, deletion: undefined },
      { ...base, fields: { a: { ...base.last, value: undefined } } },
      { ...base, fields: { a: { ...base.last, extra: 1 } } },
      { ...base, fields: { a: null } },
      { ...base, fields: [] },
      { ...base, legal: { a: { ...base.last, supersedes: [] } } },
      { ...base, legal: { a: [{ ...base.last }] } },
      { ...base, last: { ...base.last, hlc: 5 } },
      { ...base, created: { ...base.created, extra: true } },
      { ...base, rev: Number.NaN },
    ];
    for (const shape of odd) expect(syncStateJson(shape as RecordSyncState)).toBe(canonicalJson(shape));
  });
});

/** A state whose stamps, times, authors and ids are all valid (the arbitrary above mixes in invalid ones). */
const validState = state.map((s) => {
  const copy = JSON.parse(JSON.stringify(s)) as RecordSyncState;
  const fix = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record['hlc'] === 'string') record['hlc'] = '001764489600000-0000-a';
    if (typeof record['at'] === 'string') record['at'] = '2026-11-20T09:00:00.000Z';
    if (typeof record['by'] === 'string') record['by'] = 'Dana Reyes';
    if (typeof record['byId'] === 'string') record['byId'] = '0193a5b0-0000-7000-8000-000000000001';
    if (Array.isArray(record['supersedes'])) record['supersedes'] = ['001764489600000-0000-a'];
    for (const child of Object.values(record)) fix(child);
  };
  for (const key of ['last', 'fields', 'legal', 'deletion'] as const) fix(copy[key]);
  copy.created.createdBy = 'Dana Reyes';
  return copy;
});

/** A state with one member somewhere replaced by any JSON value (or removed). */
const mutated = fc
  .tuple(validState, fc.nat(), fc.option(fc.jsonValue(), { nil: undefined }))
  .map(([s, pick, replacement]) => {
    const copy = JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
    const paths: { owner: Record<string, unknown>; key: string }[] = [];
    const walk = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries(node)) {
        paths.push({ owner: node as Record<string, unknown>, key });
        walk(child);
      }
    };
    walk(copy);
    const target = paths[pick % paths.length];
    if (target) {
      if (replacement === undefined) delete target.owner[target.key];
      else target.owner[target.key] = replacement;
    }
    return copy;
  });

describe('isPlainSyncState', () => {
  it('accepts only what recordSyncStateSchema accepts and returns unchanged', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(validState, state.map((s) => JSON.parse(JSON.stringify(s)) as unknown), mutated), (line) => {
        if (!isPlainSyncState(line)) return;
        accepted += 1;
        const parsed = recordSyncStateSchema.safeParse(line);
        expect(parsed.success).toBe(true);
        expect(canonicalJson(parsed.data)).toBe(canonicalJson(line));
      }),
      { numRuns: 1_000 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('leaves names zod would trim, extra members and wrong types to the schema', () => {
    const good = JSON.parse(JSON.stringify(fc.sample(state, { numRuns: 1, seed: 11 })[0]!)) as RecordSyncState;
    const clean = {
      ...good,
      created: { ...good.created, createdBy: 'Dana Reyes' },
      last: { ...good.last, hlc: '001764489600000-0000-a', at: '2026-11-20T09:00:00.000Z', by: 'Dana', byId: '0193a5b0-0000-7000-8000-000000000001' },
      fields: {},
      legal: {},
      deletion: null,
    };
    expect(isPlainSyncState(clean)).toBe(true);
    for (const bad of [
      { ...clean, created: { ...clean.created, createdBy: ' Dana ' } },
      { ...clean, created: { ...clean.created, extra: 1 } },
      { ...clean, extra: 1 },
      { ...clean, rev: 0 },
      { ...clean, rev: 1.5 },
      { ...clean, id: '' },
      { ...clean, last: { ...clean.last, extra: 1 } },
      { ...clean, legal: { severity: [] } },
      { ...clean, legal: { severity: [{ ...clean.last }] } },
      { ...clean, fields: { title: [clean.last] } },
      { ...clean, deletion: undefined },
    ])
      expect(isPlainSyncState(bad)).toBe(false);
  });
});

describe('materialize', () => {
  it('gives a fresh, equal object on every call for the same state', () => {
    const s = fc.sample(state, { numRuns: 1, seed: 3 })[0]!;
    const first = materialize(s);
    const second = materialize(s);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    (first as Record<string, unknown>)['title'] = 'changed by a caller';
    expect(materialize(s)).toEqual(second);
  });
});
