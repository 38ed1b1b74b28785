/**
 * One error path and honest review, end to end. Every form reached here is given an over-long value and must answer
 * with a field error in words — never JSON, a stack or a zod dump. Then legal review mode: turned on from the
 * sidebar (and shown with who and when), it hides every control that would change a record, closes the form
 * screens, and still logs evidence views.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { onboard, openConsole, type Console, addEvidenceFiles } from './harness';

const SHOTS = '/tmp/shots-review';
// A stack frame names a file position ("at fn (file.js:12:5)"); prose such as "regimes that apply (GDPR…" is not one.
const RAW_ERROR = /"code"|"origin"|too_big|\[\s*\{|Something went wrong|\bat \S+ \([^)]*:\d+:\d+\)|ZodError|Error:/;

let app: Console | undefined;
let workDir: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (workDir) await rm(workDir, { recursive: true, force: true });
  workDir = undefined;
});

/** The field error in words shows next to its field, and nothing raw shows anywhere on the page. */
async function expectFieldError(page: Page, scope: Locator, message: string): Promise<void> {
  await scope.locator('.field-error', { hasText: message }).first().waitFor();
  expect(await page.locator('body').innerText()).not.toMatch(RAW_ERROR);
}

async function declare(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('The assistant revealed its system prompt after an injected instruction.');
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: /SEV2 — High/ }).check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
}

async function incidentWithNote(page: Page, note: string): Promise<void> {
  await onboard(page);
  await page.getByRole('button', { name: 'Declare incident' }).first().click();
  await declare(page, 'Support bot leaks its system prompt');
  await page.getByRole('heading', { name: /Support bot leaks its system prompt/ }).waitFor();
  await addEvidenceFiles(page, [note]);
  await page.getByRole('list', { name: 'Evidence items' }).getByRole('link', { name: 'notes.txt' }).waitFor();
}

