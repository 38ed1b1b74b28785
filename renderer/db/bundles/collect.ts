/**
 * What an export sends: the records of the chosen incidents (timeline, checklist, regulatory profile, evidence items
 * with their custody), runbooks and people, or every record changed since the last bundle to a partner site, each
 * with its sync state caught up with local writes. Read in one read transaction, so the bundle is one moment's view.
 */
import type { Table } from 'dexie';
import type { CustodyEvent } from '../../../shared/domain/evidence/custody';
import type { RecordMeta } from '../../../shared/domain/record';
import { BUNDLE_RECORD_TABLES, type BundleTable } from '../../../shared/domain/bundles/payload';
import { localStateOf } from '../../../shared/domain/sync/importPlan';
import type { RecordSyncState } from '../../../shared/domain/sync/syncState';
import type { FirebreakDatabase } from '../database';
import { getByKeys, rowsOfOwners } from './readMany';
import { syncStateKey, type StoredSyncState } from './storage';

type StoredRecord = RecordMeta & Record<string, unknown>;

export type BundleSelection =
  | {
      readonly kind: 'chosen';
      readonly incidentIds: readonly string[];
      readonly runbooks: boolean;
      readonly people: boolean;
    }
  | { readonly kind: 'since'; readonly siteCode: string };

export interface CollectedBundle {
  readonly states: ReadonlyMap<BundleTable, RecordSyncState[]>;
  readonly custody: readonly CustodyEvent[];
  /** Evidence contents to carry, one per SHA-256. */
  readonly evidence: readonly { readonly sha256: string; readonly size: number }[];
  readonly evidenceItems: readonly {
    readonly id: string;
    readonly sha256: string;
    readonly onHold: boolean;
    readonly name: string;
    readonly size: number;
  }[];
  readonly hlcRange: { readonly from: string; readonly to: string } | null;
  /** Sync states that changed by catching up with local writes, to store, each with the state it was made from. */
  readonly caughtUp: readonly CaughtUpState[];
}

export interface CaughtUpState {
  readonly state: StoredSyncState;
  /** What was stored when the export collected (none for a record never synced): stored over only if still there. */
  readonly before: StoredSyncState | undefined;
}

async function chosenRecords(
  db: FirebreakDatabase,
  selection: Extract<BundleSelection, { kind: 'chosen' }>,
): Promise<Map<BundleTable, StoredRecord[]>> {
  const ids = [...selection.incidentIds];
  const byTable = new Map<BundleTable, StoredRecord[]>();
  const incidents = db.incidents as unknown as Table<StoredRecord, string>;
  const subjectOf = (row: StoredRecord) => (row['subject'] as { id: string }).id;
  const [incidentRows, timeline, steps, profiles, evidence] = await Promise.all([
    getByKeys(incidents, ids, (row) => row.id),
    rowsOfOwners(
      incidents,
      ids,
      db.timeline as unknown as Table<StoredRecord, string>,
      '[subject.id+occurredAt]',
      subjectOf,
    ),
    rowsOfOwners(incidents, ids, db.checklistSteps as unknown as Table<StoredRecord, string>, 'incidentId', (row) =>
      String(row['incidentId']),
    ),
    rowsOfOwners(
      incidents,
      ids,
      db.regulatoryProfiles as unknown as Table<StoredRecord, string>,
      'subject.id',
      subjectOf,
    ),
    rowsOfOwners(incidents, ids, db.evidence as unknown as Table<StoredRecord, string>, 'subject.id', subjectOf),
  ]);
  byTable.set(
    'incidents',
    incidentRows.filter((r) => r !== undefined),
  );
  byTable.set('timeline', timeline);
  byTable.set('checklistSteps', steps);
  byTable.set('regulatoryProfiles', profiles);
  byTable.set('evidence', evidence);
  if (selection.runbooks) byTable.set('runbooks', (await db.runbooks.toArray()) as StoredRecord[]);
  if (selection.people) byTable.set('people', (await db.people.toArray()) as StoredRecord[]);
  return byTable;
}

async function changedSince(db: FirebreakDatabase, siteCode: string): Promise<Map<BundleTable, StoredRecord[]>> {
  const partner = await db.syncPartners.get(siteCode);
  const since = partner?.sentHlc ?? '';
  const byTable = new Map<BundleTable, StoredRecord[]>();
  for (const { table } of BUNDLE_RECORD_TABLES) {
    const rows = (await db.table(table).toArray()) as StoredRecord[];
    byTable.set(
      table,
      rows.filter((row) => row.hlc > since),
    );
  }
  return byTable;
}

/** A stored sync state without its table key: the state itself, as bundles carry it. */
export function withoutKey(stored: StoredSyncState): RecordSyncState {
  const { key: _key, ...state } = stored;
  return state;
}

export async function collectBundle(db: FirebreakDatabase, selection: BundleSelection): Promise<CollectedBundle> {
  return db.transaction('r', db.tables, async () => {
    const records =
      selection.kind === 'chosen' ? await chosenRecords(db, selection) : await changedSince(db, selection.siteCode);
    const states = new Map<BundleTable, RecordSyncState[]>();
    const caughtUp: CaughtUpState[] = [];
    let from = '';
    let to = '';
    for (const { table, entity } of BUNDLE_RECORD_TABLES) {
      const rows = records.get(table);
      if (!rows || rows.length === 0) continue;
      const stored = await getByKeys(
        db.syncStates,
        rows.map((row) => syncStateKey(entity, row.id)),
        (state) => state.key,
      );
      const tableStates = rows.map((row, index) => {
        const storedState = stored[index];
        const before = storedState && withoutKey(storedState);
        const state = localStateOf(entity, row, before)!;
        if (state !== before) caughtUp.push({ state: { ...state, key: syncStateKey(entity, row.id) }, before: storedState });
        if (from === '' || row.hlc < from) from = row.hlc;
        if (row.hlc > to) to = row.hlc;
        return state;
      });
      states.set(
        table,
        tableStates.sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    }
    const items = (records.get('evidence') ?? []) as (StoredRecord & {
      sha256: string;
      size: number;
      name: string;
      hold: unknown;
    })[];
    const custody = (
      await Promise.all(
        items.map((item) => db.custody.where('[itemId+seq]').between([item.id, 0], [item.id, Infinity]).toArray()),
      )
    ).flat();
    const evidence = new Map<string, number>();
    for (const item of items) if (item.deletedAt === null) evidence.set(item.sha256, item.size);
    return {
      states,
      custody,
      evidence: [...evidence].map(([sha256, size]) => ({ sha256, size })),
      evidenceItems: items
        .filter((item) => item.deletedAt === null)
        .map((item) => ({
          id: item.id,
          sha256: item.sha256,
          onHold: item.hold !== null,
          name: item.name,
          size: item.size,
        })),
      hlcRange: from === '' ? null : { from, to },
      caughtUp,
    };
  });
}

/** The newest incidents (up to 200) to offer in the export chooser: id, reference and title. */
export async function incidentsToOffer(db: FirebreakDatabase) {
  const rows = await db.incidentList.orderBy('[declaredAt+ref]').reverse().limit(200).toArray();
  return rows.map(({ id, ref, title }) => ({ id, ref, title }));
}
