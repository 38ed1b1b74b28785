/**
 * Reads of observables and incident links: the one place that knows their tables and tombstones. "Seen in other
 * incidents" is one index lookup per observable on `[kind+normalized]`, so it costs the same at 100 or 100,000
 * incidents; only live observables of other live subjects count.
 */
import type { IncidentLink } from '../../../shared/domain/observables/incidentLink';
import type { Observable } from '../../../shared/domain/observables/observable';
import type { Subject } from '../../../shared/domain/subject';
import type { FirebreakDatabase } from '../database';

const live = <T extends { readonly deletedAt: string | null }>(record: T | undefined): record is T =>
  record !== undefined && record.deletedAt === null;

/** The subject's live observables, oldest first. */
export async function liveObservablesOf(db: FirebreakDatabase, subjectId: string): Promise<Observable[]> {
  const rows = await db.observables.where('subject.id').equals(subjectId).toArray();
  return rows.filter(live).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export async function liveObservable(db: FirebreakDatabase, id: string): Promise<Observable | undefined> {
  const observable = await db.observables.get(id);
  return live(observable) ? observable : undefined;
}

/**
 * For each of the subject's observables, the other subjects whose live observables have the same kind and normal
 * form (each subject once, by reference), keyed by the observable's id.
 */
export async function seenElsewhere(
  db: FirebreakDatabase,
  observables: readonly Pick<Observable, 'id' | 'kind' | 'normalized' | 'subject'>[],
): Promise<Map<string, Subject[]>> {
  const answers = await Promise.all(
    observables.map(async (observable) => {
      const matches = await db.observables
        .where('[kind+normalized]')
        .equals([observable.kind, observable.normalized])
        .toArray();
      const others = new Map<string, Subject>();
      for (const match of matches) {
        if (match.deletedAt === null && match.subject.id !== observable.subject.id) {
          others.set(match.subject.id, match.subject);
        }
      }
      return [observable.id, [...others.values()].sort((a, b) => a.ref.localeCompare(b.ref))] as const;
    }),
  );
  return new Map(answers);
}

/** The incident's live links, in either direction, oldest first. */
export async function liveLinksOf(db: FirebreakDatabase, incidentId: string): Promise<IncidentLink[]> {
  const [outgoing, incoming] = await Promise.all([
    db.incidentLinks.where('from.id').equals(incidentId).toArray(),
    db.incidentLinks.where('to.id').equals(incidentId).toArray(),
  ]);
  return [...outgoing, ...incoming]
    .filter(live)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export async function liveLink(db: FirebreakDatabase, id: string): Promise<IncidentLink | undefined> {
  const link = await db.incidentLinks.get(id);
  return live(link) ? link : undefined;
}
