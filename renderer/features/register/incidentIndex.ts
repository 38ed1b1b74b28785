/**
 * The register's search index: every incident's row of the stored projection (`renderer/db/incidents/
 * incidentList.ts`: reference, title, severity, phase, types, times, lower-cased search text) held in memory so that
 * filtering and searching 100,000 incidents takes milliseconds. It holds what the projection holds, never more:
 * `liveIncidentIndex.ts` fills it from the table and keeps it in step. Records shown in detail come from the
 * database itself.
 */
import type { IncidentListItem } from '../../db/incidents/incidentList';
import { SEVERITY_INFO, type IncidentType, type Phase, type Severity } from '../../../shared/domain/incidents/taxonomy';

export type { IncidentListItem } from '../../db/incidents/incidentList';

export const INCIDENT_SORTS = ['declared-desc', 'declared-asc', 'severity'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

export interface IncidentQuery {
  readonly text: string;
  readonly phases: readonly Phase[];
  readonly severities: readonly Severity[];
  readonly types: readonly IncidentType[];
  readonly sort: IncidentSort;
}

const byDeclaredDesc = (a: IncidentListItem, b: IncidentListItem): number =>
  a.declaredAt < b.declaredAt ? 1 : a.declaredAt > b.declaredAt ? -1 : a.ref < b.ref ? 1 : -1;
const bySeverity = (a: IncidentListItem, b: IncidentListItem): number =>
  SEVERITY_INFO[a.severity].rank - SEVERITY_INFO[b.severity].rank || byDeclaredDesc(a, b);

export class IncidentIndex {
  private readonly items = new Map<string, IncidentListItem>();
  private declaredOrder: IncidentListItem[] | undefined;
  private severityOrder: IncidentListItem[] | undefined;

  get size(): number {
    return this.items.size;
  }

  /** Adds or replaces rows. */
  upsert(items: Iterable<IncidentListItem>): void {
    for (const item of items) this.items.set(item.id, item);
    this.declaredOrder = undefined;
    this.severityOrder = undefined;
  }

  /** Empties the index, for a reload from the table. */
  clear(): void {
    this.items.clear();
    this.declaredOrder = undefined;
    this.severityOrder = undefined;
  }

  /** Removes the rows of these incidents (deleted ones). */
  remove(ids: Iterable<string>): void {
    for (const id of ids) this.items.delete(id);
    this.declaredOrder = undefined;
    this.severityOrder = undefined;
  }

  get(id: string): IncidentListItem | undefined {
    return this.items.get(id);
  }

  /** Every row, newest declaration first (the default order). */
  newestFirst(): readonly IncidentListItem[] {
    return this.ordered('declared-desc');
  }

  private ordered(sort: IncidentSort): readonly IncidentListItem[] {
    if (sort === 'severity') {
      this.severityOrder ??= [...this.items.values()].sort(bySeverity);
      return this.severityOrder;
    }
    this.declaredOrder ??= [...this.items.values()].sort(byDeclaredDesc);
    return this.declaredOrder;
  }

  /** The incidents matching every filter and every search word, in the requested order. */
  query(query: IncidentQuery): IncidentListItem[] {
    const terms = query.text.toLowerCase().split(/\s+/).filter(Boolean);
    const phases = query.phases.length > 0 ? new Set(query.phases) : undefined;
    const severities = query.severities.length > 0 ? new Set(query.severities) : undefined;
    const types = query.types.length > 0 ? query.types : undefined;
    const matches: IncidentListItem[] = [];
    for (const item of this.ordered(query.sort)) {
      if (phases && !phases.has(item.phase)) continue;
      if (severities && !severities.has(item.severity)) continue;
      if (types && !types.some((type) => item.types.includes(type))) continue;
      if (terms.length > 0 && !terms.every((term) => item.haystack.includes(term))) continue;
      matches.push(item);
    }
    if (query.sort === 'declared-asc') matches.reverse();
    return matches;
  }
}
