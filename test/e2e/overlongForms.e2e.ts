/**
 * One error path, the forms errorsAndReview.e2e.ts does not reach: edit incident, change phase (override reason and
 * the reason for moving back), the checklist's skip and block dialogs, assign step, the runbook editor, and Settings
 * (profile, installation site code, escalation matrix, trusted signers and their removal). Each is given an
 * over-long value and must answer with an error in words that the field itself is described by (aria-invalid and
 * aria-describedby, as the Field component links them), and nothing raw — JSON, a zod dump or a stack — anywhere.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { onboard, openConsole, type Console } from './harness';

/** JSON, zod's issue codes and English defaults, a stack line, an object printed as text, an unexplained failure. */
const RAW_ERROR =
  /"code"|"origin"|too_big|too_small|Too (big|small): expected|\[\s*\{|\[object|ZodError|Error:|Something went wrong|\bat \S+ \([^)]*:\d+:\d+\)|^\s*at \S+:\d+:\d+/m;
const RUNBOOK = 'Prompt injection or jailbreak containment';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * The field (found by its label) is marked invalid, is described by a visible error that says `message` in words,
 * and nothing raw shows anywhere on the page.
 */
async function expectFieldError(page: Page, field: Locator, message: string): Promise<void> {
  await field.and(page.locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const ids = describedBy.split(/\s+/).filter(Boolean);
  expect(ids.length, 'the invalid field points at its error').toBeGreaterThan(0);
  const descriptions = await Promise.all(
    ids.map(async (id) => {
      const described = page.locator(`[id="${id}"]`);
      return (await described.isVisible()) ? await described.innerText() : '';
    }),
  );
  expect(descriptions.join('\n')).toContain(message);
  expect(await page.locator('body').innerText()).not.toMatch(RAW_ERROR);
}

async function declarePromptInjection(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Declare incident/ })
    .click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('The support assistant executed instructions embedded in a PDF attachment.');
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: /SEV2 — High/ }).check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
}

