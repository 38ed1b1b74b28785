/**
 * Response-team repository: the people directory, role assignment and hand-over on an incident, the escalation
 * matrix, and marking an escalation engaged. Each write runs in one transaction with its timeline entry.
 */
import { incidentSubject } from '../../../shared/domain/subject';
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  escalationRulesSchema,
  personDraftSchema,
  roleChangeSchema,
  roleName,
  type EscalationMatrix,
  type EscalationRule,
  type Person,
  type PersonDraftInput,
  type RoleChangeInput,
} from '../../../shared/domain/team/team';
import type { FirebreakDatabase } from '../database';
import { requireLiveIncident } from '../incidents/queries';
import { livePerson, storedEscalationMatrix } from './queries';
import { parseOrRefuse, WriteRefusedError } from '../../../shared/errors';
import { writeTransaction, type Actor, type RecordWriter } from '../write';
import type { PersonRef } from '../../../shared/domain/record';

/** The live directory entry with exactly this name (ignoring case and spacing), if there is exactly one. */
export async function findPersonByName(db: FirebreakDatabase, name: string): Promise<Person | undefined> {
  const wanted = name.trim().toLowerCase();
  const matches = await db.people
    .filter((person) => person.deletedAt === null && person.name.trim().toLowerCase() === wanted)
    .toArray();
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The person chosen in a dialog, inside `writer`'s transaction: the directory entry picked by id, else the one with
 * that name, else a new entry (audited like any other) for a name not in the directory yet, so every person named on
 * a record has a stable id.
 */
export async function personNamed(
  db: FirebreakDatabase,
  writer: RecordWriter,
  name: string,
  id?: string,
): Promise<PersonRef> {
  const picked = id === undefined ? undefined : await db.people.get(id);
  if (picked && picked.deletedAt === null) return { id: picked.id, name: picked.name };
  const known = await findPersonByName(db, name);
  const person = known ?? writer.create('person', { name });
  return { id: person.id, name: person.name };
}

/** Adds a person to the directory, or changes one when `id` is given. */
export async function savePerson(
  db: FirebreakDatabase,
  actor: Actor,
  input: PersonDraftInput,
  id?: string,
): Promise<Person> {
  const draft = parseOrRefuse(personDraftSchema, 'person', input);
  return writeTransaction(db, actor, async (writer) => {
    if (id === undefined) return writer.create('person', draft);
    const current = await livePerson(db, id);
    if (!current) throw new WriteRefusedError('That person is no longer in the directory.');
    return writer.update('person', current, draft);
  });
}

/** Removes a person from the directory (a tombstone, so the removal can travel in a sync bundle). */
export async function removePerson(db: FirebreakDatabase, actor: Actor, id: string): Promise<void> {
  if (id === actor.personId) {
    throw new WriteRefusedError('You cannot remove yourself from the directory: change your name or role in Profile.');
  }
  await writeTransaction(db, actor, async (writer) => {
    const current = await livePerson(db, id);
    if (!current) return;
    writer.softDelete('person', current);
  });
}

/** Assigns a role on an incident, or hands it over to someone else; both go on the timeline. */
export async function assignRole(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: RoleChangeInput,
): Promise<Incident> {
  const change = parseOrRefuse(roleChangeSchema, 'role', input);
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    const previous = incident.roles.find((assignment) => assignment.role === change.role);
    if (previous && previous.primary === change.primary && previous.backup === change.backup) return incident;
    const primary = await personNamed(db, writer, change.primary, change.primaryId);
    const backupPerson = change.backup ? await personNamed(db, writer, change.backup, change.backupId) : null;
    const assignment = {
      role: change.role,
      primary: primary.name,
      primaryId: primary.id,
      backup: backupPerson?.name ?? '',
      backupId: backupPerson?.id ?? null,
    };
    const name = roleName(change.role);
    const backup = change.backup ? ` (backup ${change.backup})` : '';
    const text =
      previous && previous.primary !== change.primary
        ? `Handed ${name} over from ${previous.primary} to ${change.primary}${backup}.`
        : `Assigned ${change.primary} as ${name}${backup}.`;
    const roles = previous
      ? incident.roles.map((held) => (held.role === change.role ? assignment : held))
      : [...incident.roles, assignment];
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'role',
      occurredAt: writer.now,
      role: change.role,
      primary: assignment.primary,
      primaryId: assignment.primaryId,
      backup: assignment.backup,
      backupId: assignment.backupId,
      text,
    });
    return writer.update('incident', incident, { roles });
  });
}

export async function saveEscalationRules(
  db: FirebreakDatabase,
  actor: Actor,
  input: readonly EscalationRule[],
): Promise<EscalationMatrix> {
  const rules = parseOrRefuse(escalationRulesSchema, 'escalation matrix', input);
  return writeTransaction(db, actor, async (writer) => {
    const current = await storedEscalationMatrix(db);
    return current
      ? writer.update('escalationMatrix', current, { rules })
      : writer.create('escalationMatrix', { rules });
  });
}

/** Records on the timeline that the people an escalation rule names have been engaged. */
export async function markEscalationEngaged(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  rule: EscalationRule,
): Promise<void> {
  await writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'escalation',
      occurredAt: writer.now,
      ruleId: rule.id,
      text: `Engaged ${rule.engage} (${incident.severity} escalation).`,
    });
  });
}
