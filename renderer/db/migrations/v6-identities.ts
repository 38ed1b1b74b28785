/**
 * Version 6: identities that survive a merge. Stores no new table; it moves the data to stable person ids.
 *
 * - The responder profile becomes a person record in the people directory (the directory entry with the same name
 *   is reused when there is exactly one), and the profile row points at it.
 * - The installation gets its id. Its site code stays empty: the responder is asked once at the next start, because
 *   a code chosen for them (the same default everywhere, or a random one) would defeat its purpose — references
 *   that people recognise and that do not collide with other sites'.
 * - Every record gets `createdById`/`updatedById` beside its name snapshots; role assignments (on incidents and on
 *   role timeline entries) and checklist steps (assignee, completed by) get ids beside their names. A name is the
 *   responder's or a unique directory entry's; any other name gets `UNKNOWN_PERSON_ID`, and the name is kept:
 *   inventing directory entries for names nobody vetted would put strangers in the list hand-overs pick from.
 * - Audit and custody entries are append-only and chained, so they are not rewritten: those written from now on
 *   carry the actor's id too. Reference counters are kept as they are; new references use the site's own counter.
 *
 * Each rewritten record gets an audit entry ('migrate', valueHash of the new record), so integrity checks that
 * compare a record with its last audit entry still hold; then one 'database' entry records the upgrade.
 */
import type { Transaction } from 'dexie';
import type { AuditEntryContent } from '../../../shared/domain/audit';
import { hashValue } from '../../../shared/domain/hash';
import { nextHlc, uuidv7 } from '../../../shared/domain/ids';
import { UNKNOWN_PERSON_ID } from '../../../shared/domain/record';
import { nowIso } from '../../../shared/domain/time';
import { appendAuditEntries } from '../auditTrail';

/** The record tables as version 6 found them, with their audit entity names (frozen here: later versions move on). */
const RECORD_TABLES = {
  incidents: 'incident',
  timeline: 'timeline',
  runbooks: 'runbook',
  checklistSteps: 'checklistStep',
  people: 'person',
  escalationMatrix: 'escalationMatrix',
  evidence: 'evidence',
} as const;

const ACTOR = 'Firebreak';

type Row = Record<string, unknown> & { id: string };

const nameKey = (name: unknown): string => (typeof name === 'string' ? name.trim().toLowerCase() : '');

interface LegacyProfile {
  name: string;
  role: string;
  nodeId: string;
  createdAt: string;
}

function legacyProfile(value: unknown): LegacyProfile | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, role, nodeId, createdAt } = value as Record<string, unknown>;
  if (typeof name !== 'string' || typeof nodeId !== 'string') return undefined;
  return {
    name,
    role: typeof role === 'string' ? role : '',
    nodeId,
    createdAt: typeof createdAt === 'string' ? createdAt : nowIso(),
  };
}

/** Names to person ids: unique live directory names, then the responder (whose name wins). */
function directoryIds(people: readonly Row[], responder: { name: string; id: string } | undefined) {
  const byName = new Map<string, string | null>();
  for (const person of people) {
    if (person.deletedAt !== null) continue;
    const key = nameKey(person.name);
    byName.set(key, byName.has(key) ? null : person.id);
  }
  if (responder) byName.set(nameKey(responder.name), responder.id);
  return (name: unknown): string => byName.get(nameKey(name)) ?? UNKNOWN_PERSON_ID;
}

function withIds(table: keyof typeof RECORD_TABLES, row: Row, idOf: (name: unknown) => string): Row {
  const next: Row = { ...row, createdById: idOf(row.createdBy), updatedById: idOf(row.updatedBy) };
  const optional = (name: unknown): string | null => (nameKey(name) === '' ? null : idOf(name));
  if (table === 'incidents' && Array.isArray(row.roles)) {
    next.roles = row.roles.map((assignment: Record<string, unknown>) => ({
      ...assignment,
      primaryId: idOf(assignment.primary),
      backupId: optional(assignment.backup),
    }));
  }
  if (table === 'timeline' && row.kind === 'role') {
    next.primaryId = idOf(row.primary);
    next.backupId = optional(row.backup);
  }
  if (table === 'checklistSteps') {
    next.assigneeId = optional(row.assignee);
    next.completedById = optional(row.completedBy);
  }
  return next;
}

export async function upgradeToV6(tx: Transaction): Promise<void> {
  const at = nowIso();
  const meta = tx.table('meta');
  const audit: AuditEntryContent[] = [];
  const record = (entity: string, entityId: string, op: AuditEntryContent['op'], value: unknown) =>
    audit.push({ at, actor: ACTOR, entity, entityId, op, valueHash: hashValue(value) });

  const people = await tx.table<Row, string>('people').toArray();
  const profile = legacyProfile((await meta.get('profile'))?.value);
  let responder: { name: string; id: string } | undefined;
  if (profile) {
    const matches = people.filter((p) => p.deletedAt === null && nameKey(p.name) === nameKey(profile.name));
    const reused = matches.length === 1 ? matches[0] : undefined;
    responder = { name: profile.name, id: reused?.id ?? uuidv7(Date.parse(profile.createdAt)) };
    if (!reused) {
      const clock = (await meta.get('clock'))?.value;
      const hlc = nextHlc(typeof clock === 'string' ? clock : undefined, profile.nodeId, Date.parse(at));
      await meta.put({ key: 'clock', value: hlc });
      people.push({
        id: responder.id,
        createdAt: profile.createdAt,
        updatedAt: profile.createdAt,
        createdBy: profile.name,
        updatedBy: profile.name,
        rev: 1,
        hlc,
        deletedAt: null,
        name: profile.name,
        role: profile.role,
        team: '',
        channels: [],
      });
    }
    const installation = { id: uuidv7(Date.parse(profile.createdAt)), siteCode: null, createdAt: profile.createdAt };
    const profileRow = { personId: responder.id, nodeId: profile.nodeId, createdAt: profile.createdAt };
    await meta.bulkPut([
      { key: 'installation', value: installation },
      { key: 'profile', value: profileRow },
    ]);
    record('installation', 'installation', 'create', installation);
    record('profile', 'profile', 'migrate', profileRow);
  }

  const idOf = directoryIds(people, responder);
  for (const [table, entity] of Object.entries(RECORD_TABLES) as [keyof typeof RECORD_TABLES, string][]) {
    const rows = table === 'people' ? people : await tx.table<Row, string>(table).toArray();
    const rewritten = rows.map((row) => withIds(table, row, idOf));
    await tx.table(table).bulkPut(rewritten);
    for (const row of rewritten) record(entity, row.id, 'migrate', row);
  }
  record('database', 'version-6', 'migrate', {
    version: 6,
    change: 'person ids beside names, the responder as a person, the installation id',
  });
  await appendAuditEntries(tx.table('auditLog'), meta, audit);
}
