/**
 * Runs the register's query against the index, reusing the previous answer while the responder types: when the new
 * search text only extends the last one (same filters, sort and index version), every match must already be among
 * the last matches, so only those are re-checked instead of the whole index. Same answer as `index.query`, faster.
 */
import type { IncidentIndex, IncidentListItem, IncidentQuery } from './incidentIndex';

interface LastAnswer {
  readonly version: number;
  readonly query: IncidentQuery;
  readonly results: IncidentListItem[];
}

const lastAnswers = new WeakMap<IncidentIndex, LastAnswer>();

/** Split exactly as IncidentIndex.query splits, so refining gives the same matches. */
const searchTerms = (text: string): string[] => text.toLowerCase().split(/\s+/).filter(Boolean);

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((item, i) => item === b[i]);

function refines(previous: IncidentQuery, next: IncidentQuery): boolean {
  return (
    previous.text.trim() !== '' &&
    next.text.toLowerCase().startsWith(previous.text.toLowerCase()) &&
    previous.sort === next.sort &&
    sameItems(previous.phases, next.phases) &&
    sameItems(previous.severities, next.severities) &&
    sameItems(previous.types, next.types)
  );
}

export function queryIncidents(index: IncidentIndex, version: number, query: IncidentQuery): IncidentListItem[] {
  const last = lastAnswers.get(index);
  let results: IncidentListItem[];
  if (last && last.version === version && refines(last.query, query)) {
    const terms = searchTerms(query.text);
    results = last.results.filter((item) => terms.every((term) => item.haystack.includes(term)));
  } else {
    results = index.query(query);
  }
  lastAnswers.set(index, { version, query, results });
  return results;
}
