import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { chainEntries, verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { applyRunbook } from '../../../../renderer/db/runbooks/checklists';
import { openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { BUILT_IN_RUNBOOKS } from '../../../../shared/domain/runbooks/builtInRunbooks';
import { EMPTY_AUDIT_HEAD } from '../../../../shared/domain/audit';
import { hashValue } from '../../../../shared/domain/hash';
import { testActor } from '../../../fixtures/testDatabase';

const incident = {
  id: '0190a000-0000-7000-8000-000000000001',
  ref: 'INC-2026-0001',
  title: 'Support bot follows injected instructions',
  summary: 'Stored by Firebreak 0.1',
  types: ['prompt-injection'],
  atlasTechniques: ['AML.T0051'],
  severity: 'SEV2',
  detectedAt: '2026-03-01T10:00:00.000Z',
  awareAt: '2026-03-01T10:05:00.000Z',
  declaredAt: '2026-03-01T10:10:00.000Z',
  affectedSystems: [],
  impactFlags: [],
  jurisdictions: ['EU'],
  reporter: { confidential: true, name: '', contact: '' },
  phase: 'detection-analysis',
  phaseEnteredAt: { 'detection-analysis': '2026-03-01T10:10:00.000Z' },
  roles: [{ role: 'incident-commander', primary: 'Ana Ortiz', backup: '' }],
  createdAt: '2026-03-01T10:10:00.000Z',
  updatedAt: '2026-03-01T10:10:00.000Z',
  createdBy: 'Ana Ortiz',
  updatedBy: 'Ana Ortiz',
  rev: 1,
  hlc: '001772359800000-0000-nodeold',
  deletedAt: null,
  customField: 'kept from a newer build',
};
const entry = {
  id: '0190a000-0000-7000-8000-000000000002',
  incidentId: incident.id,
  kind: 'declared',
  text: 'Declared INC-2026-0001 at SEV2.',
  occurredAt: incident.declaredAt,
  createdAt: incident.createdAt,
  updatedAt: incident.createdAt,
  createdBy: 'Ana Ortiz',
  updatedBy: 'Ana Ortiz',
  rev: 1,
  hlc: '001772359800000-0001-nodeold',
  deletedAt: null,
};

describe('upgrade to version 3: runbooks, checklist steps, people, escalation matrix', () => {
  it('adds the four tables, leaves every existing table exactly as it was, and records the upgrade', async () => {
    const name = `firebreak-migration-v3-${Math.random().toString(36).slice(2)}`;
    const v2 = openDatabaseAtVersion(name, 2);
    const audit = chainEntries(
      EMPTY_AUDIT_HEAD,
      [incident, entry].map((row) => ({
        at: row.createdAt,
        actor: 'Ana Ortiz',
        entity: row === incident ? ('incident' as const) : ('timeline' as const),
        entityId: row.id,
        op: 'create' as const,
        valueHash: hashValue(row),
      })),
    );
    await v2.table('incidents').add(incident);
    await v2.table('timeline').add(entry);
    await v2.table('auditLog').bulkAdd(audit.entries);
    await v2.table('meta').bulkAdd([
      { key: 'audit-head', value: audit.head },
      { key: 'incident-ref:2026', value: 2 },
    ]);
    const before = {
      incidents: await v2.table('incidents').toArray(),
      timeline: await v2.table('timeline').toArray(),
    };
    v2.close();

    // Later versions upgrade on top; this test checks what version 3 did, then that the latest opens on top of it.
    const v3 = openDatabaseAtVersion(name, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect({ incidents: await v3.incidents.toArray(), timeline: await v3.timeline.toArray() }).toEqual(before);
    expect([
      await v3.runbooks.toArray(),
      await v3.checklistSteps.toArray(),
      await v3.people.toArray(),
      await v3.escalationMatrix.toArray(),
    ]).toEqual([[], [], [], []]);
    const log = await v3.auditLog.toArray();
    expect(log.slice(0, 2)).toEqual(audit.entries);
    expect(log.slice(2, 3).map((e) => [e.seq, e.entity, e.entityId, e.op, e.actor])).toEqual([
      [3, 'database', 'version-3', 'migrate', 'Firebreak'],
    ]);
    expect(await verifyStoredAuditChain(v3)).toMatchObject({ ok: true, count: log.length });
    v3.close();

    // The upgraded incident (at the latest version) takes a checklist like a new one.
    const latest = openDatabase(name);
    const steps = await applyRunbook(latest, testActor, incident.id, BUILT_IN_RUNBOOKS[0]!.id);
    expect(steps[0]?.dueAt).toBe('2026-03-01T10:25:00.000Z');
    await latest.delete();
  });
});
