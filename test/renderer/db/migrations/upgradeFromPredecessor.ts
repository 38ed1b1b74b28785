/**
 * What the migration tests share: rows this build's write path made in a seed database are copied (beside rows as
 * the predecessor stored them, for a version that changes data) into a database at the version's predecessor — the
 * highest version declared below it — whose tables are then read whole and upgraded. `expectKeptWithOwnEntry` checks
 * what every upgrade must keep: the compared tables exactly as they were, the audit log extended only by the
 * version's own `migrate` entry, and the chain verifying.
 */
import 'fake-indexeddb/auto';
import { expect } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { databaseVersions, openDatabaseAtVersion, type FirebreakDatabase } from '../../../../renderer/db/database';

export async function wholeTables(
  db: FirebreakDatabase,
  tables: readonly string[],
): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await db.table(table).toArray();
  return rows;
}

/** The highest version this build declares below `to`. */
export function predecessorOf(to: number): number {
  return Math.max(...[...databaseVersions().keys()].filter((version) => version < to));
}

export interface Upgraded {
  readonly upgraded: FirebreakDatabase;
  /** The predecessor's tables read before the upgrade (all of them, but those `notCompared`). */
  readonly before: Record<string, unknown[]>;
  readonly tables: readonly string[];
}

/**
 * Copies `copied` tables of `seeded` and the `older` rows into database `name` at `to`'s predecessor, reads its
 * tables, deletes the seed and opens `name` at `to`. `absent` tables must not exist before the upgrade.
 */
export async function upgradeFromPredecessor(
  name: string,
  to: number,
  seeded: FirebreakDatabase,
  options: {
    readonly copied: readonly string[];
    readonly older?: Readonly<Record<string, readonly object[]>>;
    readonly notCompared?: readonly string[];
    readonly absent?: readonly string[];
  },
): Promise<Upgraded> {
  const old = openDatabaseAtVersion(name, predecessorOf(to));
  await old.open();
  const names = old.tables.map((table) => table.name);
  for (const table of options.absent ?? []) expect(names).not.toContain(table);
  const tables = names.filter((table) => !options.notCompared?.includes(table));
  for (const table of options.copied) await old.table(table).bulkAdd(await seeded.table(table).toArray());
  for (const [table, rows] of Object.entries(options.older ?? {})) await old.table(table).bulkAdd([...rows]);
  const before = await wholeTables(old, tables);
  old.close();
  await seeded.delete();
  const upgraded = openDatabaseAtVersion(name, to);
  await upgraded.open();
  expect(upgraded.verno).toBe(to);
  return { upgraded, before, tables };
}

/** Every compared table as it was but the audit log and meta; the log gained only the version's `migrate` entry. */
export async function expectKeptWithOwnEntry({ upgraded, before, tables }: Upgraded): Promise<void> {
  const { auditLog: auditAfter, meta: _meta, ...restAfter } = await wholeTables(upgraded, tables);
  const { auditLog: auditBefore, meta: _metaBefore, ...restBefore } = before;
  expect(restAfter).toEqual(restBefore);
  expect(auditAfter?.slice(0, auditBefore?.length)).toEqual(auditBefore);
  expect(auditAfter?.at(-1)).toMatchObject({
    entity: 'database',
    entityId: `version-${upgraded.verno}`,
    op: 'migrate',
  });
  expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
}
