/**
 * A tabletop exercise end to end, with two pages (facilitator and participant) on real IndexedDB: plan the built-in
 * chatbot jailbreak scenario with a practice incident and an accelerated clock, start it, watch injects arrive on the
 * participant page as the facilitator page releases them (and never a note or an unreleased inject), log a decision
 * by keyboard, assess an expected action, rate, record feedback, plan an improvement that opens a runbook draft,
 * and export the signed AAR/IP, checked by `npm run verify` and pdfsig.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chatbotJailbreak } from '../../shared/domain/exercises/builtIn/chatbotJailbreak';
import { verifySignedPdf } from '../../electron/verifier/verifyPdf';
import { onboard, openConsole, repoRoot, type Console } from './harness';

let app: Console | undefined;
/** Set FIREBREAK_EXERCISE_SHOTS to a folder to keep screenshots for people to look at; nothing asserts on them. */
const SHOTS = process.env.FIREBREAK_EXERCISE_SHOTS;
async function shot(page: Page, name: string, scrollTo?: string): Promise<void> {
  if (!SHOTS) return;
  if (scrollTo) await page.getByRole('heading', { name: scrollTo }).scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const injects = chatbotJailbreak.body.modules.flatMap((module) => module.injects ?? []);
const NOTES = injects.flatMap((inject) => [inject.facilitatorNotes, inject.evaluatorNotes]).filter(Boolean) as string[];
const CONTINGENCY = injects.find((inject) => inject.contingency);
const LAST = injects.filter((inject) => !inject.contingency).toSorted((a, b) => b.offsetMinutes - a.offsetMinutes)[0];

describe('tabletop exercise', () => {
  it('runs the chatbot scenario with a participant screen, evaluation, a runbook draft and a signed AAR/IP', async () => {
    app = await openConsole();
    const { page, context, url, outputDir } = app;
    await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
    await onboard(page, 'Dana Reyes', 'Incident commander');
    const nav = page.getByRole('navigation', { name: 'Main' });

    await nav.getByRole('link', { name: /Settings/ }).click();
    await page.getByLabel('Name on the certificate').fill('Dana Reyes');
    await page.getByLabel('Organisation').fill('Firebreak exercises');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await page.getByText('Certificate SHA-256').first().waitFor();
    const fingerprint = (await page.locator('.signing-facts code.fingerprint').first().textContent()) ?? '';

    // Plan: the built-in scenario, a practice incident with the jailbreak runbook, 600× clock.
    await nav.getByRole('link', { name: /Exercises/ }).click();
    await page.getByRole('button', { name: 'Plan an exercise' }).click();
    await page.getByLabel('Title').fill('Q4 chatbot tabletop');
    await page
      .getByLabel('Scenario')
      .selectOption({ label: 'Jailbroken support chatbot goes viral and leaks key-like strings (v1, built-in)' });
    await page.getByLabel('Evaluators').fill('Ravi Patel');
    await page.getByLabel('Participants').fill('Alex Chen\nSam Ortiz');
    await page.getByLabel('Clock speed').selectOption('600');
    await page
      .getByLabel('Practice incident')
      .selectOption({ label: 'Prompt injection or jailbreak containment (v1)' });
    await page.getByRole('button', { name: 'Plan exercise' }).click();
    await page.getByRole('heading', { name: 'Q4 chatbot tabletop' }).waitFor();
    await expect(page.getByRole('note', { name: 'Exercise' }).textContent()).resolves.toContain('EXERCISE');
    const exerciseId = /#\/exercises\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(exerciseId).not.toBe('');

    // The register marks the practice incident EXERCISE, in its row and in its accessible description.
    await nav.getByRole('link', { name: /Incidents/ }).click();
    const practiceRow = page.getByRole('list', { name: 'Incidents' }).getByRole('link', { name: / EXERCISE / });
    await practiceRow.first().waitFor();
    await expect(practiceRow.count()).resolves.toBe(1);
    const description = await practiceRow.evaluate(
      (row) => document.getElementById(row.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
    );
    expect(description).toMatch(/^Exercise practice incident, /);
    await shot(page, 'register-exercise-row');
    await page.goBack();
    await page.getByRole('heading', { name: 'Q4 chatbot tabletop' }).waitFor();

    // The participant screen: a second tab at its own address.
    const projector = await context.newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(`${url}#/exercises/${exerciseId}/participant`);
    await projector.getByText('Waiting for the exercise to start.').waitFor();
    await expect(projector.getByText('Scenario update').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Start exercise' }).click();
    const first = injects[0]!;
    await projector.getByRole('heading', { name: first.title }).waitFor({ timeout: 10_000 });
    await projector.getByRole('heading', { name: LAST!.title }).waitFor({ timeout: 40_000 });
    await page.keyboard.press('p');
    await page.getByText('Paused', { exact: true }).waitFor();
    await shot(projector, 'participant-1920x1080');

    // The scenario update of the module being played (the last inject's module), never its questions.
    const lastModule = chatbotJailbreak.body.modules.find((module) =>
      (module.injects ?? []).some((i) => i.id === LAST!.id),
    )!;
    const update = projector.getByRole('region', { name: lastModule.title });
    await update.waitFor();
    await expect(update.textContent()).resolves.toContain(lastModule.update.slice(0, 80));
    const participantText = (await projector.locator('body').textContent()) ?? '';
    for (const module of chatbotJailbreak.body.modules) {
      for (const question of module.discussionQuestions ?? []) expect(participantText).not.toContain(question);
    }
    expect(participantText).toContain('EXERCISE');
    for (const note of NOTES) expect(participantText).not.toContain(note);
    expect(participantText).not.toContain(CONTINGENCY!.title);
    for (const inject of injects) {
      for (const action of inject.expectedActions ?? []) expect(participantText).not.toContain(action.text);
    }
    // What the participant query reads: release records holding the participant shape, nothing more.
    const released = await projector.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('firebreak');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db
          .transaction('exerciseEvents')
          .objectStore('exerciseEvents')
          .index('[exerciseId+kind]')
          .getAll([id, 'release']);
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return rows.map((row) => [Object.keys(row.inject as object).sort(), Object.keys(row.module as object).sort()]);
    }, exerciseId);
    expect(released.length).toBe(injects.length - 1);
    for (const [injectKeys, moduleKeys] of released) {
      expect(injectKeys).toEqual(['content', 'delivery', 'from', 'id', 'sequence', 'title', 'to', 'type']);
      expect(moduleKeys).toEqual(['id', 'title', 'update']);
    }

    // Scribe: D logs a decision.
    await page.keyboard.press('d');
    await page.keyboard.type('Switch HelpBot to safe mode; IC decides.');
    await page.keyboard.press('Control+Enter');
    await page
      .getByRole('list', { name: 'Logged entries' })
      .getByText('Switch HelpBot to safe mode; IC decides.')
      .waitFor();

    // Assess an expected action of inject 2.
    await page.getByRole('button', { name: 'The thread goes viral' }).click();
    const killSwitch = page.locator('.expected-action').filter({ hasText: 'Switch HelpBot off or into safe mode' });
    await killSwitch.getByRole('radio', { name: 'Met', exact: true }).check();
    await killSwitch.getByLabel('Assessment note').fill('Decided within 12 scenario minutes.');
    await killSwitch.getByRole('button', { name: /Save assessment/ }).click();
    await page.getByText('Assessed: Met.').waitFor();
    await shot(page, 'facilitator-inject', 'Inject 2: The thread goes viral');
    await shot(page, 'facilitator', 'Q4 chatbot tabletop');

    // Evaluation: a target rating, an area for improvement, feedback, an improvement item and its runbook draft.
    await page.getByRole('button', { name: 'Evaluation and report' }).click();
    await page.getByRole('heading', { name: 'Evaluation: Q4 chatbot tabletop' }).waitFor();
    await page.getByText('Performed with major challenges').first().waitFor();
    const target = page.locator('.target-block').first();
    await target.getByRole('radio', { name: /^S Performed with some challenges/ }).check();
    await target.getByRole('button', { name: 'Save rating' }).click();
    await page.getByText('Evaluation saved.').first().waitFor();
    const objective = page.locator('.objective-block').first();
    await objective.getByLabel('Area for improvement').fill('Secrets in retrieved documents were not recognised');
    await objective.getByLabel('Root-cause analysis').fill('No allow-list governs which spaces the index ingests.');
    await objective.getByRole('button', { name: 'Add area for improvement' }).click();
    await page.getByText('Root cause: No allow-list governs which spaces the index ingests.').waitFor();

    const feedback = page.getByRole('form', { name: 'Participant feedback form' });
    await feedback.getByLabel('Name').fill('Alex Chen');
    await feedback.getByLabel('Strengths observed').fill('Fast containment decision');
    await feedback.getByLabel('Corrective action').fill('Add an ingestion allow-list');
    await feedback.getByLabel('Priority').selectOption('high');
    for (const group of await feedback.locator('.agreement-row').all())
      await group.getByRole('radio', { name: '4' }).check();
    await feedback.getByRole('button', { name: 'Record feedback' }).click();
    await page.getByText('1 response', { exact: true }).waitFor();

    const plan = page.getByRole('form', { name: 'Add an improvement item' });
    await plan.getByLabel('Corrective action').fill('Allow-list the spaces the retrieval index ingests');
    await plan.getByLabel('Responsible organisation').fill('AI platform team');
    await plan.getByLabel('Completion date').fill('2027-01-31');
    await plan.getByRole('button', { name: 'Add improvement item' }).click();
    await page.getByRole('button', { name: /Open a runbook draft for/ }).click();
    await page
      .getByLabel('Runbook to change')
      .selectOption({ label: 'Prompt injection or jailbreak containment (v1)' });
    await page.getByRole('button', { name: 'Open draft' }).click();
    await page.getByRole('link', { name: 'Draft v2 of Prompt injection or jailbreak containment' }).waitFor();
    await shot(page, 'evaluation-plan', 'Improvement plan');
    await shot(page, 'evaluation-ratings', 'Capability targets and capabilities');
    await shot(page, 'evaluation-feedback', 'Participant feedback');

    // The signed AAR/IP.
    await page.getByRole('button', { name: 'After-action report' }).click();
    await page.getByRole('region', { name: 'Report preview' }).waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Sign and export' }).click();
    await page.getByText('Signed and saved to').waitFor({ timeout: 60_000 });
    const files = (await readdir(outputDir)).filter((name) => name.endsWith('.pdf'));
    expect(files).toEqual([expect.stringMatching(/^EX-\d{4}-LON-0001 after-action report\.pdf$/)]);
    const path = join(outputDir, files[0]!);
    const result = verifySignedPdf(await readFile(path), {
      anchors: { fingerprints: new Set([fingerprint]), caCertificates: [] },
    });
    expect(result).toMatchObject({
      verdict: 'trusted',
      signatureValid: true,
      wholeDocumentCovered: true,
      problems: [],
    });
    expect(result.manifest).toMatchObject({
      reportType: 'after-action-report',
      subject: { kind: 'exercise', id: exerciseId },
    });
    const verify = spawnSync('npm', ['run', '-s', 'verify', '--', path, '--trust', fingerprint], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(verify.status).toBe(0);
    const pdfsig = spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout;
    expect(pdfsig).toContain('Signature is Valid');
    const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('EXERCISE');
    expect(text).toContain('Appendix A: Improvement plan');
    // Table cells wrap, so the check reads words that stay on one line.
    expect(text).toContain('Allow-list the');
    expect(text).toContain('Add an ingestion allow-list');
    if (SHOTS) spawnSync('pdftoppm', ['-png', '-r', '60', path, join(SHOTS, 'aar')]);
    expect(text).toContain('Appendix B: Exercise participants');

    expect(app.requests.filter((request) => !request.startsWith(app!.origin))).toEqual([]);
  }, 300_000);
});
