/**
 * Filings end to end (issue 17): a SEV1 incident with personal data in the EU on a high-risk AI system raises the GDPR
 * and AI Act clocks and an immediate notification tier; a notification is recorded; a death moves the AI Act clock
 * with its history (notify.e2e.ts checks the registry and the plan in more detail). Then the GDPR filing is drafted
 * from the incident, its missing items are listed, it is completed, approved by the incident's legal advisor,
 * exported as a signed PDF that `verifySignedPdf`, pdfsig and `npm run verify` accept, and recorded as submitted with
 * the authority's reference, which the clock shows. A message to affected users is drafted in plain language, saved
 * as a second version, approved and exported as text. Screenshots and the filing's pages go to /tmp/filings/.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';
import { expectSignedByInstallation, onlyExportedPdf, signAndExport } from './signedReport';
import {
  applyGdprAndAiAct,
  assignLegalAdvisor,
  declareSev1WithPersonalData,
  recordDeath,
  shootBothSchemes,
} from './regulatedIncident';

const SHOTS = '/tmp/filings';
let app: Console | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

function shoot(page: Page, target: Locator, name: string): Promise<void> {
  return shootBothSchemes(page, target, SHOTS, name);
}

async function createCertificate(page: Page): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Settings/ })
    .click();
  await page.getByLabel('Name on the certificate').fill('Dana Reyes');
  await page.getByLabel('Organisation').fill('Firebreak Legal');
  await page.getByRole('button', { name: 'Create certificate' }).click();
  await page.getByText('Certificate SHA-256').first().waitFor();
  return (await page.locator('.signing-facts code.fingerprint').first().textContent()) ?? '';
}

describe('regulatory filings', () => {
  it('drafts, completes, approves, signs and submits the GDPR filing of a SEV1 incident', async () => {
    app = await openConsole();
    const { page, outputDir } = app;
    await onboard(page, 'Dana Reyes', 'Incident commander');
    const fingerprint = await createCertificate(page);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);

    // A SEV1 incident with personal data in the EU.
    await declareSev1WithPersonalData(page);

    // The immediate tier, and a notification recorded.
    const plan = page.getByRole('region', { name: 'Who to tell' });
    const executive = plan.getByRole('listitem', { name: 'Executive team: Immediate (≤ 15 min)' });
    await executive.getByRole('button', { name: 'Mark notified: Executive team' }).click();
    const mark = page.getByRole('dialog', { name: 'Mark notified: Executive team' });
    await mark.getByLabel('What was sent or said').fill('Briefed the CEO by phone.');
    await mark.getByRole('button', { name: 'Mark notified' }).click();
    await mark.waitFor({ state: 'detached' });

    // GDPR and the AI Act apply (high-risk AI provider in the EU); a death moves the AI Act clock to 10 days.
    const regulated = await applyGdprAndAiAct(page);
    const gdprClock = regulated.gdpr;
    await recordDeath(page, regulated);

    // The filings panel offers each stage; the responder is made the incident's legal advisor.
    const filings = page.getByRole('region', { name: 'Filings' });
    await filings.getByRole('listitem', { name: 'Report of a serious incident (EU AI Act Art. 73)' }).waitFor();
    await assignLegalAdvisor(page, 'Dana Reyes');
    await shoot(page, filings, 'filings-panel');

    // Draft the GDPR filing: prefilled, with what is still missing listed before export.
    await filings
      .getByRole('button', { name: 'Draft filing: Notification of a personal data breach (GDPR Art. 33)' })
      .click();
    await page.getByRole('heading', { name: /^Filing FIL-\d{4}-LON-0001-01/ }).waitFor();
    const content = page.getByRole('form', { name: 'Filing content' });
    await expect(content.getByLabel('Nature of the personal data breach').inputValue()).resolves.toContain(
      'The triage assistant returned other patients’ notes',
    );
    const missing = page.getByRole('note', { name: 'Missing required items' });
    await missing.getByText('4 required items are missing').waitFor();
    await missing.getByText('Name and contact details of the data protection officer or other contact point').waitFor();
    expect(await page.getByRole('button', { name: 'Approve for the legal role' }).isDisabled()).toBe(true);
    await shoot(page, page.getByRole('heading', { name: /^Filing FIL-/ }), 'filing-draft');

    await content
      .getByLabel('Categories and approximate number of data subjects concerned')
      .fill('Patients of the triage service, about 300.');
    await content
      .getByLabel('Categories and approximate number of personal data records concerned')
      .fill('Clinical notes, about 450 records.');
    await content
      .getByLabel('Name and contact details of the data protection officer or other contact point')
      .fill('Mira Okafor, DPO, +32 2 555 0101');
    await content
      .getByLabel(/^Measures taken or proposed/)
      .fill('Retrieval from other patients’ records disabled; affected sessions revoked.');
    await content.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Every required item is filled in.').waitFor();
    await page.getByRole('button', { name: 'Approve for the legal role' }).click();
    await page.getByText(/^Approved for the legal role by Dana Reyes/).waitFor();
    await shoot(page, page.getByRole('heading', { name: /^Filing FIL-/ }), 'filing-approved');

    // The signed PDF, checked three ways.
    await page.getByRole('button', { name: 'Export signed PDF' }).click();
    await page.getByRole('region', { name: 'Report preview' }).waitFor({ timeout: 90_000 });
    await signAndExport(page);
    const path = await onlyExportedPdf(outputDir, /^FIL-\d{4}-LON-0001-01 regulatory filing\.pdf$/);
    const { text } = await expectSignedByInstallation(path, fingerprint, {
      reportType: 'regulatory-filing',
      subject: { kind: 'filing', ref: expect.stringMatching(/^FIL-/) },
      signerFingerprint: fingerprint,
    });
    expect(text).toContain('GDPR Art. 33(3)(b)');
    expect(text).toContain('Rules version');
    spawnSync('pdftoppm', ['-r', '60', '-png', path, join(SHOTS, 'filing-page')]);
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    // Submitted, with the authority's reference; the GDPR clock says so.
    await page.getByRole('button', { name: 'Record submission' }).click();
    const submit = page.getByRole('dialog', { name: /^Record submission of FIL-/ });
    await submit.getByRole('button', { name: 'Record submission' }).click();
    await submit.getByText('Give the reference the authority gave the filing.').waitFor();
    await submit.getByLabel('Authority’s reference').fill('APD-2026-0917');
    await submit.getByRole('button', { name: 'Record submission' }).click();
    await submit.waitFor({ state: 'detached' });
    await page.getByText('APD-2026-0917').waitFor();
    expect(
      await page.getByRole('form', { name: 'Filing content' }).getByRole('button', { name: 'Save draft' }).count(),
    ).toBe(0);
    await page.getByRole('button', { name: /^Back to INC-/ }).click();
    await gdprClock.getByText(/Submitted .* \(recorded by Dana Reyes\)/).waitFor();
    await filings.getByText('Submitted').waitFor();

    // A message to affected users in plain words: drafted, a second version, approved, exported as text.
    const messages = page.getByRole('region', { name: 'Messages' });
    await messages.getByRole('radio', { name: 'Affected users' }).check({ force: true });
    await messages.getByRole('button', { name: 'Draft message to affected users' }).click();
    const body = messages.getByRole('textbox', { name: 'Message to affected users' });
    await expect(body.inputValue()).resolves.toContain('Some of your personal information may have been seen');
    await body.fill('We found a problem with our triage assistant. Your notes may have been shown to another patient.');
    await messages.getByRole('button', { name: 'Save as version 2' }).click();
    await messages.getByRole('button', { name: 'Approve version 2 for the legal role' }).click();
    await messages.getByText('Approved by Dana Reyes', { exact: true }).waitFor();
    await messages.getByText('Versions (2)').click();
    await shoot(page, messages, 'messages');
    await messages.getByRole('button', { name: 'Export text' }).click();
    await page.getByText(/^Saved .*message to affected users\.txt/).waitFor();
    const saved = (await readdir(outputDir)).find((name) => name.endsWith('.txt'));
    const message = await readFile(join(outputDir, saved!), 'utf8');
    expect(message).toContain('Your notes may have been shown to another patient.');
    expect(message).toContain('version 2, approved for the legal role by Dana Reyes');

    expect(app.requests.filter((url) => !url.startsWith(app!.origin))).toEqual([]);
  });
});
