import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { chainEntries } from '../../../../renderer/db/auditTrail';
import { hashValue } from '../../../../shared/domain/hash';
import { incidentSchema } from '../../../../shared/domain/incidents/incident';
import { EMPTY_AUDIT_HEAD } from '../../../../shared/domain/audit';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

/** An incident as version 1 of the app stored it: one `type`, no ATLAS techniques. */
function incidentV1(id: string, ref: string, type: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    ref,
    title: `Incident ${ref}`,
    summary: 'Stored by Firebreak 0.0.x',
    type,
    severity: 'SEV3',
    detectedAt: '2026-03-01T10:00:00.000Z',
    awareAt: '2026-03-01T10:05:00.000Z',
    declaredAt: '2026-03-01T10:10:00.000Z',
    affectedSystems: [],
    impactFlags: [],
    jurisdictions: ['EU'],
    reporter: { confidential: true, name: '', contact: '' },
    phase: 'containment',
    phaseEnteredAt: { 'detection-analysis': '2026-03-01T10:10:00.000Z', containment: '2026-03-01T11:00:00.000Z' },
    roles: [],
    createdAt: '2026-03-01T10:10:00.000Z',
    updatedAt: '2026-03-01T11:00:00.000Z',
    createdBy: 'Ana Ortiz',
    updatedBy: 'Ana Ortiz',
    rev: 2,
    hlc: '001772359200000-0000-nodeold',
    deletedAt: null,
    ...extra,
  };
}

describe('upgrade to version 2: several incident types per incident', () => {
  it('turns `type` into `types`, keeps every other field and table, and records the upgrade in the audit log', async () => {
    const name = `firebreak-migration-${Math.random().toString(36).slice(2)}`;
    const v1 = openDatabaseAtVersion(name, 1);
    const rows = [
      incidentV1('0190a000-0000-7000-8000-000000000001', 'INC-2026-0001', 'jailbreak'),
      incidentV1('0190a000-0000-7000-8000-000000000002', 'INC-2026-0002', 'model-drift', {
        customField: 'kept from a newer build',
      }),
    ];
    const auditV1 = chainEntries(
      EMPTY_AUDIT_HEAD,
      rows.map((row) => ({
        at: row.createdAt,
        actor: 'Ana Ortiz',
        entity: 'incident' as const,
        entityId: row.id,
        op: 'create' as const,
        valueHash: hashValue(row),
      })),
    );
    await v1.table('incidents').bulkAdd(rows);
    await v1.table('auditLog').bulkAdd(auditV1.entries);
    await v1.table('meta').bulkAdd([
      { key: 'audit-head', value: auditV1.head },
      { key: 'incident-ref:2026', value: 3 },
    ]);
    const timelineBefore = await v1.table('timeline').toArray();
    v1.close();

    const db = openDatabaseAtVersion(name, 2);
    await db.open();
    // Later versions upgrade on top; this test checks what version 2 did.
    expect(db.verno).toBe(2);

    const { type: _jailbreak, ...first } = rows[0]!;
    const { type: _drift, ...second } = rows[1]!;
    expect(await db.incidents.orderBy(':id').toArray()).toEqual([
      { ...first, types: ['jailbreak'], atlasTechniques: [] },
      { ...second, types: ['model-drift'], atlasTechniques: [] },
    ]);
    expect(await db.incidents.where('types').equals('model-drift').count()).toBe(1);
    expect(await db.timeline.toArray()).toEqual(timelineBefore);

    const audit = await db.auditLog.toArray();
    expect(audit.slice(0, 2)).toEqual(auditV1.entries);
    expect(audit.slice(2, 3).map((entry) => [entry.seq, entry.entity, entry.entityId, entry.op, entry.actor])).toEqual([
      [3, 'database', 'version-2', 'migrate', 'Firebreak'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: audit.length });

    // The upgraded database keeps working (up to the latest version) and continues the reference sequence.
    db.close();
    const latest = openDatabase(name);
    // Every later upgrade on top leaves rows the current schema accepts.
    for (const incident of await latest.incidents.toArray()) {
      expect(incidentSchema.safeParse(incident).success).toBe(true);
    }
    const next = await declareIncident(latest, testActor, promptInjectionDraft(), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    expect(next.ref).toBe('INC-2026-0003');
    await latest.delete();
  });
});
