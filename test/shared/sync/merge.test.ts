/**
 * Merge properties (issue 11): re-importing changes nothing, any import order converges, three sites in a ring
 * converge, both-sided changes of legal fields are kept as conflicts until resolved, tombstones beat only older writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextHlc } from '../../../shared/domain/ids';
import { conflictsOf, resolveConflict } from '../../../shared/domain/sync/merge';
import { localStateOf } from '../../../shared/domain/sync/importPlan';
import { recordSyncStateSchema } from '../../../shared/domain/sync/syncState';
import { ENTITY, Site, type World } from './sites';

const IDS = ['r0', 'r1', 'r2'] as const;
const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

type Op =
  | { kind: 'edit'; site: number; id: number; field: 'title' | 'summary' | 'severity' | 'note'; value: number }
  | { kind: 'remove'; site: number; id: number }
  | { kind: 'sync'; from: number; to: number };

const opArb = (sites: number): fc.Arbitrary<Op> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        site: fc.nat(sites - 1),
        id: fc.nat(IDS.length - 1),
        field: fc.constantFrom('title' as const, 'summary' as const, 'severity' as const, 'note' as const),
        value: fc.nat(3),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('remove' as const), site: fc.nat(sites - 1), id: fc.nat(2) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.nat(sites - 1), to: fc.nat(sites - 1) }),
    },
  );

function valueFor(field: string, value: number): unknown {
  if (field === 'severity') return SEVERITIES[value];
  if (field === 'note') return value === 0 ? undefined : `note ${value}`;
  return `${field} ${value}`;
}

/** Sites that share a first bundle of three incidents made at the first site. */
function startSites(count: number): Site[] {
  const world: World = { now: Date.UTC(2026, 10, 30, 8) };
  const sites = Array.from({ length: count }, (_, index) => new Site(String.fromCharCode(97 + index), world));
  const [first, ...others] = sites;
  for (const id of IDS) first!.create(id, { title: `title ${id}`, summary: 'summary', severity: 'SEV3' });
  const bundle = first!.exportAll();
  for (const site of others) site.importAll(bundle);
  return sites;
}

function run(sites: Site[], ops: readonly Op[]): void {
  for (const op of ops) {
    if (op.kind === 'edit') sites[op.site]!.edit(IDS[op.id]!, { [op.field]: valueFor(op.field, op.value) });
    else if (op.kind === 'remove') sites[op.site]!.remove(IDS[op.id]!);
    else if (op.from !== op.to) sites[op.to]!.importAll(sites[op.from]!.exportAll());
  }
}

