/**
 * Runbooks end to end, as the issue states it: declare a prompt-injection SEV2 incident, the matching runbook is
 * suggested, apply it, complete steps (one skipped with a reason), try to advance with a critical step open, get
 * warned, override with a reason, and find all of it on the timeline; then edit the runbook and publish v2 while the
 * incident keeps v1. Everything is found by role and accessible name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { onboard, openConsole, type Console } from './harness';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const RUNBOOK = 'Prompt injection or jailbreak containment';

async function declarePromptInjectionSev2(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Declare incident/ })
    .click();
  await page.getByLabel('Title').fill('Support bot follows instructions hidden in attachments');
  await page.getByLabel('Summary').fill('The support assistant executed instructions embedded in a PDF attachment.');
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: /SEV2 — High/ }).check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('heading', { name: /Support bot follows instructions/ }).waitFor();
}

async function markDone(page: Page, title: string, evidence?: string): Promise<void> {
  await page.getByRole('button', { name: `Mark “${title}” done` }).click();
  if (evidence !== undefined) {
    const dialog = page.getByRole('dialog', { name: 'Complete step with evidence' });
    await dialog.getByLabel('Evidence reference').fill(evidence);
    await dialog.getByRole('button', { name: 'Mark done' }).click();
  }
  await page
    .getByRole('listitem', { name: title })
    .getByText(/Done by Dana Reyes/)
    .waitFor();
}

describe('runbooks and checklists', () => {
  it('suggests, applies and works a runbook, gates the phase, and records everything on the timeline', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page);
    await declarePromptInjectionSev2(page);

    const suggestions = page.getByRole('list', { name: 'Suggested runbooks' });
    await suggestions.getByText(RUNBOOK).waitFor();
    await page.getByRole('button', { name: `Apply runbook “${RUNBOOK}”` }).click();
    const progress = page.getByRole('list', { name: 'Checklist progress by phase' });
    await progress.getByText('0 / 4 done').waitFor();
    await page.getByRole('button', { name: 'Assign “Freeze prompts and configuration”' }).click();
    const assignStep = page.getByRole('dialog', { name: 'Assign step' });
    await assignStep.getByLabel('Owner').fill('Ben Cho');
    await assignStep.getByRole('button', { name: 'Save owner' }).click();
    await page
      .getByRole('listitem', { name: 'Freeze prompts and configuration' })
      .getByText('AI safety lead · Ben Cho')
      .waitFor();

    await markDone(page, 'Confirm the incident, its scope and its severity');
    await markDone(page, 'Preserve evidence before changing anything', 'Logs and prompts exported to /cases/pi-1');
    await page.getByRole('button', { name: 'Skip “Assess what the model exposed or did”' }).click();
    const skip = page.getByRole('dialog', { name: 'Skip step' });
    await skip.getByLabel('Reason').fill('No tools or secrets are connected to this assistant.');
    await skip.getByRole('button', { name: 'Skip step' }).click();
    await markDone(page, 'Identify the injection vector', 'Payload found in the PDF attached to ticket 4411');
    await progress.getByText('4 / 4 done').waitFor();

    // Into containment: no critical step is open in detection, so no warning.
    await page.getByRole('button', { name: 'Change phase' }).click();
    await page.getByRole('button', { name: 'Confirm phase change' }).click();
    const timeline = page.getByRole('list', { name: /Timeline entries/ });
    await timeline.getByText('Moved from Detection & analysis to Containment.').waitFor();

    // Out of containment with "Freeze prompts" open: warned, refused without a reason, allowed with one.
    await markDone(page, 'Tighten guardrails');
    await page.getByRole('button', { name: 'Change phase' }).click();
    const dialog = page.getByRole('dialog', { name: /Change phase of/ });
    await dialog.getByRole('alert').getByText('Freeze prompts and configuration').waitFor();
    await dialog.getByRole('button', { name: 'Override and change phase' }).click();
    await dialog
      .getByText('1 critical step is still open in Containment. Complete it, or give a reason to override.')
      .waitFor();
    await dialog.getByLabel('Override reason').fill('Prompt store is read-only during the vendor outage; IC accepts.');
    await dialog.getByRole('button', { name: 'Override and change phase' }).click();
    await timeline.getByText('Moved from Containment to Eradication.').waitFor();

    const entries = await timeline.getByRole('listitem').allInnerTexts();
    const has = (text: string) => entries.some((entry) => entry.includes(text));
    expect(has(`Applied runbook “${RUNBOOK}” v1`)).toBe(true);
    expect(has('Done: “Preserve evidence before changing anything”.')).toBe(true);
    expect(has('Skipped: “Assess what the model exposed or did”.')).toBe(true);
    expect(has('No tools or secrets are connected to this assistant.')).toBe(true);
    expect(has('Moved on with 1 critical step open.')).toBe(true);
    expect(has('Assigned “Freeze prompts and configuration” to Ben Cho.')).toBe(true);
    expect(has('Prompt store is read-only during the vendor outage; IC accepts.')).toBe(true);
    expect(app.requests.filter((url) => !url.startsWith(`${app!.origin}/`))).toEqual([]);

    // Edit the runbook and publish v2; the incident keeps the v1 it ran.
    const incidentUrl = page.url();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runbooks' }).click();
    await page.getByRole('link', { name: RUNBOOK }).click();
    await page.getByRole('button', { name: 'Edit runbook' }).click();
    await page.getByLabel('Runbook title').fill('Prompt injection containment');
    const containment = page.getByRole('region', { name: 'Containment phase' });
    await containment.getByRole('button', { name: 'Move “Tighten guardrails” up' }).focus();
    await page.keyboard.press('Enter');
    await containment.getByLabel('Due minutes of Containment step 2').fill('15');
    // The first eradication step moves up across the phase boundary, from the keyboard, and keeps focus.
    const eradication = page.getByRole('region', { name: 'Eradication phase' });
    await eradication
      .getByRole('button', { name: 'Move “Rotate the system prompt and any exposed secrets” up into Containment' })
      .focus();
    await page.keyboard.press('Enter');
    await containment.getByLabel('Title of Containment step 4').waitFor();
    expect(await containment.getByLabel('Title of Containment step 4').inputValue()).toBe(
      'Rotate the system prompt and any exposed secrets',
    );
    expect(await eradication.getByLabel('Title of Eradication step 1').inputValue()).toBe(
      'Harden instruction handling',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move “Rotate the system prompt and any exposed secrets” up');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByText('Version 2 · Draft').waitFor();
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByText('Version 2 · Published').waitFor();
    await page.getByLabel('Compare with').selectOption({ label: 'Version 1 (Retired)' });
    const diff = page.getByRole('list', { name: 'Changes from version 1 to version 2' });
    await diff.getByText('Prompt injection containment').waitFor();
    await diff.getByText('Freeze prompts and configuration').waitFor();
    await diff.getByText('Rotate the system prompt and any exposed secrets').first().waitFor();

    await page.goto(incidentUrl);
    await page.getByRole('heading', { name: /Support bot follows instructions/ }).waitFor();
    await page.getByText(`${RUNBOOK} v1`, { exact: true }).waitFor();
    expect(await page.getByText('Prompt injection containment v2', { exact: true }).count()).toBe(0);
    await page
      .getByRole('list', { name: 'Runbook updates' })
      .getByText(/v2 is published; this incident runs v1/)
      .waitFor();

    // Until the responders choose to update: then finished work carries over and the timeline says so.
    await page.getByRole('button', { name: `Update “Prompt injection containment” to v2` }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Update the checklist to v2?' });
    await confirm.getByText('The timeline records the update.').waitFor();
    await confirm.getByRole('button', { name: 'Update to v2' }).click();
    await page.getByText('Prompt injection containment v2', { exact: true }).waitFor();
    const preserve = page.getByRole('listitem', { name: 'Preserve evidence before changing anything' });
    await preserve.getByText('Logs and prompts exported to /cases/pi-1').waitFor();
    expect(await preserve.getByText('Done', { exact: true }).count()).toBe(1);
    await page
      .getByRole('region', { name: 'Containment steps' })
      .getByRole('listitem', { name: 'Rotate the system prompt and any exposed secrets' })
      .waitFor();
    await timeline.getByText(/Updated runbook “Prompt injection containment” from v1 to v2/).waitFor();
    expect(await page.getByRole('list', { name: 'Runbook updates' }).count()).toBe(0);
  });

  it('keeps a people directory, hands over roles, shows escalations, and refuses a bad runbook file', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Ana Ortiz');
    await page.getByLabel('Job role').fill('ML engineer');
    await page.getByLabel('Channel 1 number or address').fill('+49 30 1234 5678');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('list', { name: 'People directory' }).getByText('Ana Ortiz').waitFor();

    await declarePromptInjectionSev2(page);
    const escalations = page.getByRole('list', { name: 'Required escalations' });
    await escalations.getByText('AI safety lead').waitFor();
    await page.getByRole('button', { name: 'Mark engaged: AI safety lead' }).click();
    await escalations.getByText('Engaged', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Assign AI safety lead' }).click();
    const assign = page.getByRole('dialog', { name: 'Assign AI safety lead' });
    await assign.getByLabel('Primary').fill('Ana Ortiz');
    await assign.getByRole('button', { name: 'Assign AI safety lead' }).click();
    await page.getByRole('button', { name: 'Hand over AI safety lead' }).click();
    const handOver = page.getByRole('dialog', { name: 'Hand over AI safety lead' });
    await handOver.getByLabel('Primary').fill('Ben Cho');
    await handOver.getByLabel('Backup').fill('Ana Ortiz');
    await handOver.getByRole('button', { name: 'Hand over' }).click();
    const timeline = page.getByRole('list', { name: /Timeline entries/ });
    await timeline.getByText('Assigned Ana Ortiz as AI safety lead.').waitFor();
    await timeline.getByText('Handed AI safety lead over from Ana Ortiz to Ben Cho (backup Ana Ortiz).').waitFor();
    await timeline.getByText('Engaged AI safety lead (SEV2 escalation).').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runbooks' }).click();
    await page.getByLabel('Import runbook').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"firebreak-runbook","formatVersion":1,"runbook":{"title":"x"}}'),
    });
    await page
      .getByRole('alert')
      .getByText(/broken\.json: The runbook in this file is incomplete or damaged/)
      .waitFor();
    expect(await page.getByRole('list', { name: 'Runbooks' }).getByRole('listitem').count()).toBe(6);
  });
});
