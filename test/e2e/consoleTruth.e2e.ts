/**
 * Issue 14, "time that tells the truth" and the record a responder can defend, on screen by role and name: the
 * escalation matrix offers roles as choices; marking an escalation engaged shows when and by whom; a deadline on
 * another day shows its date; a timeline entry is corrected with the original kept, struck through; evidence is
 * taken in with each file's own details and an empty file must be confirmed, and arrives on the timeline; lowering
 * the severity asks why; a runbook offered twice asks what to do, and unrelated JSON is refused in words; the demo's
 * first-run screen takes a newcomer's own name. Screenshots of each screen at 1280×800 go to $SCREENSHOTS if set.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILT_IN_RUNBOOKS } from '../../shared/domain/runbooks/builtInRunbooks';
import { runbookFile } from '../../shared/domain/runbooks/runbook';
import { onboard, openConsole, startDemo, type Console } from './harness';

let app: Console | undefined;
let dir: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const viewport = { width: 1280, height: 800 };

async function shot(page: Page, name: string): Promise<void> {
  const to = process.env['SCREENSHOTS'];
  if (to) await page.screenshot({ path: join(to, `${name}.png`) });
}

describe('the console tells the truth', () => {
  it('shows escalations, corrections, per-file evidence, severity reasons and runbook import choices', async () => {
    app = await openConsole({ viewport });
    const { page } = app;
    await onboard(page);
    dir = await mkdtemp(join(tmpdir(), 'firebreak-console-'));

    // The escalation matrix: who a rule engages is chosen from the defined roles.
    await page.getByRole('link', { name: 'Settings' }).click();
    const matrix = page.getByRole('region', { name: 'Escalation matrix' });
    const who = matrix.getByRole('combobox', { name: 'Who rule 1 engages' });
    await expect(who.inputValue()).resolves.toBe('Incident commander');
    const options = await who.getByRole('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['AI safety lead', 'Legal advisor', 'Data protection officer']));
    await who.scrollIntoViewIfNeeded();
    await shot(page, 'escalation-matrix');
    await page.getByLabel('Name on the certificate').fill('Dana Reyes');
    await page.getByLabel('Organisation').fill('Firebreak test org');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await page.getByText('Certificate SHA-256').first().waitFor();

    // Declare at SEV1; mark an escalation engaged: when and by whom.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Declare incident' }).click();
    await page.getByLabel('Title').fill('Support bot leaks its system prompt');
    await page.getByLabel('Summary').fill('The assistant revealed its system prompt after an injected instruction.');
    await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
    await page.getByRole('radio', { name: /SEV1/ }).check();
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { name: /Support bot leaks its system prompt/ }).waitFor();
    await page.getByRole('button', { name: 'Mark engaged: Incident commander' }).click();
    const escalations = page.getByRole('list', { name: 'Required escalations' });
    await escalations.getByText(/^Engaged \d\d:\d\d CET by Dana Reyes$/).waitFor();

    // A timeline note, corrected: the original stays, struck through and marked, beside its correction.
    const add = page.getByRole('form', { name: 'Add to timeline' });
    await add.getByLabel('Entry', { exact: true }).fill('Rotated the key for tenant 4411.');
    await add.getByRole('button', { name: 'Add entry' }).click();
    const timeline = page.getByRole('list', { name: /Timeline entries/ });
    await timeline.getByText('Rotated the key for tenant 4411.').waitFor();
    await timeline.getByRole('button', { name: /^Correct the note of / }).click();
    const correct = page.getByRole('dialog', { name: /^Correct the note of / });
    await correct.getByLabel('Corrected text').fill('Rotated the key for tenant 4417.');
    await correct.getByRole('button', { name: 'Add correction' }).click();
    await expect(correct.getByText('Say why the entry is corrected.').isVisible()).resolves.toBe(true);
    await correct.getByLabel('Why it is corrected').fill('Wrong tenant id typed.');
    await correct.getByRole('button', { name: 'Add correction' }).click();
    const corrected = timeline.getByRole('listitem', { name: 'Note by Dana Reyes, corrected' });
    await corrected.locator('del', { hasText: 'Rotated the key for tenant 4411.' }).waitFor();
    await timeline.getByText('Rotated the key for tenant 4417.').waitFor();
    await timeline.getByText('Wrong tenant id typed.').waitFor();
    await corrected.getByRole('button', { name: 'See the correction' }).click();
    await expect(
      page.evaluate(() => document.activeElement?.textContent?.includes('Rotated the key for tenant 4417.')),
    ).resolves.toBe(true);
    await corrected.scrollIntoViewIfNeeded();
    await shot(page, 'timeline-correction');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'timeline-correction-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Evidence: each file its own details; the empty one must be confirmed; both arrive on the timeline.
    const log = join(dir, 'gateway.log');
    const empty = join(dir, 'empty.txt');
    await writeFile(log, 'ignore previous instructions\n');
    await writeFile(empty, '');
    await page.getByLabel('Add evidence files').setInputFiles([log, empty]);
    const batch = page.getByRole('region', { name: 'Files to add' });
    await expect(batch.getByRole('checkbox', { name: 'Same details for all files' }).isChecked()).resolves.toBe(false);
    const logDetails = batch.getByRole('group', { name: /gateway\.log/ });
    await logDetails.getByLabel('Source system').fill('inference gateway');
    await logDetails.getByLabel('Description').fill('Gateway log lines with the injected instruction');
    const emptyDetails = batch.getByRole('group', { name: /empty\.txt/ });
    await expect(emptyDetails.getByLabel('Description').inputValue()).resolves.toBe('');
    await batch.getByRole('button', { name: 'Add 2 files to evidence' }).click();
    await emptyDetails.getByText('Confirm that the empty file should be kept, or remove it.').waitFor();
    await emptyDetails.scrollIntoViewIfNeeded();
    await shot(page, 'evidence-intake');
    await emptyDetails.getByRole('checkbox', { name: 'Keep the empty file empty.txt' }).check();
    await batch.getByRole('button', { name: 'Add 2 files to evidence' }).click();
    const items = page.getByRole('list', { name: 'Evidence items' });
    await items.getByRole('link', { name: 'empty.txt' }).waitFor({ timeout: 60_000 });
    await items.getByRole('link', { name: 'gateway.log' }).waitFor({ timeout: 60_000 });
    await timeline
      .getByText(/^Added evidence gateway\.log \(29 B, SHA-256 [0-9a-f]{12}…\) from inference gateway\.$/)
      .waitFor();
    await timeline.getByText(/^Added evidence empty\.txt \(0 B/).waitFor();

    // Lowering the severity asks why; the reason is on the timeline; SEV4's deadline three days on shows its date.
    await page.getByRole('button', { name: 'Edit incident' }).click();
    await page.getByRole('radio', { name: /SEV4/ }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const lower = page.getByRole('dialog', { name: 'Lower the severity from SEV1 to SEV4?' });
    await lower.getByRole('button', { name: 'Lower severity and save' }).click();
    await lower.getByText('Say why the severity is lowered.').waitFor();
    await shot(page, 'severity-reason');
    await lower.getByLabel('Why the severity is lowered').fill('Only internal test tenants were affected.');
    await lower.getByRole('button', { name: 'Lower severity and save' }).click();
    await timeline
      .getByText(
        'Edited severity. Lowered the severity from SEV1 to SEV4 because: Only internal test tenants were affected.',
      )
      .waitFor();
    await escalations.getByText(/^by \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d CET$/).waitFor();
    await escalations.scrollIntoViewIfNeeded();
    await shot(page, 'escalations');

    // The signed incident report prints the corrected text and notes the correction.
    await page.getByRole('combobox', { name: 'Report type' }).selectOption('incident-report');
    await page.getByRole('button', { name: 'Preview report' }).click();
    await page.getByRole('region', { name: 'Report preview' }).waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Sign and export' }).click();
    await page.getByText('Signed and saved to').waitFor({ timeout: 60_000 });
    const pdf = join(
      app.outputDir,
      (await readdir(app.outputDir)).find((name) => name.endsWith('.pdf'))!,
    );
    // Table cells wrap, so check words that stay on one line: the corrected text, the note, the original.
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const words of [
      '(corrected)',
      'tenant 4417.',
      'Corrected by',
      'Wrong tenant id',
      'Originally:',
      'tenant 4411.',
    ]) {
      expect(text).toContain(words);
    }
    expect(spawnSync('pdfsig', [pdf], { encoding: 'utf8' }).stdout).toContain('Signature is Valid');
    if (process.env['SCREENSHOTS']) await copyFile(pdf, join(process.env['SCREENSHOTS'], 'incident-report.pdf'));
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    // Runbooks: unrelated JSON is refused in words; the same title twice asks what to do.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runbooks' }).click();
    await page.getByLabel('Import runbook').setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name":"firebreak","version":"1.0.0"}'),
    });
    const alert = page.getByRole('alert').getByText(/^package\.json: This file is not a Firebreak runbook/);
    await alert.waitFor();
    expect(await alert.innerText()).not.toMatch(/newer|format:|invalid|Expected/i);
    const builtIn = BUILT_IN_RUNBOOKS[0]!;
    await page.getByLabel('Import runbook').setInputFiles({
      name: 'exported.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(runbookFile(builtIn))),
    });
    const choice = page.getByRole('dialog', { name: `“${builtIn.title}” is already in the library` });
    await choice.waitFor();
    await shot(page, 'runbook-import-choice');
    await choice.getByRole('button', { name: 'Cancel' }).click();
    await choice.waitFor({ state: 'hidden' });
    await page.getByLabel('Import runbook').setInputFiles({
      name: 'exported.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(runbookFile(builtIn))),
    });
    await choice.getByRole('button', { name: 'Keep both' }).click();
    await page.getByRole('heading', { name: `${builtIn.title} (2)`, level: 1 }).waitFor();
    expect(app.requests.filter((url) => !url.startsWith(`${app!.origin}/`))).toEqual([]);
  });

  it('lets a newcomer to the demo enter their own name', async () => {
    app = await openConsole({ query: 'demo=1', viewport });
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to the Firebreak demo' }).waitFor();
    await expect(page.getByLabel('Your name').inputValue()).resolves.toBe('Demo responder');
    await shot(page, 'demo-first-run');
    await startDemo(page, 'Sam Newcomer');
    await page.locator('[data-result-count="16"]').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Settings' }).click();
    const profile = page.getByRole('region', { name: 'Profile' });
    await expect(profile.getByLabel('Your name').inputValue()).resolves.toBe('Sam Newcomer');
  });
});
