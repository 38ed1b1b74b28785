/**
 * The register's answer to a search or filter read straight from IndexedDB, for the moments of a cold start before
 * the in-memory index (`renderer/features/register/incidentIndex.ts`) has loaded: the persisted search words
 * (`incidentSearch`, a prefix range per query word) and the projection's severity, phase and type indexes name the
 * matching incidents by key alone; the projection's declaration index (keys only, no rows cloned) puts them in the
 * register's order; and only the first screenful of rows is read. Everything is read in one transaction, so the
 * answer is of one moment. It equals the in-memory index's answer to the same query (a unit test compares them).
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
import { incidentsWithWordStarting, searchWordsOf } from './incidentSearch';

export interface StoredRegisterQuery {
  readonly text: string;
  readonly phases: readonly Phase[];
  readonly severities: readonly Severity[];
  readonly types: readonly IncidentType[];
  readonly sort: 'declared-desc' | 'declared-asc' | 'severity';
}

export interface StoredRegisterAnswer {
  /** Every matching incident's id, in the requested order. */
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

/**
 * Answers a query that narrows the register (see `narrowsRegister`) from the stored indexes: every matching id in
 * order and the rows of the first `firstRows`.
 */
export function storedRegisterAnswer(
  db: FirebreakDatabase,
  query: StoredRegisterQuery,
  firstRows: number,
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
    // Oldest first: a forward read of keys is one getAllKeys.
    const declarationOrder = db.incidentList.orderBy('[declaredAt+ref]').primaryKeys();
    const bySeverity =
      query.sort === 'severity'
        ? Promise.all(
            BY_RANK.map((severity) => keySet(db.incidentList.where('severity').equals(severity).primaryKeys())),
          )
        : undefined;
    const matched = intersect(await Promise.all(constraints));
    const order = await declarationOrder;

    const ids: string[] = [];
    if (query.sort === 'declared-asc') {
      for (const id of order) if (matched.has(id)) ids.push(id);
    } else if (bySeverity === undefined) {
      for (let i = order.length - 1; i >= 0; i--) if (matched.has(order[i]!)) ids.push(order[i]!);
    } else {
      for (const ofSeverity of await bySeverity)
        for (let i = order.length - 1; i >= 0; i--) {
          const id = order[i]!;
          if (matched.has(id) && ofSeverity.has(id)) ids.push(id);
        }
    }
    const rows = await db.incidentList.bulkGet(ids.slice(0, firstRows));
    return { ids, firstRows: rows.filter((row): row is IncidentListItem => row !== undefined) };
  });
}
