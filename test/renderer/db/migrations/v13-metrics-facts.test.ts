/**
 * Version 13 from its predecessor: the metrics projection is filled from the stored incidents and checklist steps
 * (practice and deleted incidents get no row), every existing table stays as it was, and the upgrade is recorded in
 * a still-verifying audit chain.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { databaseVersions, openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { applyRunbook } from '../../../../renderer/db/runbooks/checklists';
import type { Incident } from '../../../../shared/domain/incidents/incident';
import { incidentMetricsFact, stepMetricsFact } from '../../../../shared/domain/metrics/facts';
import type { ChecklistStep } from '../../../../shared/domain/runbooks/checklist';
import { BUILT_IN_RUNBOOKS } from '../../../../shared/domain/runbooks/builtInRunbooks';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

/** More incidents than one page of the upgrade (2,000), one a practice incident and one deleted. */
const COUNT = 2_105;

describe('upgrade to version 13: the metrics projection', () => {
  it('fills the projection as a rebuild would, keeps every other table, and records the upgrade', async () => {
    const previous = Math.max(...[...databaseVersions().keys()].filter((version) => version < 13));
    const name = `firebreak-migration-v13-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    const incident = await declareIncident(seeded, testActor, promptInjectionDraft({ title: 'Gateway jailbreak' }), {
      now: () => Date.parse('2026-11-20T08:30:00.000Z'),
    });
    const runbook = BUILT_IN_RUNBOOKS[0];
    if (!runbook) throw new Error('A built-in runbook exists.');
    await applyRunbook(seeded, testActor, incident.id, runbook.id);
    const template = (await seeded.incidents.get(incident.id)) as Incident;
    const seededTables = ['incidents', 'timeline', 'checklistSteps', 'runbooks', 'auditLog', 'meta'];
    const copied: Record<string, unknown[]> = {};
    for (const table of seededTables) copied[table] = await seeded.table(table).toArray();
    await seeded.delete();
    const incidents: Incident[] = [template];
    for (let i = 1; i < COUNT; i++) {
      const suffix = String(i).padStart(12, '0');
      incidents.push({
        ...template,
        id: `0190a000-0000-7000-8000-${suffix}`,
        ref: `INC-2026-${String(i).padStart(5, '0')}`,
        deletedAt: i === 3 ? '2026-11-20T09:00:00.000Z' : null,
        exercise: i === 5 ? { exerciseId: '0190a000-0000-7000-8000-0000000e0e01', ref: 'EX-2026-0001' } : null,
      });
    }

    const old = openDatabaseAtVersion(name, previous);
    await old.open();
    for (const table of seededTables) {
      if (table !== 'incidents') await old.table(table).bulkAdd(copied[table] ?? []);
    }
    await old.table('incidents').bulkAdd(incidents);
    const tables = old.tables.map((table) => table.name);
    const before: Record<string, unknown[]> = {};
    for (const table of tables) before[table] = await old.table(table).toArray();
    old.close();

    const db = openDatabaseAtVersion(name, 13);
    await db.open();
    expect(db.verno).toBe(13);
    for (const table of tables) {
      if (table === 'auditLog' || table === 'meta') continue;
      expect(await db.table(table).toArray(), table).toEqual(before[table]);
    }
    const stored = await db.incidents.toArray();
    expect(await db.metricsFacts.toArray()).toEqual(stored.flatMap((record) => incidentMetricsFact(record) ?? []));
    expect(await db.metricsFacts.count()).toBe(COUNT - 2);
    const steps = (await db.checklistSteps.toArray()) as ChecklistStep[];
    expect(steps.length).toBeGreaterThan(0);
    expect(await db.metricsStepFacts.toArray()).toEqual(steps.flatMap((step) => stepMetricsFact(step) ?? []));
    const auditLog = copied['auditLog'] ?? [];
    const entries = await db.auditLog.toArray();
    expect(entries.slice(0, auditLog.length)).toEqual(auditLog);
    expect(entries.slice(auditLog.length).map((entry) => [entry.entity, entry.entityId, entry.op])).toEqual([
      ['database', 'version-13', 'migrate'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: auditLog.length + 1 });
    await db.delete();
  });
});
