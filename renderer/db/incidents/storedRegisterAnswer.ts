/**
 * The register's answer to a search or filter read straight from IndexedDB, for the moments of a cold start before
 * the in-memory index (`renderer/features/register/incidentIndex.ts`) has loaded: the persisted search words
 * (`incidentSearch`, a prefix range per query word) and the projection's severity, phase and type indexes name the
 * matching incidents by key alone, and only the rows the answer needs are read. Everything is read in one
 * transaction, so the answer is of one moment; its count and first screenful equal the in-memory index's answer to
 * the same query (a unit test compares them).
 *
 * Placing the matches in the register's order is the costly part at scale: the declaration index's keys of 100,000
 * incidents take about half a second to read (measured on a kept 100k profile, 2026-12-01: 520-570 ms, where the
 * word and severity keys take 40-60 ms). So a small answer (up to `SORTED_IN_MEMORY` matches) reads its rows and
 * sorts them here, and a larger one walks the declaration index, newest first (oldest first for that sort), only
 * until the first screenful is found: with at least that many matches in 100,000, a few thousand keys. The rest of
 * a large answer's ids follow in id order (UUIDv7, the order they were made); the in-memory index, a moment later,
 * answers with every row in place. The severity sort of a large answer still reads the whole declaration order.
 */
import {
  SEVERITIES,
  SEVERITY_INFO,
  type IncidentType,
  type Phase,
  type Severity,
} from '../../../shared/domain/incidents/taxonomy';
import type { FirebreakDatabase } from '../database';
import type { IncidentListItem } from './incidentList';
import { compareBySeverity, compareDeclaredDesc } from './packedIncidentRows';
import { incidentsWithWordStarting, searchWordsOf } from './incidentSearch';

export interface StoredRegisterQuery {
  readonly text: string;
  readonly phases: readonly Phase[];
  readonly severities: readonly Severity[];
  readonly types: readonly IncidentType[];
  readonly sort: 'declared-desc' | 'declared-asc' | 'severity';
}

export interface StoredRegisterAnswer {
  /**
   * Every matching incident's id: all in the requested order for a small answer or the severity sort; for a large
   * answer by declaration the first screenful in that order and the rest in id order (see the module comment).
   */
  readonly ids: readonly string[];
  /** The rows of the first ids (up to the number asked for), in the same order. */
  readonly firstRows: readonly IncidentListItem[];
}

/** Whether the query narrows the register at all (without a word or a filter every incident answers). */
export function narrowsRegister(query: StoredRegisterQuery): boolean {
  return (
    searchWordsOf(query.text).length > 0 ||
    query.phases.length > 0 ||
    query.severities.length > 0 ||
    query.types.length > 0
  );
}

const keySet = (keys: Promise<string[]>): Promise<Set<string>> => keys.then((list) => new Set(list));

/** The ids in every set: the smallest is walked, the others are asked. */
function intersect(sets: readonly Set<string>[]): Set<string> {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  const both = new Set<string>();
  for (const id of smallest) if (others.every((set) => set.has(id))) both.add(id);
  return both;
}

/** Severities by rank, SEV1 first: the register's severity order. */
const BY_RANK = [...SEVERITIES].sort((a, b) => SEVERITY_INFO[a].rank - SEVERITY_INFO[b].rank);

/** Up to this many matches, the answer reads their rows and sorts them in memory. */
export const SORTED_IN_MEMORY = 2_000;

const isRow = (row: IncidentListItem | undefined): row is IncidentListItem => row !== undefined;

/**
 * Answers a query that narrows the register (see `narrowsRegister`) from the stored indexes: every matching id and
 * the rows of the first `firstRows`, in order. `sortedInMemory` is the small-answer limit (tests lower it).
 */
export function storedRegisterAnswer(
  db: FirebreakDatabase,
  query: StoredRegisterQuery,
  firstRows: number,
  sortedInMemory = SORTED_IN_MEMORY,
): Promise<StoredRegisterAnswer> {
  return db.transaction('r', db.incidentList, db.incidentSearch, async () => {
    const constraints: Promise<Set<string>>[] = searchWordsOf(query.text).map((term) =>
      incidentsWithWordStarting(db, term),
    );
    if (query.severities.length > 0)
      constraints.push(
        keySet(
          db.incidentList
            .where('severity')
            .anyOf([...query.severities])
            .primaryKeys(),
        ),
      );
    if (query.phases.length > 0)
      constraints.push(
        keySet(
          db.incidentList
            .where('phase')
            .anyOf([...query.phases])
            .primaryKeys(),
        ),
      );
    if (query.types.length > 0)
      constraints.push(
        keySet(
          db.incidentList
            .where('types')
            .anyOf([...query.types])
            .primaryKeys(),
        ),
      );
    const matched = intersect(await Promise.all(constraints));

    if (matched.size <= sortedInMemory) {
      const rows = (await db.incidentList.bulkGet([...matched])).filter(isRow);
      rows.sort(query.sort === 'severity' ? compareBySeverity : compareDeclaredDesc);
      if (query.sort === 'declared-asc') rows.reverse();
      return { ids: rows.map((row) => row.id), firstRows: rows.slice(0, firstRows) };
    }
    if (query.sort === 'severity') {
      const ids = await severityOrder(db, matched);
      const rows = await db.incidentList.bulkGet(ids.slice(0, firstRows));
      return { ids, firstRows: rows.filter(isRow) };
    }
    const first = await firstInDeclarationOrder(db, matched, firstRows, query.sort === 'declared-asc');
    const placed = new Set(first);
    const rest = [...matched].filter((id) => !placed.has(id)).sort();
    if (query.sort !== 'declared-asc') rest.reverse();
    const rows = await db.incidentList.bulkGet(first);
    return { ids: [...first, ...rest], firstRows: rows.filter(isRow) };
  });
}

/** The first `count` matches in declaration order, walking the index's keys only as far as they are found. */
async function firstInDeclarationOrder(
  db: FirebreakDatabase,
  matched: ReadonlySet<string>,
  count: number,
  oldestFirst: boolean,
): Promise<string[]> {
  const first: string[] = [];
  const byDeclaration = db.incidentList.orderBy('[declaredAt+ref]');
  await (oldestFirst ? byDeclaration : byDeclaration.reverse())
    .until(() => first.length >= count)
    .eachPrimaryKey((id) => {
      if (matched.has(id)) first.push(id);
    });
  return first;
}

/** Every match by severity rank, newest first within a rank: reads the whole declaration order's keys. */
async function severityOrder(db: FirebreakDatabase, matched: ReadonlySet<string>): Promise<string[]> {
  const [order, ...bySeverity] = await Promise.all([
    // Oldest first: a forward read of keys is one getAllKeys.
    db.incidentList.orderBy('[declaredAt+ref]').primaryKeys(),
    ...BY_RANK.map((severity) => keySet(db.incidentList.where('severity').equals(severity).primaryKeys())),
  ]);
  const ids: string[] = [];
  for (const ofSeverity of bySeverity)
    for (let i = order.length - 1; i >= 0; i--) {
      const id = order[i]!;
      if (matched.has(id) && ofSeverity.has(id)) ids.push(id);
    }
  return ids;
}
