/**
 * The scenario repository and library queries on a real (fake-indexeddb) database: built-ins listed but never stored,
 * duplicating a built-in into a new lineage, editing a draft in place and a published version into the next draft,
 * publishing (which retires the previous version), what the exercise planner sees, and refusals that write nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { listScenarioVersions, publishedScenarios } from '../../../renderer/db/scenarios/queries';
import {
  createScenario,
  duplicateScenario,
  importScenario,
  saveScenarioEdit,
  setScenarioStatus,
} from '../../../renderer/db/scenarios/scenarios';
import { BUILT_IN_SCENARIOS } from '../../../shared/domain/exercises/builtIn';
import { builtInScenarioVersions, scenarioBody, scenarioFile } from '../../../shared/domain/scenarios/library';
import { freshDatabase, testActor } from '../../fixtures/testDatabase';

const builtIn = builtInScenarioVersions()[0]!;
let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

async function unchanged(work: () => Promise<unknown>, message: RegExp): Promise<void> {
  const before = [await db.auditLog.count(), await db.scenarios.toArray()];
  await expect(work()).rejects.toThrow(message);
  expect([await db.auditLog.count(), await db.scenarios.toArray()]).toEqual(before);
}

describe('scenario library', () => {
  it('lists every built-in without storing any', async () => {
    db = freshDatabase();
    const listed = await listScenarioVersions(db);
    expect(listed.map((version) => version.lineageId)).toEqual(BUILT_IN_SCENARIOS.map((s) => s.lineageId));
    expect(listed.every((version) => version.builtIn && version.status === 'published')).toBe(true);
    expect(await db.scenarios.count()).toBe(0);
  });

  it('duplicates a built-in into a new draft lineage, edits it, publishes it and versions it like runbooks', async () => {
    db = freshDatabase();
    const copy = await duplicateScenario(db, testActor, builtIn.id);
    expect(copy).toMatchObject({
      version: 1,
      status: 'draft',
      builtIn: false,
      derivedFrom: { lineageId: builtIn.lineageId, version: 1, name: builtIn.overview.name, builtIn: true },
      overview: { name: `${builtIn.overview.name} (copy)` },
    });
    expect(copy.lineageId).not.toBe(builtIn.lineageId);
    expect(scenarioBody(copy).modules).toEqual(builtIn.modules);

    const renamed = { ...scenarioBody(copy), overview: { ...copy.overview, name: 'Earnings leak — finance team' } };
    const edited = await saveScenarioEdit(db, testActor, copy.id, renamed);
    expect([edited.id, edited.version, edited.rev, edited.overview.name]).toEqual([
      copy.id,
      1,
      2,
      'Earnings leak — finance team',
    ]);

    const v1 = await setScenarioStatus(db, testActor, copy.id, 'published');
    expect(v1.status).toBe('published');
    expect(v1.publishedAt).not.toBeNull();

    const v2 = await saveScenarioEdit(db, testActor, v1.id, { ...renamed, hotWashGuide: ['One thing to fix first?'] });
    expect([v2.version, v2.status, v2.lineageId, v2.derivedFrom]).toEqual([
      2,
      'draft',
      copy.lineageId,
      copy.derivedFrom,
    ]);
    await unchanged(() => saveScenarioEdit(db, testActor, v1.id, renamed), /Version 2 is already a draft/);

    expect((await publishedScenarios(db)).filter((s) => !s.builtIn).map((s) => s.id)).toEqual([v1.id]);
    await setScenarioStatus(db, testActor, v2.id, 'published');
    const lineage = await db.scenarios.where('lineageId').equals(copy.lineageId).sortBy('version');
    expect(lineage.map((version) => [version.version, version.status])).toEqual([
      [1, 'retired'],
      [2, 'published'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
  });

  it('offers the exercise planner every built-in and each published local version, by name', async () => {
    db = freshDatabase();
    const draft = await createScenario(db, testActor, {
      ...scenarioBody(builtIn),
      overview: { ...builtIn.overview, name: 'A draft' },
    });
    const published = await duplicateScenario(db, testActor, builtIn.id);
    await setScenarioStatus(db, testActor, published.id, 'published');
    const offered = await publishedScenarios(db);
    expect(offered.map((s) => s.id)).toContain(published.id);
    expect(offered.map((s) => s.id)).not.toContain(draft.id);
    expect(offered.filter((s) => s.builtIn)).toHaveLength(BUILT_IN_SCENARIOS.length);
    const names = offered.map((s) => s.overview.name);
    expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b)));
  });

  it('refuses to edit, publish or retire a built-in, and writes nothing', async () => {
    db = freshDatabase();
    await unchanged(() => saveScenarioEdit(db, testActor, builtIn.id, scenarioBody(builtIn)), /read-only; duplicate/);
    await unchanged(() => setScenarioStatus(db, testActor, builtIn.id, 'retired'), /always published/);
  });

  it('refuses an invalid scenario from the editor with the field named', async () => {
    db = freshDatabase();
    await unchanged(
      () => createScenario(db, testActor, { ...scenarioBody(builtIn), objectives: [] }),
      /Add at least one objective\./,
    );
  });
});

describe('JSON import', () => {
  it('imports a shared scenario as a new draft', async () => {
    db = freshDatabase();
    const imported = await importScenario(db, testActor, JSON.stringify(scenarioFile(builtIn)));
    expect([imported.status, imported.version, imported.builtIn, imported.overview.name]).toEqual([
      'draft',
      1,
      false,
      builtIn.overview.name,
    ]);
  });

  it('refuses a bad file in words and writes nothing', async () => {
    db = freshDatabase();
    await unchanged(() => importScenario(db, testActor, 'not json'), /not valid JSON/);
    await unchanged(
      () => importScenario(db, testActor, JSON.stringify({ format: 'firebreak-scenario', formatVersion: 1 })),
      /The scenario was not imported/,
    );
    const noInjectContent = JSON.parse(JSON.stringify(scenarioFile(builtIn))) as {
      scenario: { modules: Array<{ injects: Array<{ content: string }> }> };
    };
    noInjectContent.scenario.modules[0]!.injects[0]!.content = '';
    await unchanged(
      () => importScenario(db, testActor, JSON.stringify(noInjectContent)),
      /Write what the players receive\./,
    );
  });
});
