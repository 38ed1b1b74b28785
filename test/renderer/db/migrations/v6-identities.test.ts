/** Version 6 from its predecessor: the responder becomes a person, and every record names people by id too. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { chainEntries, verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase, openDatabaseAtVersion, type FirebreakDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { chooseSiteCode, readInstallation } from '../../../../renderer/db/installation';
import { actorOf, readProfile } from '../../../../renderer/db/profile';
import { EMPTY_AUDIT_HEAD } from '../../../../shared/domain/audit';
import { hashValue } from '../../../../shared/domain/hash';
import { UNKNOWN_PERSON_ID } from '../../../../shared/domain/record';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';

const AT = '2026-03-01T10:10:00.000Z';
const ANA = '0190a000-0000-7000-8000-00000000a0a0';

function meta(id: string, by: string, hlcCounter: number, updatedBy = by) {
  const hlc = `001772359800000-${String(hlcCounter).padStart(4, '0')}-nodeold`;
  return { id, createdAt: AT, updatedAt: AT, createdBy: by, updatedBy, rev: 1, hlc, deletedAt: null };
}

const profileV5 = { name: 'Dana Reyes', role: 'Incident commander', nodeId: 'nodeold', createdAt: AT };
const ana = { ...meta(ANA, 'Dana Reyes', 0), name: 'Ana Ortiz', role: 'ML engineer', team: '', channels: [] };
const incident = {
  ...meta('0190a000-0000-7000-8000-000000000001', 'Dana Reyes', 1, 'Someone Else'),
  ref: 'INC-2026-0001',
  title: 'Support bot follows injected instructions',
  summary: 'Stored by Firebreak 0.4',
  types: ['prompt-injection'],
  atlasTechniques: [],
  severity: 'SEV2',
  detectedAt: '2026-03-01T10:00:00.000Z',
  awareAt: '2026-03-01T10:05:00.000Z',
  declaredAt: AT,
  affectedSystems: [],
  impactFlags: [],
  jurisdictions: [],
  reporter: { confidential: true, name: '', contact: '' },
  phase: 'detection-analysis',
  phaseEnteredAt: { 'detection-analysis': AT },
  roles: [
    { role: 'incident-commander', primary: 'Dana Reyes', backup: '' },
    { role: 'ai-safety-lead', primary: 'ana ortiz', backup: 'Zed Vendor' },
  ],
  customField: 'kept from a newer build',
};
const declared = {
  ...meta('0190a000-0000-7000-8000-000000000002', 'Dana Reyes', 2),
  subject: { kind: 'incident', id: incident.id, ref: incident.ref },
  kind: 'declared',
  occurredAt: AT,
  text: 'Declared INC-2026-0001 at SEV2.',
};
const roleEntry = {
  ...meta('0190a000-0000-7000-8000-000000000003', 'Dana Reyes', 3),
  subject: { kind: 'incident', id: incident.id, ref: incident.ref },
  kind: 'role',
  occurredAt: AT,
  role: 'ai-safety-lead',
  primary: 'ana ortiz',
  backup: 'Zed Vendor',
  text: 'Assigned ana ortiz as AI safety lead (backup Zed Vendor).',
};

async function seedV5(name: string, profile: object = profileV5, people: object[] = [ana]): Promise<void> {
  const v5 = openDatabaseAtVersion(name, 5);
  const rows: [string, string, { id: string; createdAt: string }][] = [
    ...people.map((person) => ['people', 'person', person] as [string, string, { id: string; createdAt: string }]),
    ['incidents', 'incident', incident],
    ['timeline', 'timeline', declared],
    ['timeline', 'timeline', roleEntry],
  ];
  const audit = chainEntries(EMPTY_AUDIT_HEAD, [
    {
      at: AT,
      actor: 'Dana Reyes',
      entity: 'profile',
      entityId: 'profile',
      op: 'update',
      valueHash: hashValue(profile),
    },
    ...rows.map(([, entity, row]) => ({
      at: row.createdAt,
      actor: 'Dana Reyes',
      entity,
      entityId: row.id,
      op: 'create' as const,
      valueHash: hashValue(row),
    })),
  ]);
  for (const [table, , row] of rows) await v5.table(table).add(row);
  await v5.table('auditLog').bulkAdd(audit.entries);
  await v5.table('meta').bulkAdd([
    { key: 'audit-head', value: audit.head },
    { key: 'profile', value: profile },
    { key: 'clock', value: roleEntry.hlc },
    { key: 'incident-ref:2026', value: 2 },
  ]);
  v5.close();
}

/** Each record's last audit entry hashes the record as stored. */
async function lastHashes(db: FirebreakDatabase): Promise<Map<string, string>> {
  const last = new Map<string, string>();
  for (const entry of await db.auditLog.orderBy(':id').toArray()) last.set(entry.entityId, entry.valueHash);
  return last;
}

