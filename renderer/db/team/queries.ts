/** Reads of the response team: the people directory, the escalation matrix in force, and escalations engaged. */
import {
  DEFAULT_ESCALATION_RULES,
  type EscalationMatrix,
  type EscalationRule,
  type Person,
} from '../../../shared/domain/team/team';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import type { FirebreakDatabase } from '../database';
import { liveTimelineOfSubject } from '../timeline/queries';

/** The people directory, by name. */
export async function listPeople(db: FirebreakDatabase): Promise<Person[]> {
  const people = await db.people.orderBy('name').toArray();
  return people.filter((person) => person.deletedAt === null);
}

/** One person in the directory, unless removed. */
export async function livePerson(db: FirebreakDatabase, id: string): Promise<Person | undefined> {
  const person = await db.people.get(id);
  return person && person.deletedAt === null ? person : undefined;
}

/** The stored escalation matrix (the newest, should two machines each have saved one), if anyone saved one. */
export async function storedEscalationMatrix(db: FirebreakDatabase): Promise<EscalationMatrix | undefined> {
  const rows = await db.escalationMatrix.toArray();
  return rows.filter((row) => row.deletedAt === null).sort((a, b) => b.hlc.localeCompare(a.hlc))[0];
}

/** The escalation matrix in force: the stored one, or the default until someone saves one. */
export async function readEscalationRules(db: FirebreakDatabase): Promise<readonly EscalationRule[]> {
  const stored = await storedEscalationMatrix(db);
  return stored ? stored.rules : DEFAULT_ESCALATION_RULES;
}

/** Who recorded an escalation as engaged, and when. */
export interface Engagement {
  readonly at: string;
  readonly by: string;
}

/** The escalation rules whose people the incident's timeline records as engaged: rule id → when and by whom. */
export async function engagedEscalations(db: FirebreakDatabase, incidentId: string): Promise<Map<string, Engagement>> {
  return engagementsIn(await liveTimelineOfSubject(db, incidentId));
}

/** The escalation rules these live timeline entries record as engaged: rule id → when and by whom. */
export function engagementsIn(entries: readonly TimelineEntry[]): Map<string, Engagement> {
  return new Map(
    entries.flatMap((entry) =>
      entry.kind === 'escalation' ? [[entry.ruleId, { at: entry.occurredAt, by: entry.createdBy }] as const] : [],
    ),
  );
}
