/**
 * Post-incident reviews end to end: closing an incident is refused without a review; the responder writes the review
 * with two action items and completes it; the incident then closes; the review PDF is signed, exported and verified
 * (firebreak's verifier and pdfsig); the incident is exported as an AVID report that matches the published shape.
 * Screenshots and page renders go to /tmp/reviews/ for people to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { avidReportSchema } from '../../shared/domain/reviews/exports/avidSchema';
import { onboard, openConsole, type Console } from './harness';
import { expectSignedByInstallation, onlyExportedPdf, signAndExport } from './signedReport';

const SHOTS = '/tmp/reviews';
let app: Console | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function changePhaseTo(page: Page, phase: string): Promise<void> {
  await page.getByRole('button', { name: 'Change phase' }).click();
  await page.getByLabel('New phase').selectOption({ label: phase });
  await page.getByRole('button', { name: 'Confirm phase change' }).click();
}

async function addActionItem(page: Page, title: string, type: string, due: string): Promise<void> {
  await page.getByRole('button', { name: 'Add action item' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add action item' });
  await dialog.getByLabel('Action').fill(title);
  await dialog.getByLabel('Type').selectOption({ label: type });
  await dialog.getByLabel('Owner').selectOption({ label: 'Dana Reyes' });
  await dialog.getByLabel('Due date').fill(due);
  await dialog.getByRole('button', { name: 'Add action item' }).click();
  await page.getByRole('cell', { name: title, exact: true }).waitFor();
}

describe('post-incident reviews', () => {
  it('refuses to close without a review, closes after one, and exports the signed review PDF and AVID JSON', async () => {
    app = await openConsole();
    const { page, outputDir } = app;
    await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
    await onboard(page, 'Dana Reyes', 'Incident commander');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Settings/ })
      .click();
    await page.getByLabel('Name on the certificate').fill('Dana Reyes');
    await page.getByLabel('Organisation').fill('Firebreak test');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await page.getByText('Certificate SHA-256').first().waitFor();
    const fingerprint = (await page.locator('.signing-facts code.fingerprint').first().textContent()) ?? '';

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Declare/ })
      .click();
    await page.getByLabel('Title').fill('Support bot follows instructions hidden in attachments');
    await page.getByLabel('Summary').fill('The support assistant executed instructions embedded in a PDF attachment.');
    await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
    await page.getByRole('radio', { name: /SEV2 — High/ }).check();
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { name: /Support bot follows instructions/ }).waitFor();

    // Closing without a review is refused in words, and nothing changes.
    await changePhaseTo(page, 'Closed');
    await page
      .getByRole('alert')
      .filter({ hasText: 'This incident cannot close yet: write and complete its post-incident review' })
      .waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Change phase' }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Write review' }).click();
    await page.getByRole('button', { name: 'Start the review' }).click();
    await page.getByRole('heading', { name: /Post-incident review PIR-\d{4}-LON-0001/ }).waitFor();
    await page
      .getByRole('textbox', { name: 'Summary' })
      .fill('Dana Reyes failed to sanitise attachments before retrieval.');
    await page.getByRole('note', { name: 'Blameless wording check' }).first().waitFor();
    await page.getByLabel('Who was affected').fill('Support customers');
    await page
      .getByLabel('Primary cause', { exact: true })
      .fill('Retrieved attachment text reached the model as instructions.');
    await page.getByLabel('Primary cause: category').selectOption({ label: 'Interaction' });
    await page
      .getByLabel('Primary cause: AVID effects')
      .selectOption(['S0403: Adversarial Example', 'S0301: Information Leak']);
    await page.getByLabel('Trigger', { exact: true }).fill('A crafted PDF attached to a ticket.');
    await page.getByLabel('Trigger: category').selectOption({ label: 'External' });
    await page.getByRole('checkbox', { name: /Declared / }).check();
    await page.getByLabel('How it was found').selectOption({ label: 'User report' });
    await page.getByLabel('What went well').fill('The kill switch worked in two minutes.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText(/Draft of PIR-\d{4}-LON-0001 saved/).waitFor();
    await page.getByRole('heading', { name: 'Summary' }).scrollIntoViewIfNeeded();
    await shoot(page, 'review-form');

    await addActionItem(page, 'Strip instructions from retrieved attachments', 'Prevent', '2026-12-15');
    await addActionItem(page, 'Add injection payloads to the evaluation suite', 'Evaluation', '2020-01-10');
    await page.getByRole('heading', { name: 'Action items' }).scrollIntoViewIfNeeded();
    await shoot(page, 'action-items');

    await page.getByRole('button', { name: 'Complete review' }).click();
    await page.getByText(/PIR-\d{4}-LON-0001 is complete/).waitFor();

    // The PDF: signed, exported, verified.
    await page.getByRole('button', { name: 'Review PDF' }).click();
    await page.getByRole('region', { name: 'Report preview' }).waitFor({ timeout: 90_000 });
    await signAndExport(page);
    const pdfPath = await onlyExportedPdf(outputDir, /^PIR-\d{4}-LON-0001 post-incident review\.pdf$/);
    const { text } = await expectSignedByInstallation(pdfPath, fingerprint, {
      reportType: 'post-incident-review',
      subject: { kind: 'review' },
    });
    expect(text).toContain('Action items by type and status');
    expect(text).toContain('Strip instructions from retrieved');
    spawnSync('pdftoppm', ['-r', '60', '-png', pdfPath, join(SHOTS, 'review-pdf')]);
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    // Now the incident closes, and the overdue action item shows on the incident and on the home screen.
    await page.getByRole('button', { name: /Back to INC-/ }).click();
    await page.getByRole('note', { name: 'Overdue action items' }).waitFor();
    await changePhaseTo(page, 'Closed');
    await page.getByText(/is now in Closed/).waitFor();

    await page.getByRole('button', { name: 'Standard export' }).click();
    const dialog = page.getByRole('dialog', { name: /Standard export/ });
    await dialog.getByText('1 post-incident review: summary, impact, causes').waitFor();
    await dialog.getByText('Reporter names and contact details.').waitFor();
    await shoot(page, 'export-dialog');
    await dialog.getByRole('button', { name: 'Save export' }).click();
    await page.getByText('Exported to').waitFor();
    const avidName = (await readdir(outputDir)).find((name) => name.endsWith('AVID report.json'));
    const avid: unknown = JSON.parse(await readFile(join(outputDir, avidName!), 'utf8'));
    expect(avidReportSchema.safeParse(avid).success).toBe(true);
    expect(avid).toMatchObject({
      data_type: 'AVID',
      // The list keeps the taxonomy's order.
      impact: { avid: { sep_view: ['S0301: Information Leak', 'S0403: Adversarial Example'] } },
    });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Incidents/ })
      .click();
    await page.getByRole('heading', { name: '1 action item is overdue' }).waitFor();
    await shoot(page, 'home-overdue');
    expect(app.requests.filter((url) => !url.startsWith(app!.origin))).toEqual([]);
  });
});