describe('over-long values in the remaining forms', () => {
  it('answers on the incident page: edit incident, change phase, skip, block and assign a step', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page);
    await declarePromptInjection(page, 'Support bot follows instructions hidden in attachments');
    await page.getByRole('button', { name: `Apply runbook “${RUNBOOK}”` }).click();
    const progress = page.getByRole('list', { name: 'Checklist progress by phase' });
    await progress.getByText('0 / 4 done').waitFor();

    // Assign step.
    await page.getByRole('button', { name: 'Assign “Freeze prompts and configuration”' }).click();
    let dialog = page.getByRole('dialog', { name: 'Assign step' });
    await dialog.getByLabel('Owner').fill('o'.repeat(121));
    await dialog.getByRole('button', { name: 'Save owner' }).click();
    await expectFieldError(page, dialog.getByLabel('Owner'), 'Use at most 120 characters for a name.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Skip a step: its reason.
    await page.getByRole('button', { name: 'Skip “Assess what the model exposed or did”' }).click();
    dialog = page.getByRole('dialog', { name: 'Skip step' });
    await dialog.getByLabel('Reason').fill('r'.repeat(2_001));
    await dialog.getByRole('button', { name: 'Skip step' }).click();
    await expectFieldError(page, dialog.getByLabel('Reason'), 'Keep this under 2,000 characters.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Mark a step blocked: its reason.
    await page.getByRole('button', { name: 'Mark “Identify the injection vector” blocked' }).click();
    dialog = page.getByRole('dialog', { name: 'Mark step blocked' });
    await dialog.getByLabel('Reason').fill('b'.repeat(2_001));
    await dialog.getByRole('button', { name: 'Mark blocked' }).click();
    await expectFieldError(page, dialog.getByLabel('Reason'), 'Keep this under 2,000 characters.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Change phase with critical steps open: the override reason.
    await page.getByRole('button', { name: 'Change phase' }).click();
    dialog = page.getByRole('dialog', { name: /Change phase of/ });
    await dialog.getByLabel('Override reason').fill('v'.repeat(2_001));
    await dialog.getByRole('button', { name: 'Override and change phase' }).click();
    await expectFieldError(
      page,
      dialog.getByLabel('Override reason'),
      'Keep the override reason under 2,000 characters.',
    );
    await dialog.getByLabel('Override reason').fill('Triage is done by phone; IC accepts moving on.');
    await dialog.getByRole('button', { name: 'Override and change phase' }).click();
    const timeline = page.getByRole('list', { name: /Timeline entries/ });
    await timeline.getByText('Moved from Detection & analysis to Containment.').waitFor();

    // Change phase back: the reason it needs.
    await page.getByRole('button', { name: 'Change phase' }).click();
    dialog = page.getByRole('dialog', { name: /Change phase of/ });
    await dialog.getByLabel('New phase').selectOption({ label: 'Detection & analysis' });
    await dialog.getByLabel('Reason').fill('m'.repeat(2_001));
    await dialog.getByRole('button', { name: 'Confirm phase change' }).click();
    await expectFieldError(page, dialog.getByLabel('Reason'), 'Keep the reason under 2,000 characters.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Edit incident.
    await page.getByRole('button', { name: 'Edit incident' }).click();
    await page.getByRole('heading', { name: 'Edit incident', level: 1 }).waitFor();
    await page.getByLabel('Title').fill('t'.repeat(201));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectFieldError(page, page.getByLabel('Title'), 'Keep the title under 200 characters.');
  });

  it('answers in the runbook editor: the runbook title and a step title', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runbooks' }).click();
    await page.getByRole('link', { name: RUNBOOK }).click();
    await page.getByRole('button', { name: 'Edit runbook' }).click();
    await page.getByLabel('Runbook title').fill('r'.repeat(201));
    const containment = page.getByRole('region', { name: 'Containment phase' });
    await containment.getByLabel('Title of Containment step 1').fill('s'.repeat(201));
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await expectFieldError(page, page.getByLabel('Runbook title'), 'Keep the title under 200 characters.');
    await expectFieldError(
      page,
      containment.getByLabel('Title of Containment step 1'),
      'Keep the title under 200 characters.',
    );
  });

  it('answers in Settings: profile, site code, escalation matrix, trusted signers and their removal', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    // Installation: the site code, while nothing has been written yet.
    const installation = page.getByRole('region', { name: 'Installation' });
    await installation.getByLabel('Site code').fill('LONDON1');
    await installation.getByRole('button', { name: 'Save site code' }).click();
    await expectFieldError(
      page,
      installation.getByLabel('Site code'),
      'Use 2 to 6 letters or digits, starting with a letter, for example LON.',
    );
    await installation.getByLabel('Site code').fill('LON');

    // Profile: your name and your role.
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByLabel('Your name').fill('n'.repeat(121));
    await profile.getByLabel('Your role').fill('r'.repeat(81));
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await expectFieldError(page, profile.getByLabel('Your name'), 'Use at most 120 characters.');
    await expectFieldError(page, profile.getByLabel('Your role'), 'Use at most 80 characters.');

    // Escalation matrix: who a rule engages is a choice of defined roles, so it cannot be overlong; the minutes can.
    const escalation = page.getByRole('region', { name: 'Escalation matrix' });
    await escalation.getByLabel('Minutes for rule 1', { exact: true }).fill('10081');
    await escalation.getByRole('button', { name: 'Save escalation matrix' }).click();
    await expectFieldError(
      page,
      escalation.getByLabel('Minutes for rule 1', { exact: true }),
      'Use at most 7 days (10,080 minutes).',
    );
    await escalation.getByLabel('Minutes for rule 1', { exact: true }).fill('15');

    // Trusted signers: the signer's fingerprint, name and why you trust it.
    const trusted = page.getByRole('region', { name: 'Trusted signers' });
    const addSigner = trusted.getByRole('form', { name: 'Add a trusted signer' });
    await addSigner.getByLabel('SHA-256 fingerprint').fill('f'.repeat(201));
    await addSigner.getByRole('button', { name: 'Add trusted signer' }).click();
    await expectFieldError(page, addSigner.getByLabel('SHA-256 fingerprint'), 'Use at most 200 characters.');
    await addSigner.getByLabel('SHA-256 fingerprint').fill('ab'.repeat(32));
    await addSigner.getByLabel('Signer name').fill('s'.repeat(121));
    await addSigner.getByLabel('Why you trust it').fill('w'.repeat(501));
    await addSigner.getByRole('button', { name: 'Add trusted signer' }).click();
    await expectFieldError(page, addSigner.getByLabel('Signer name'), 'Use at most 120 characters.');
    await expectFieldError(page, addSigner.getByLabel('Why you trust it'), 'Use at most 500 characters.');
    await addSigner.getByLabel('Signer name').fill('CERT Berlin report signing');
    await addSigner.getByLabel('Why you trust it').fill('Fingerprint read out by phone on the partner call.');
    await addSigner.getByRole('button', { name: 'Add trusted signer' }).click();
    await trusted.getByRole('list', { name: 'Trusted signers' }).getByText('CERT Berlin report signing').waitFor();

    // Removing one: why it is no longer trusted.
    await trusted.getByRole('button', { name: 'Stop trusting CERT Berlin report signing' }).click();
    const remove = page.getByRole('alertdialog', { name: 'Stop trusting CERT Berlin report signing?' });
    await remove.getByLabel('Why it is no longer trusted').fill('x'.repeat(501));
    await remove.getByRole('button', { name: 'Stop trusting' }).click();
    await expectFieldError(page, remove.getByLabel('Why it is no longer trusted'), 'Use at most 500 characters.');
  });
});
