/**
 * Reports end to end: a responder creates a signing certificate, previews an incident report in the console,
 * signs and exports it; the file on disk verifies in pdfsig and firebreak-verify, and again in the console.
 * Screenshots and page renders go to /tmp/shots-issue-reports/ for people to look at; nothing asserts speed.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';
import { expectSignedByInstallation, onlyExportedPdf, signAndExport } from './signedReport';

const SHOTS = '/tmp/shots-issue-reports';
let app: Console | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('signed reports', () => {
  it('previews, signs and exports an incident report that verifies on disk and in the console', async () => {
    app = await openConsole();
    const { page, outputDir } = app;
    await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
    await onboard(page, 'Dana Reyes', 'Incident commander');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Settings/ })
      .click();
    await page.getByLabel('Name on the certificate').fill('Dana Reyes (trailer)');
    await page.getByLabel('Organisation').fill('Ωmega Кибер Org');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await page.getByText('Certificate SHA-256').first().waitFor();
    const fingerprint = (await page.locator('.signing-facts code.fingerprint').first().textContent()) ?? '';
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    await page.getByRole('heading', { name: 'Signing' }).scrollIntoViewIfNeeded();
    await shoot(page, 'settings-signing');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Declare/ })
      .click();
    await page.getByLabel('Title').fill('Support bot follows instructions hidden in attachments');
    await page
      .getByLabel('Summary')
      .fill(
        'The support assistant executed instructions embedded in a PDF attachment (trailer) and revealed its system prompt.',
      );
    await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
    await page.getByRole('radio', { name: /SEV2 — High/ }).check();
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { name: /Support bot follows instructions/ }).waitFor();

    await page.getByRole('combobox', { name: 'Report type' }).selectOption('incident-report');
    await page.getByRole('button', { name: 'Preview report' }).click();
    const preview = page.getByRole('region', { name: 'Report preview' });
    await preview.waitFor({ timeout: 90_000 });
    await expect(page.getByRole('figure', { name: /^Page 1 of \d+$/ }).count()).resolves.toBe(1);
    await shoot(page, 'report-preview');

    await signAndExport(page);
    await shoot(page, 'report-exported');

    const path = await onlyExportedPdf(outputDir, /^INC-\d{4}-LON-0001 incident report\.pdf$/);
    const { result } = await expectSignedByInstallation(path, fingerprint, {
      reportType: 'incident-report',
      signerFingerprint: fingerprint,
      generatedBy: 'Dana Reyes (Incident commander)',
    });
    expect(result.signer?.fingerprint).toBe(fingerprint);
    spawnSync('pdftoppm', ['-r', '70', '-png', path, join(SHOTS, 'exported-page')]);

    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Settings/ })
      .click();
    await page.getByLabel('Signed PDF to check').setInputFiles(path);
    await page
      .getByRole('status')
      .filter({ hasText: /Valid and trusted — signed by/ })
      .waitFor();
    await page.getByRole('heading', { name: 'Check a signed PDF' }).scrollIntoViewIfNeeded();
    await shoot(page, 'settings-verify');

    expect(app.requests.filter((url) => !url.startsWith(app!.origin))).toEqual([]);
  });
});
