/**
 * The register's projection of every live incident (table `incidentList`, version 8): reference, title, severity,
 * phase, types, times and lower-cased search text, a few hundred bytes a row instead of a whole record. It is a
 * cache of the incidents table, never a source of truth: the write path puts (or, for a deleted incident, removes)
 * an incident's row in the same transaction as the incident itself (`derivedRows` in `storage.ts`, applied by
 * `RecordWriter.flush`), version 8 fills it from the stored incidents, and `rebuildIncidentList` makes it again
 * from the records. The register reads it by index: a screenful first, then the rest.
 */
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { IncidentType, Phase, Severity } from '../../../shared/domain/incidents/taxonomy';
import type { FirebreakDatabase } from '../database';

export interface IncidentListItem {
  readonly id: string;
  readonly ref: string;
  readonly title: string;
  readonly severity: Severity;
  readonly phase: Phase;
  readonly types: readonly IncidentType[];
  readonly declaredAt: string;
  readonly updatedAt: string;
  /** Present on a practice incident of a tabletop exercise, marked EXERCISE in the register (version 20 on). */
  readonly exercise?: true;
  /** Lower-cased reference, title and summary. */
  readonly haystack: string;
}

/** The table's layout: the id, and declaration order (newest first is the register's first screen). */
export const INCIDENT_LIST_STORES = { incidentList: '&id, [declaredAt+ref]' } as const;

/** Summaries beyond this length are searched only up to it, to bound memory at large scale. */
const MAX_SEARCH_SUMMARY = 4_000;

/** An incident's row in the register, or undefined for a deleted incident (it has none). */
export function toListItem(incident: Incident): IncidentListItem | undefined {
  if (incident.deletedAt !== null) return undefined;
  return {
    id: incident.id,
    ref: incident.ref,
    title: incident.title,
    severity: incident.severity,
    phase: incident.phase,
    types: incident.types,
    declaredAt: incident.declaredAt,
    updatedAt: incident.updatedAt,
    ...(incident.exercise !== null ? { exercise: true as const } : {}),
    haystack: `${incident.ref} ${incident.title} ${incident.summary.slice(0, MAX_SEARCH_SUMMARY)}`.toLowerCase(),
  };
}

/** How many incidents the register lists (deleted ones have no row). */
export function listedIncidentCount(db: FirebreakDatabase): Promise<number> {
  return db.incidentList.count();
}

/** The newest `size` rows (by declaration, then reference), newest first: the register's first screen. */
export function newestListedIncidents(db: FirebreakDatabase, size: number): Promise<IncidentListItem[]> {
  return db.incidentList.orderBy('[declaredAt+ref]').reverse().limit(size).toArray();
}

/**
 * Up to `size` rows declared before `before`, oldest first, after `after` (the last row of the previous page). Read
 * forwards because a forward range with a limit is one `getAll`, while a reverse read walks a cursor row by row.
 */
export function listedIncidentsBefore(
  db: FirebreakDatabase,
  before: IncidentListItem,
  after: IncidentListItem | undefined,
  size: number,
): Promise<IncidentListItem[]> {
  const upper = [before.declaredAt, before.ref];
  const rows =
    after === undefined
      ? db.incidentList.where('[declaredAt+ref]').below(upper)
      : db.incidentList.where('[declaredAt+ref]').between([after.declaredAt, after.ref], upper, false, false);
  return rows.limit(size).toArray();
}

/** The rows of these incidents; an id with no row (deleted, or never stored) maps to undefined. */
export async function listedIncidentsByIds(
  db: FirebreakDatabase,
  ids: Iterable<string>,
): Promise<Map<string, IncidentListItem | undefined>> {
  const unique = [...new Set(ids)];
  const rows = await db.incidentList.bulkGet(unique);
  return new Map(unique.map((id, i) => [id, rows[i]]));
}

const REBUILD_PAGE = 2_000;

/**
 * Makes the projection again from the incident records, in pages, inside the caller's transaction (the version 8
 * upgrade) or its own. Rows are replaced, and rows of incidents that no longer exist are removed.
 */
export async function rebuildIncidentList(db: Pick<FirebreakDatabase, 'table'>): Promise<number> {
  const incidents = db.table<Incident, string>('incidents');
  const list = db.table<IncidentListItem, string>('incidentList');
  await list.clear();
  let lastId: string | undefined;
  let listed = 0;
  for (;;) {
    const page =
      lastId === undefined
        ? await incidents.orderBy(':id').limit(REBUILD_PAGE).toArray()
        : await incidents.where(':id').above(lastId).limit(REBUILD_PAGE).toArray();
    if (page.length === 0) return listed;
    const rows = page.map(toListItem).filter((row): row is IncidentListItem => row !== undefined);
    await list.bulkPut(rows);
    listed += rows.length;
    lastId = page[page.length - 1]?.id;
  }
}
