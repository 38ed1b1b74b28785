/**
 * The register's search index: a compact, read-only projection of every incident (reference, title, severity,
 * phase, types, times, lower-cased search text) held in memory so that filtering and searching 100,000 incidents
 * takes milliseconds. It is derived from the database, never written to directly: it loads the table once, in pages,
 * then follows the audit log (the database's change feed) and re-reads the incidents that changed. Records shown in
 * detail still come from the database itself.
 */
import type { Incident } from '../../../shared/domain/incidents/incident';
import { SEVERITY_INFO, type IncidentType, type Phase, type Severity } from '../../../shared/domain/incidents/taxonomy';

export interface IncidentListItem {
  readonly id: string;
  readonly ref: string;
  readonly title: string;
  readonly severity: Severity;
  readonly phase: Phase;
  readonly types: readonly IncidentType[];
  readonly declaredAt: string;
  readonly updatedAt: string;
  /** Lower-cased reference, title and summary. */
  readonly haystack: string;
}

export const INCIDENT_SORTS = ['declared-desc', 'declared-asc', 'severity'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

export interface IncidentQuery {
  readonly text: string;
  readonly phases: readonly Phase[];
  readonly severities: readonly Severity[];
  readonly types: readonly IncidentType[];
  readonly sort: IncidentSort;
}

/** Summaries beyond this length are searched only up to it, to bound memory at large scale. */
const MAX_SEARCH_SUMMARY = 4_000;

export function toListItem(incident: Incident): IncidentListItem {
  return {
    id: incident.id,
    ref: incident.ref,
    title: incident.title,
    severity: incident.severity,
    phase: incident.phase,
    types: incident.types,
    declaredAt: incident.declaredAt,
    updatedAt: incident.updatedAt,
    haystack: `${incident.ref} ${incident.title} ${incident.summary.slice(0, MAX_SEARCH_SUMMARY)}`.toLowerCase(),
  };
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

  /** Adds or replaces incidents; tombstoned ones are removed. */
  upsert(incidents: Iterable<Incident>): void {
    for (const incident of incidents) {
      if (incident.deletedAt !== null) this.items.delete(incident.id);
      else this.items.set(incident.id, toListItem(incident));
    }
    this.declaredOrder = undefined;
    this.severityOrder = undefined;
  }

  get(id: string): IncidentListItem | undefined {
    return this.items.get(id);
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
