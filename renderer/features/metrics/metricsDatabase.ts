/**
 * The metrics worker's handle on the database: opened without declaring any version, at the version the page's
 * connection already made, with its tables read from IndexedDB itself. The worker so loads Dexie and the metrics code
 * only, not every capability's schemas, upgrades and validators that `openDatabase` declares: that bundle was most of
 * the time from the dashboard's first request to its first answer (about 1.7 MB parsed before the index could load).
 * It only reads the metrics projection, the chart sources' fact tables and the audit log, and writes the metrics
 * snapshot (a cache, never audited).
 */
import Dexie from 'dexie';
import type { FirebreakDatabase } from '../../db/database';
import { followedTables } from './metricsFollower';

/** What the metrics follower uses of the database (the projection and snapshot it reaches through `table`). */
export type MetricsDatabase = Pick<FirebreakDatabase, 'verno' | 'table' | 'meta' | 'auditLog'>;

export async function openMetricsDatabase(name: string): Promise<MetricsDatabase> {
  const db = new Dexie(name);
  // Opened without versions, Dexie never creates a database: one that is not there yet has nothing to measure.
  await db.open().catch((error: unknown) => {
    throw error instanceof Dexie.NoSuchDatabaseError
      ? new Error('The database is not set up yet; open the console once to create it.')
      : error;
  });
  const needed = ['meta', 'auditLog', ...followedTables().map(({ table }) => table), 'metricsSnapshot'];
  const missing = needed.filter((table) => !db.tables.some((existing) => existing.name === table));
  if (missing.length > 0) {
    db.close();
    throw new Error(`The database has no ${missing.join(', ')} table yet; open the console once to upgrade it.`);
  }
  // Dexie lists the tables of a database opened without versions in db.tables only: two are used by name.
  return Object.assign(db, { meta: db.table('meta'), auditLog: db.table('auditLog') }) as unknown as MetricsDatabase;
}