describe('upgrade to version 6: identities that survive a merge', () => {
  it('makes the responder a person, puts person ids beside every name, and audits every rewritten record', async () => {
    const name = `firebreak-migration-v6-${Math.random().toString(36).slice(2)}`;
    await seedV5(name);
    const db = openDatabaseAtVersion(name, 6);
    await db.open();

    const profileRow = (await db.meta.get('profile'))?.value as { personId: string };
    const dana = profileRow.personId;
    const clock = (await db.meta.get('clock'))?.value;
    expect(profileRow).toEqual({ personId: dana, nodeId: 'nodeold', createdAt: AT });
    const ids = (createdById: string, updatedById = createdById) => ({ createdById, updatedById });
    expect({
      people: await db.people.orderBy(':id').toArray(),
      incidents: await db.incidents.toArray(),
      timeline: await db.timeline.orderBy(':id').toArray(),
    }).toEqual({
      people: [
        { ...ana, ...ids(dana) },
        {
          id: dana,
          createdAt: AT,
          updatedAt: AT,
          createdBy: 'Dana Reyes',
          updatedBy: 'Dana Reyes',
          ...ids(dana),
          rev: 1,
          hlc: clock,
          deletedAt: null,
          name: 'Dana Reyes',
          role: 'Incident commander',
          team: '',
          channels: [],
        },
      ],
      incidents: [
        {
          ...incident,
          ...ids(dana, UNKNOWN_PERSON_ID),
          roles: [
            { role: 'incident-commander', primary: 'Dana Reyes', primaryId: dana, backup: '', backupId: null },
            {
              role: 'ai-safety-lead',
              primary: 'ana ortiz',
              primaryId: ANA,
              backup: 'Zed Vendor',
              backupId: UNKNOWN_PERSON_ID,
            },
          ],
        },
      ],
      timeline: [
        { ...declared, ...ids(dana) },
        { ...roleEntry, ...ids(dana), primaryId: ANA, backupId: UNKNOWN_PERSON_ID },
      ],
    });
    expect(await readProfile(db)).toEqual({ ...profileRow, name: 'Dana Reyes', role: 'Incident commander' });
    const installation = await readInstallation(db);
    expect(installation).toEqual({ id: installation?.id, siteCode: null, createdAt: AT });
    expect(await db.meta.get('incident-ref:2026')).toEqual({ key: 'incident-ref:2026', value: 2 });

    const log = await db.auditLog.orderBy(':id').toArray();
    expect(log.slice(5).map((entry) => [entry.entity, entry.entityId, entry.op, entry.actor])).toEqual([
      ['installation', 'installation', 'create', 'Firebreak'],
      ['profile', 'profile', 'migrate', 'Firebreak'],
      ['incident', incident.id, 'migrate', 'Firebreak'],
      ['timeline', declared.id, 'migrate', 'Firebreak'],
      ['timeline', roleEntry.id, 'migrate', 'Firebreak'],
      ['person', ANA, 'migrate', 'Firebreak'],
      ['person', dana, 'migrate', 'Firebreak'],
      ['database', 'version-6', 'migrate', 'Firebreak'],
    ]);
    const hashes = await lastHashes(db);
    const records = [
      ...(await db.people.toArray()),
      ...(await db.incidents.toArray()),
      ...(await db.timeline.toArray()),
    ];
    expect(records.map((record) => hashes.get(record.id))).toEqual(records.map((record) => hashValue(record)));
    expect(await verifyStoredAuditChain(db)).toEqual({ ok: true, count: log.length, head: expect.anything() });
    db.close();

    // At the latest version the responder is asked for a site code once, then declares site references; the old
    // counter is kept.
    const latest = openDatabase(name);
    const profile = await readProfile(latest);
    if (!profile) throw new Error('The profile did not survive the upgrade.');
    await chooseSiteCode(latest, actorOf(profile), { siteCode: 'lon' });
    const next = await declareIncident(latest, actorOf(profile), promptInjectionDraft(), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    expect([next.ref, next.createdById, (await latest.meta.get('incident-ref:2026'))?.value]).toEqual([
      'INC-2026-LON-0001',
      dana,
      2,
    ]);
    await expect(chooseSiteCode(latest, actorOf(profile), { siteCode: 'PAR' })).rejects.toThrow(
      'The site code can no longer change',
    );
    expect(await verifyStoredAuditChain(latest)).toMatchObject({ ok: true });
    await latest.delete();
  });

  it('reuses the directory entry that has the responder’s name instead of adding a second one', async () => {
    const name = `firebreak-migration-v6-reuse-${Math.random().toString(36).slice(2)}`;
    const danaInDirectory = { ...meta(ANA, 'Dana Reyes', 0), name: 'Dana Reyes', role: '', team: 'SOC', channels: [] };
    await seedV5(name, profileV5, [danaInDirectory]);
    const db = openDatabaseAtVersion(name, 6);
    expect([await db.meta.get('profile'), await db.people.toArray()]).toEqual([
      { key: 'profile', value: { personId: ANA, nodeId: 'nodeold', createdAt: AT } },
      [{ ...danaInDirectory, createdById: ANA, updatedById: ANA }],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
    await db.delete();
  });
});