describe('errors and legal review', () => {
  it('answers an over-long value in every form with a field error in words', async () => {
    workDir = await mkdtemp(join(tmpdir(), 'firebreak-errors-e2e-'));
    const note = join(workDir, 'notes.txt');
    await writeFile(note, 'Operator notes: guardrail v3 disabled at 09:12.');
    app = await openConsole();
    const { page } = app;
    const body = page.locator('body');

    // First-run profile.
    await page.getByLabel('Your name').fill('n'.repeat(121));
    await page.getByLabel('Your role').fill('Incident commander');
    await page.getByLabel('Site code').fill('LON');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectFieldError(page, body, 'Use at most 120 characters.');
    await page.getByLabel('Your name').fill('Dana Reyes');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Declare.
    await page.getByRole('button', { name: 'Declare incident' }).first().click();
    await declare(page, 't'.repeat(201));
    await expectFieldError(page, body, 'Keep the title under 200 characters.');
    await page.getByLabel('Title').fill('Support bot leaks its system prompt');
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { name: /Support bot leaks its system prompt/ }).waitFor();

    // Add to timeline.
    const timeline = page.getByRole('form', { name: 'Add to timeline' });
    await timeline.getByLabel('Entry', { exact: true }).fill('e'.repeat(10_001));
    await timeline.getByRole('button', { name: 'Add entry' }).click();
    await expectFieldError(page, timeline, 'Keep an entry under 10,000 characters.');
    await timeline.getByLabel('Entry', { exact: true }).fill('');

    // Assign a role.
    await page.getByRole('button', { name: 'Add role' }).click();
    let dialog = page.getByRole('dialog', { name: 'Assign a role' });
    await dialog.getByLabel('Primary').fill('p'.repeat(121));
    await dialog.getByRole('button', { name: 'Assign AI safety lead' }).click();
    await expectFieldError(page, dialog, 'Use at most 120 characters.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Record AI system snapshot: the 201-character model id of the issue.
    await page.getByRole('button', { name: 'Record AI system snapshot' }).click();
    dialog = page.getByRole('dialog', { name: 'Record AI system snapshot' });
    await dialog.getByLabel('Model id').fill('m'.repeat(201));
    await dialog.getByLabel('Model version').fill('2026.11.3');
    await dialog.getByRole('button', { name: 'Record snapshot' }).click();
    await expectFieldError(page, dialog, 'Use at most 200 characters.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Evidence intake details.
    const intake = page.getByRole('form', { name: 'Add evidence' });
    await page.getByLabel('Add evidence files').setInputFiles([note]);
    await intake.getByLabel('Tags').fill(`gateway, ${'t'.repeat(61)}`);
    await intake.getByRole('button', { name: 'Add 1 file to evidence' }).click();
    await expectFieldError(page, intake, 'Keep each tag under 60 characters.');
    await intake.getByLabel('Tags').fill('gateway');
    await intake.getByRole('button', { name: 'Add 1 file to evidence' }).click();
    const list = page.getByRole('list', { name: 'Evidence items' });
    await list.getByRole('link', { name: 'notes.txt' }).click();
    await page.getByRole('heading', { name: 'notes.txt' }).waitFor();

    // Edit details: the 61-character tag of the issue.
    await page.getByRole('button', { name: 'Edit details' }).click();
    dialog = page.getByRole('dialog', { name: 'Edit evidence details' });
    await dialog.getByLabel('Tags').fill(`gateway, ${'t'.repeat(61)}`);
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expectFieldError(page, dialog, 'Keep each tag under 60 characters.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Settings: people directory and signing identity.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('p'.repeat(121));
    await page.getByRole('button', { name: 'Add person' }).click();
    await expectFieldError(page, body, 'Use at most 120 characters.');
    const signing = page.getByRole('form', { name: 'Create a self-signed certificate' });
    await signing.getByLabel('Organisation').fill('o'.repeat(201));
    await signing.getByRole('button', { name: 'Create certificate' }).click();
    await expectFieldError(page, signing, 'Use at most 200 characters.');
  });

  it('hides every control that would change a record in legal review mode, and still logs views', async () => {
    workDir = await mkdtemp(join(tmpdir(), 'firebreak-review-e2e-'));
    const note = join(workDir, 'notes.txt');
    await writeFile(note, 'Operator notes: guardrail v3 disabled at 09:12.');
    app = await openConsole();
    const { page } = app;
    await incidentWithNote(page, note);
    await page.getByRole('button', { name: 'Edit incident' }).waitFor();

    await page.getByRole('switch', { name: /Legal review mode/ }).check({ force: true });
    await page.getByText(/Legal review mode: read-only\. Started by Dana Reyes on /).waitFor();
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'incident-read-only.png'), fullPage: true });

    // Each control follows the mode on its own live read, so each is given a moment to go.
    const absent = async (locator: Locator): Promise<void> => expect.poll(() => locator.count()).toBe(0);
    await absent(page.getByRole('button', { name: 'Edit incident' }));
    await absent(page.getByRole('button', { name: 'Change phase' }));
    await absent(page.getByRole('form', { name: 'Add to timeline' }));
    await absent(page.getByRole('button', { name: 'Add role' }));
    await absent(page.getByRole('button', { name: /^(Assign|Hand over) / }));
    await absent(page.getByRole('button', { name: /^Apply/ }));
    await absent(page.getByLabel('Add evidence files'));
    await absent(page.getByRole('link', { name: /Declare incident/ }));
    await expect(page.getByRole('button', { name: 'Record AI system snapshot' }).isDisabled()).resolves.toBe(true);

    // Ctrl+N no longer opens a form; the declare address shows why it is closed.
    await page.keyboard.press('Control+n');
    await absent(page.getByRole('heading', { name: 'Declare an incident' }));
    await page.evaluate(() => {
      window.location.hash = '';
    });

    await page.getByRole('link', { name: 'Runbooks' }).click();
    await page.getByRole('heading', { name: 'Runbooks', level: 1 }).waitFor();
    await absent(page.getByRole('button', { name: 'New runbook' }));
    await absent(page.getByText('Import runbook'));

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await absent(page.getByRole('button', { name: 'Add person' }));
    await absent(page.getByRole('button', { name: /Save matrix|Save escalation/ }));
    await absent(page.getByRole('button', { name: /Load demo data/ }));

    await page.getByRole('link', { name: 'Evidence' }).click();
    await page.getByRole('link', { name: 'notes.txt' }).first().click();
    await page.getByRole('heading', { name: 'notes.txt' }).waitFor();
    const custody = page.getByRole('list', { name: 'Custody events' });
    await custody.getByText('Viewed', { exact: true }).waitFor();
    await absent(page.getByRole('button', { name: 'Edit details' }));
    await absent(page.getByRole('button', { name: 'Delete' }));

    // Turning it off brings the controls back.
    await page.getByRole('switch', { name: /Legal review mode/ }).uncheck({ force: true });
    await page.getByRole('button', { name: 'Edit details' }).waitFor();
  });
});