describe('merge of sync bundles', () => {
  it('re-importing a bundle changes nothing: tables and sync states byte-identical', () => {
    fc.assert(
      fc.property(fc.array(opArb(2), { maxLength: 30 }), (ops) => {
        const [a, b] = startSites(2);
        run([a!, b!], ops);
        const bundle = a!.exportAll();
        b!.importAll(bundle);
        const table = b!.table();
        const states = JSON.stringify([...b!.states]);
        expect(b!.importAll(bundle)).toBe(0);
        expect(b!.table()).toBe(table);
        expect(JSON.stringify([...b!.states])).toBe(states);
      }),
      { numRuns: 200 },
    );
  });

  it('converges whichever site imports first, and a third site gets the same from either order', () => {
    fc.assert(
      fc.property(fc.array(opArb(2), { maxLength: 30 }), fc.boolean(), (ops, aFirst) => {
        const [a, b, c] = startSites(3);
        run([a!, b!], ops);
        const fromA = a!.exportAll();
        const fromB = b!.exportAll();
        if (aFirst) {
          b!.importAll(fromA);
          a!.importAll(fromB);
        } else {
          a!.importAll(fromB);
          b!.importAll(fromA);
        }
        expect(a!.table()).toBe(b!.table());
        expect(a!.conflicts()).toBe(b!.conflicts());
        c!.importAll(aFirst ? fromA : fromB);
        c!.importAll(aFirst ? fromB : fromA);
        expect(c!.table()).toBe(a!.table());
      }),
      { numRuns: 200 },
    );
  });

  it('three sites in a ring converge after two rounds with no further edits', () => {
    fc.assert(
      fc.property(fc.array(opArb(3), { maxLength: 40 }), (ops) => {
        const sites = startSites(3);
        run(sites, ops);
        for (let round = 0; round < 2; round += 1)
          for (let index = 0; index < 3; index += 1) sites[(index + 1) % 3]!.importAll(sites[index]!.exportAll());
        expect(sites[1]!.table()).toBe(sites[0]!.table());
        expect(sites[2]!.table()).toBe(sites[0]!.table());
        expect(sites[1]!.conflicts()).toBe(sites[0]!.conflicts());
        expect(sites[2]!.conflicts()).toBe(sites[0]!.conflicts());
      }),
      { numRuns: 150 },
    );
  });

  it('every sync state a site exports passes the shared schema', () => {
    fc.assert(
      fc.property(fc.array(opArb(2), { maxLength: 20 }), (ops) => {
        const [a, b] = startSites(2);
        run([a!, b!], ops);
        for (const state of a!.exportAll()) expect(recordSyncStateSchema.safeParse(state).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('a field changed on one side only takes that change; ordinary fields changed on both take the later write', () => {
    const [a, b] = startSites(2);
    a!.edit('r0', { title: 'title from a' });
    b!.edit('r0', { summary: 'summary from b' });
    b!.edit('r1', { title: 'early title from b' });
    a!.edit('r1', { title: 'later title from a' });
    b!.importAll(a!.exportAll());
    a!.importAll(b!.exportAll());
    expect(a!.records.get('r0')).toMatchObject({ title: 'title from a', summary: 'summary from b' });
    expect(a!.records.get('r1')).toMatchObject({ title: 'later title from a' });
    expect(a!.table()).toBe(b!.table());
    expect(a!.conflicts()).toBe('[]');
  });

  it('a legal field changed on both sides is a conflict with both values, who set them and when, until resolved', () => {
    const [a, b] = startSites(2);
    a!.edit('r0', { severity: 'SEV1' });
    b!.edit('r0', { severity: 'SEV2' });
    b!.importAll(a!.exportAll());
    a!.importAll(b!.exportAll());
    const state = localStateOf(ENTITY, a!.records.get('r0'), a!.states.get('r0'))!;
    const [conflict] = conflictsOf(state);
    expect(conflict?.field).toBe('severity');
    expect(conflict?.candidates.map(({ value, by }) => ({ value, by }))).toEqual([
      { value: 'SEV2', by: 'Responder b' },
      { value: 'SEV1', by: 'Responder a' },
    ]);
    expect(b!.conflicts()).toBe(a!.conflicts());
    // The record holds the later value meanwhile, on both sides.
    expect(a!.records.get('r0')?.severity).toBe('SEV2');

    const resolved = resolveConflict(state, {
      field: 'severity',
      value: 'SEV1',
      hlc: nextHlc(state.last.hlc, 'a', Date.parse(state.last.at) + 1),
      at: new Date(Date.parse(state.last.at) + 1).toISOString(),
      by: 'Responder a',
      byId: '0190f000-0000-7000-8000-000000000007',
    });
    expect(conflictsOf(resolved)).toEqual([]);
    b!.importAll([resolved]);
    expect(b!.records.get('r0')?.severity).toBe('SEV1');
    expect(b!.conflicts()).toBe('[]');
  });

  it('a legal field changed on one side only is no conflict', () => {
    const [a, b] = startSites(2);
    a!.edit('r0', { severity: 'SEV1' });
    b!.edit('r0', { title: 'retitled at b' });
    b!.importAll(a!.exportAll());
    a!.importAll(b!.exportAll());
    expect(a!.conflicts()).toBe('[]');
    expect(b!.records.get('r0')).toMatchObject({ severity: 'SEV1', title: 'retitled at b' });
  });

  it('a tombstone wins over older writes and loses to a later edit', () => {
    const [a, b] = startSites(2);
    b!.edit('r0', { title: 'edited before the delete' });
    a!.remove('r0');
    a!.remove('r1');
    b!.edit('r1', { title: 'edited after the delete' });
    b!.importAll(a!.exportAll());
    a!.importAll(b!.exportAll());
    expect(a!.records.get('r0')?.deletedAt).not.toBeNull();
    expect(a!.records.get('r1')).toMatchObject({ deletedAt: null, title: 'edited after the delete' });
    expect(a!.table()).toBe(b!.table());
  });
});
