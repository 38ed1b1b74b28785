import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/auditTrail';
import {
  applyRunbook,
  assignChecklistStep,
  updateChecklistStep,
  upgradeChecklist,
} from '../../../renderer/db/runbooks/checklists';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { changePhase, declareIncident } from '../../../renderer/db/incidents/incidents';
import { listRunbookVersions, liveChecklistOfIncident } from '../../../renderer/db/runbooks/queries';
import { importRunbook, saveRunbookEdit, setRunbookStatus } from '../../../renderer/db/runbooks/runbooks';
import {
  assignRole,
  markEscalationEngaged,
  removePerson,
  saveEscalationRules,
  savePerson,
} from '../../../renderer/db/team/team';
import { listPeople, readEscalationRules } from '../../../renderer/db/team/queries';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { runbookContent, runbookFile } from '../../../shared/domain/runbooks/runbook';
import { DEFAULT_ESCALATION_RULES } from '../../../shared/domain/team/team';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

const promptInjection = BUILT_IN_RUNBOOKS[0]!;
let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

async function declared() {
  db = freshDatabase();
  return declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
}

describe('runbook library', () => {
  it('lists the built-ins without storing them, and stores v1 when a built-in is first edited', async () => {
    db = freshDatabase();
    expect((await listRunbookVersions(db)).map((r) => r.title)).toEqual(BUILT_IN_RUNBOOKS.map((r) => r.title));
    expect(await db.runbooks.count()).toBe(0);

    const edited = { ...runbookContent(promptInjection), title: 'Prompt injection containment (site A)' };
    const v2 = await saveRunbookEdit(db, testActor, promptInjection.id, edited);
    expect([v2.version, v2.status, v2.lineageId, v2.builtIn]).toEqual([2, 'draft', promptInjection.lineageId, true]);
    const again = await saveRunbookEdit(db, testActor, v2.id, { ...edited, purpose: 'Changed again' });
    expect([again.id, again.version, again.rev]).toEqual([v2.id, 2, 2]);
    await expect(saveRunbookEdit(db, testActor, promptInjection.id, edited)).rejects.toThrow(
      'Version 2 is already a draft',
    );

    await setRunbookStatus(db, testActor, v2.id, 'published');
    const versions = await db.runbooks.where('lineageId').equals(promptInjection.lineageId).sortBy('version');
    expect(versions.map((r) => [r.version, r.status])).toEqual([
      [1, 'retired'],
      [2, 'published'],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
  });

  it('imports a shared runbook as a new draft and refuses a bad file without writing anything', async () => {
    db = freshDatabase();
    const imported = await importRunbook(db, testActor, JSON.stringify(runbookFile(promptInjection)), 'keep-both');
    expect([imported.version, imported.status, imported.builtIn]).toEqual([1, 'draft', false]);
    expect(imported.lineageId).not.toBe(promptInjection.lineageId);
    const before = await db.auditLog.count();
    await expect(importRunbook(db, testActor, '{not json')).rejects.toThrow('not valid JSON');
    await expect(
      importRunbook(
        db,
        testActor,
        JSON.stringify({ format: 'firebreak-runbook', formatVersion: 1, runbook: { title: 'x' } }),
      ),
    ).rejects.toThrow('The runbook in this file is incomplete or damaged');
    expect([await db.auditLog.count(), await db.runbooks.count()]).toEqual([before, 1]);
  });
});

describe('checklists', () => {
  it('applies a runbook as one step row per step with due times from the declaration, and keeps its version', async () => {
    const incident = await declared();
    const steps = await applyRunbook(db, testActor, incident.id, promptInjection.id);
    const total = promptInjection.phases.reduce((sum, block) => sum + block.steps.length, 0);
    expect(steps).toHaveLength(total);
    const freeze = steps.find((step) => step.step.id === 'pi-prompt-freeze')!;
    expect([freeze.phase, freeze.dueAt, freeze.state, freeze.runbookVersion]).toEqual([
      'containment',
      '2026-11-20T09:00:00.000Z',
      'todo',
      1,
    ]);
    const timeline = await db.timeline.where('subject.id').equals(incident.id).toArray();
    expect(timeline.map((entry) => entry.kind)).toEqual(['declared', 'runbook-applied']);
    await expect(applyRunbook(db, testActor, incident.id, promptInjection.id)).rejects.toThrow(
      'already on this incident',
    );

    // Publishing a new version leaves the incident's steps as v1 had them.
    const v2 = await saveRunbookEdit(db, testActor, promptInjection.id, {
      ...runbookContent(promptInjection),
      title: 'PI v2',
    });
    await setRunbookStatus(db, testActor, v2.id, 'published');
    expect(
      new Set(
        (await liveChecklistOfIncident(db, incident.id)).map((step) => `${step.runbookTitle} v${step.runbookVersion}`),
      ),
    ).toEqual(new Set([`${promptInjection.title} v1`]));
  });

  it('moves a running checklist to a newer version only when asked, keeping the work recorded on every step', async () => {
    const incident = await declared();
    const v1Steps = await applyRunbook(db, testActor, incident.id, promptInjection.id);
    const id = (stepId: string) => v1Steps.find((row) => row.step.id === stepId)!.id;
    await updateChecklistStep(db, testActor, id('pi-prompt-freeze'), {
      state: 'done',
      evidence: [{ kind: 'text', text: 'Prompt store set read-only, change ticket 4411.' }],
    });
    await updateChecklistStep(db, testActor, id('pi-harden'), { state: 'in-progress' });
    await assignChecklistStep(db, testActor, id('pi-tighten-guardrails'), 'Ben Cho');

    // v2: reworded freeze due later, guardrails moved to eradication, harden and verify dropped, one new step.
    const content = runbookContent(promptInjection);
    const phases = content.phases.map((block) => ({
      ...block,
      steps: block.steps
        .filter((step) => !['pi-harden', 'pi-verify', 'pi-tighten-guardrails'].includes(step.id))
        .map((step) => (step.id === 'pi-prompt-freeze' ? { ...step, title: 'Freeze prompts', dueMinutes: 45 } : step)),
    }));
    const guardrails = content.phases
      .flatMap((block) => block.steps)
      .find((step) => step.id === 'pi-tighten-guardrails')!;
    const eradication = phases.find((block) => block.phase === 'eradication')!;
    eradication.steps.push(guardrails, { ...guardrails, id: 'pi-canary', title: 'Plant canary prompts' });
    const v2 = await saveRunbookEdit(db, testActor, promptInjection.id, { ...content, phases });
    await expect(upgradeChecklist(db, testActor, incident.id, v2.id)).rejects.toThrow(
      'Only a published runbook version can be applied',
    );
    await setRunbookStatus(db, testActor, v2.id, 'published');
    const before = await liveChecklistOfIncident(db, incident.id);
    expect(before.every((row) => row.runbookVersion === 1)).toBe(true);

    const result = await upgradeChecklist(db, testActor, incident.id, v2.id);
    expect(result).toEqual({ from: 1, to: 2, carried: v1Steps.length - 2, added: 1, dropped: 1, kept: 1 });
    const after = await liveChecklistOfIncident(db, incident.id);
    const byStep = new Map(after.map((row) => [row.step.id, row]));
    expect(byStep.get('pi-prompt-freeze')).toMatchObject({
      runbookVersion: 2,
      state: 'done',
      completedBy: testActor.name,
      step: { title: 'Freeze prompts' },
      dueAt: '2026-11-20T09:15:00.000Z',
      evidence: [{ kind: 'text', text: 'Prompt store set read-only, change ticket 4411.' }],
    });
    expect(byStep.get('pi-tighten-guardrails')).toMatchObject({
      runbookVersion: 2,
      phase: 'eradication',
      assignee: 'Ben Cho',
      state: 'todo',
    });
    expect(byStep.get('pi-canary')).toMatchObject({ runbookVersion: 2, state: 'todo', phase: 'eradication' });
    // Dropped: the untouched step goes, the started one stays as v1 had it.
    expect(byStep.has('pi-verify')).toBe(false);
    expect(byStep.get('pi-harden')).toMatchObject({ runbookVersion: 1, state: 'in-progress' });

    const timeline = await db.timeline.where('subject.id').equals(incident.id).toArray();
    expect(timeline.at(-1)?.text).toBe(
      `Updated runbook “${promptInjection.title}” from v1 to v2: ${v1Steps.length - 2} kept with their state, 1 added, ` +
        '1 removed, 1 no longer in the runbook kept for the work recorded.',
    );
    await expect(upgradeChecklist(db, testActor, incident.id, v2.id)).rejects.toThrow('already runs');
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
  });

  it('records state changes with who and when, enforces reasons and evidence, and gates the phase', async () => {
    const incident = await declared();
    const steps = await applyRunbook(db, testActor, incident.id, promptInjection.id);
    const byId = (id: string) => steps.find((step) => step.step.id === id)!;

    const done = await updateChecklistStep(db, testActor, byId('pi-confirm-scope').id, { state: 'done' });
    expect([done.state, done.completedBy, done.completedAt !== null]).toEqual(['done', 'Dana Reyes', true]);
    await expect(
      updateChecklistStep(db, testActor, byId('pi-preserve-evidence').id, { state: 'done' }),
    ).rejects.toThrow('requires evidence');
    await updateChecklistStep(db, testActor, byId('pi-preserve-evidence').id, {
      state: 'done',
      evidence: [{ kind: 'text', text: 'Logs exported to case share /ir/2026-0001' }],
    });
    await expect(
      updateChecklistStep(db, testActor, byId('pi-assess-exposure').id, { state: 'skipped' }),
    ).rejects.toThrow('Give a reason');
    const skipped = await updateChecklistStep(db, testActor, byId('pi-assess-exposure').id, {
      state: 'skipped',
      reason: 'No tools connected',
    });
    expect([skipped.state, skipped.reason, skipped.completedAt]).toEqual(['skipped', 'No tools connected', null]);

    const owned = await assignChecklistStep(db, testActor, byId('pi-prompt-freeze').id, 'Ana Ortiz');
    expect([owned.assignee, owned.state]).toEqual(['Ana Ortiz', 'todo']);

    const at = (minutes: number) => new Date(Date.parse('2026-11-20T08:30:00.000Z') + minutes * 60_000).toISOString();
    // Detection: "Identify the injection vector" is not critical, so moving on is allowed.
    await changePhase(db, testActor, incident.id, { to: 'containment', occurredAt: at(1) });
    await expect(changePhase(db, testActor, incident.id, { to: 'eradication', occurredAt: at(2) })).rejects.toThrow(
      '2 critical steps are still open in Containment',
    );
    const moved = await changePhase(db, testActor, incident.id, {
      to: 'eradication',
      occurredAt: at(2),
      overrideReason: 'Guardrails owned by vendor; accepted by IC',
    });
    expect(moved.phase).toBe('eradication');
    const timeline = await db.timeline.where('subject.id').equals(incident.id).sortBy('createdAt');
    const override = timeline.find((entry) => entry.kind === 'gate-override');
    expect(override).toMatchObject({
      reason: 'Guardrails owned by vendor; accepted by IC',
      openSteps: ['Freeze prompts and configuration', 'Tighten guardrails'],
    });
    expect(timeline.filter((entry) => entry.kind === 'checklist-step')).toHaveLength(4);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe('response team', () => {
  it('keeps a people directory, records role assignment and hand-over, and escalations', async () => {
    const incident = await declared();
    const ana = await savePerson(db, testActor, {
      name: 'Ana Ortiz',
      role: 'ML engineer',
      team: 'CX platform',
      channels: [{ kind: 'radio', value: 'Channel 4', outOfBand: true }],
    });
    const ben = await savePerson(db, testActor, { name: 'Ben Cho' });
    await removePerson(db, testActor, ana.id);
    expect((await listPeople(db)).map((person) => person.name)).toEqual(['Ben Cho']);

    await assignRole(db, testActor, incident.id, { role: 'ai-safety-lead', primary: 'Ana Ortiz', backup: 'Ben Cho' });
    const after = await assignRole(db, testActor, incident.id, {
      role: 'ai-safety-lead',
      primary: 'Ben Cho',
      backup: '',
    });
    expect(after.roles).toEqual([
      { role: 'incident-commander', primary: 'Dana Reyes', primaryId: testActor.personId, backup: '', backupId: null },
      { role: 'ai-safety-lead', primary: 'Ben Cho', primaryId: ben.id, backup: '', backupId: null },
    ]);
    const texts = (await db.timeline.where('subject.id').equals(incident.id).sortBy('createdAt')).map(
      (entry) => entry.text,
    );
    expect(texts.slice(1)).toEqual([
      'Assigned Ana Ortiz as AI safety lead (backup Ben Cho).',
      'Handed AI safety lead over from Ana Ortiz to Ben Cho.',
    ]);

    expect(await readEscalationRules(db)).toEqual(DEFAULT_ESCALATION_RULES);
    const rules = DEFAULT_ESCALATION_RULES.filter((rule) => rule.severity !== 'SEV4');
    await saveEscalationRules(db, testActor, rules);
    expect(await readEscalationRules(db)).toEqual(rules);
    await markEscalationEngaged(db, testActor, incident.id, rules[0]!);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
  });
});
