/**
 * The Firebreak database (IndexedDB through Dexie). Each capability declares its tables per version in its own
 * `storage.ts`; `STORAGE_CAPABILITIES` is the one list, and every version the app has ever shipped is built from it,
 * in order. A schema change only adds a version, and its data upgrade lives in the capability's `migrations/`.
 * Reads may use the tables directly; every write goes through `writeTransaction` in `write.ts`.
 */
import Dexie, { type DexieOptions } from 'dexie';
import type { DerivedRows, StorageCapability, StorageVersion, WriteReaction } from './capability';
import { bundlesStorage, type BundleTables } from './bundles/storage';
import { coreStorage, type CoreTables } from './coreStorage';
import { couchStorage, type CouchTables } from './couch/storage';
import { evidenceStorage, type EvidenceTables } from './evidence/storage';
import { exercisesStorage, type ExerciseTables } from './exercises/storage';
import { filingsStorage, type FilingTables } from './filings/storage';
import { incidentsStorage, type IncidentTables } from './incidents/storage';
import { metricsStorage, type MetricsTables } from './metrics/storage';
import { observablesStorage, type ObservableTables } from './observables/storage';
import { regulatoryStorage, type RegulatoryTables } from './regulatory/storage';
import { reviewsStorage, type ReviewTables } from './reviews/storage';
import { runbooksStorage, type RunbookTables } from './runbooks/storage';
import { scenariosStorage, type ScenarioTables } from './scenarios/storage';
import { searchStorage, type SearchTables } from './search/storage';
import { stakeholdersStorage, type StakeholderTables } from './stakeholders/storage';
import { teamStorage, type TeamTables } from './team/storage';
import { trustStorage, type TrustTables } from './trust/storage';

export type { MetaRow } from './coreStorage';

export const DATABASE_NAME = 'firebreak';

/** Every capability's storage, one line each; a capability's tables type joins `FirebreakTables` below. */
export const STORAGE_CAPABILITIES: readonly StorageCapability[] = [
  coreStorage,
  incidentsStorage,
  runbooksStorage,
  teamStorage,
  evidenceStorage,
  trustStorage,
  regulatoryStorage,
  scenariosStorage,
  exercisesStorage,
  metricsStorage,
  searchStorage,
  reviewsStorage,
  stakeholdersStorage,
  bundlesStorage,
  filingsStorage,
  observablesStorage,
  couchStorage,
];
/** Every capability's derived rows, which the write path keeps in step with their records. */
export const DERIVED_ROWS: readonly DerivedRows[] = STORAGE_CAPABILITIES.flatMap(
  (capability) => capability.derivedRows ?? [],
);
/** Every capability's reactions to other records, run by the write path before it stores what was staged. */
export const WRITE_REACTIONS: readonly WriteReaction[] = STORAGE_CAPABILITIES.flatMap(
  (capability) => capability.reactions ?? [],
);
/** What the write path waits for before its first transaction (see `StorageCapability.writeReady`). */
export const WRITE_PREREQUISITES: readonly (() => Promise<void> | undefined)[] = STORAGE_CAPABILITIES.flatMap(
  (capability) => (capability.writeReady ? [capability.writeReady] : []),
);
export type FirebreakTables = CoreTables &
  IncidentTables &
  RunbookTables &
  TeamTables &
  EvidenceTables &
  TrustTables &
  RegulatoryTables &
  ScenarioTables &
  ExerciseTables &
  MetricsTables &
  SearchTables &
  ReviewTables &
  StakeholderTables &
  BundleTables &
  FilingTables &
  ObservableTables &
  CouchTables;

interface MergedVersion {
  readonly stores: Record<string, string | null>;
  readonly upgrades: ReadonlyArray<NonNullable<StorageVersion['upgrade']>>;
}

/** The versions of the database, oldest first: each capability's stores and upgrades for that version merged. */
export function databaseVersions(capabilities: readonly StorageCapability[] = STORAGE_CAPABILITIES) {
  const versions = new Map<
    number,
    { stores: Record<string, string | null>; upgrades: MergedVersion['upgrades'][number][] }
  >();
  for (const capability of capabilities) {
    for (const [key, declared] of Object.entries(capability.versions)) {
      const version = Number(key);
      const merged = versions.get(version) ?? { stores: {}, upgrades: [] };
      for (const [table, layout] of Object.entries(declared.stores)) {
        if (Object.hasOwn(merged.stores, table)) {
          throw new Error(`Two capabilities declare the table "${table}" in version ${version}.`);
        }
        merged.stores[table] = layout;
      }
      if (declared.upgrade) merged.upgrades.push(declared.upgrade);
      versions.set(version, merged);
    }
  }
  return new Map<number, MergedVersion>([...versions].sort(([a], [b]) => a - b));
}

const VERSIONS = databaseVersions();
/** The newest version this build declares. */
export const LATEST_VERSION = Math.max(...VERSIONS.keys());

/**
 * Declares the versions up to `upTo` on `db`. Dexie needs only the versions that carry a data upgrade, and the newest:
 * a version without one is folded into the next version that is declared (its stores merged in, in order), so every
 * declared version describes the same tables and indexes as before and an old database still upgrades through each
 * data upgrade at the schema it was written for. Fewer versions matter at start: Dexie re-parses every earlier version
 * and rebuilds every table's API on each `stores()` call, which with all of them declared was the longest task of the
 * console's start (issue 10's facilitator page measured it).
 */
function declareVersions(db: Dexie, upTo: number): void {
  let folded: Record<string, string | null> = {};
  for (const [version, { stores, upgrades }] of VERSIONS) {
    if (version > upTo) break;
    folded = { ...folded, ...stores };
    if (upgrades.length === 0 && version !== upTo) continue;
    const declared = db.version(version).stores(folded);
    folded = {};
    if (upgrades.length > 0) {
      declared.upgrade(async (tx) => {
        for (const upgrade of upgrades) await upgrade(tx);
      });
    }
  }
}

/** The database with every capability's tables. Dexie creates the table properties from the declared versions. */
export type FirebreakDatabase = Dexie & FirebreakTables;

function createDatabase(name: string, options: DexieOptions | undefined, upTo: number): FirebreakDatabase {
  // Dexie's documented typing pattern: the instance gains the tables its declared versions create.
  const db = new Dexie(name, options) as FirebreakDatabase;
  declareVersions(db, upTo);
  return db;
}

/** Opens (lazily, on first use) the database with every version this build declares. */
export function openDatabase(name: string = DATABASE_NAME, options?: DexieOptions): FirebreakDatabase {
  return createDatabase(name, options, LATEST_VERSION);
}

/**
 * The database as the release with `version` left it: only versions up to it are declared, with their upgrades.
 * Migration tests open a predecessor with this, write rows, then open the next version (Signal's updateToVersion).
 * The tables of later versions are absent at runtime; callers use only the tables their version had.
 */
export function openDatabaseAtVersion(name: string, version: number, options?: DexieOptions): FirebreakDatabase {
  if (!VERSIONS.has(version)) throw new Error(`Version ${version} was never declared.`);
  return createDatabase(name, options, version);
}
