/**
 * The incident register end to end, as a responder uses it: first run, declaring, the list, phase changes, the
 * timeline, reload. Everything is found by role and accessible name, and the browser stores into real IndexedDB.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { onboard, openConsole, type Console } from './harness';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Counts rows straight from IndexedDB, bypassing the UI. */
async function storedCounts(page: Page): Promise<{ incidents: number; audit: number }> {
  return page.evaluate(
    () =>
      new Promise<{ incidents: number; audit: number }>((resolve, reject) => {
        const open = indexedDB.open('firebreak');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['incidents', 'auditLog'], 'readonly');
          const incidents = tx.objectStore('incidents').count();
          const audit = tx.objectStore('auditLog').count();
          tx.oncomplete = () => {
            resolve({ incidents: incidents.result, audit: audit.result });
            db.close();
          };
        };
      }),
  );
}

async function declarePromptInjection(page: Page): Promise<void> {
  await page.getByLabel('Title').fill('Support bot follows instructions hidden in attachments');
  await page
    .getByLabel('Summary')
    .fill(
      'The customer-support assistant executed instructions embedded in a PDF attachment and revealed its system prompt.',
    );
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: /SEV2 — High/ }).check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
}

describe('incident register', () => {
  it('takes a responder from first run to a worked incident that survives a reload', async () => {
    app = await openConsole();
    const { page } = app;

    await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
    await onboard(page, 'Dana Reyes', 'Incident commander');

    await page.getByRole('button', { name: 'Declare incident' }).first().click();
    await declarePromptInjection(page);

    const year = new Date().getUTCFullYear();
    const ref = `INC-${year}-LON-0001`;
    await page.getByRole('heading', { name: /Support bot follows instructions/ }).waitFor();
    await page.getByText(ref).first().waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Incidents/ })
      .click();
    const row = page.getByRole('link', { name: `${ref} Support bot follows instructions hidden in attachments` });
    await row.waitFor();
    await row.click();

    await page.getByRole('button', { name: 'Change phase' }).click();
    await page.getByLabel('New phase').selectOption({ label: 'Containment' });
    await page.getByRole('button', { name: 'Confirm phase change' }).click();
    const timeline = page.getByRole('list', { name: /Timeline entries/ });
    await timeline.getByText('Moved from Detection & analysis to Containment.').waitFor();

    await page.getByLabel('Entry type').selectOption({ label: 'Decision' });
    await page.getByLabel('Entry', { exact: true }).fill('Froze system prompt v14 on the gateway.');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await timeline.getByText('Froze system prompt v14 on the gateway.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: /Support bot follows instructions/ }).waitFor();
    // The timeline is listed once its first read is done (the heading can come first under load).
    await page
      .getByRole('list', { name: /Timeline entries/ })
      .getByText('Froze system prompt v14 on the gateway.')
      .waitFor();
    const entries = await page
      .getByRole('list', { name: /Timeline entries/ })
      .getByRole('listitem')
      .allInnerTexts();
    expect(entries.some((text) => text.includes('Moved from Detection & analysis to Containment.'))).toBe(true);
    expect(entries.some((text) => text.includes('Froze system prompt v14 on the gateway.'))).toBe(true);
    expect(entries.some((text) => text.includes(`Declared ${ref} at SEV2.`))).toBe(true);
    expect(entries.every((text) => text.includes('Dana Reyes'))).toBe(true);
    await expect(page.getByText('Containment').first().isVisible()).resolves.toBe(true);
    // First run writes three audit entries (the responder's person record, the installation, the profile) where it
    // wrote one (the profile), so the count is two more than before site codes and person ids.
    expect(await storedCounts(page)).toEqual({ incidents: 1, audit: 9 });

    const foreign = app.requests.filter((url) => !url.startsWith(`${app!.origin}/`));
    expect(foreign).toEqual([]);
  });

  it('shows an invalid declaration its errors in words and stores nothing', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page);
    const before = await storedCounts(page);

    await page.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    await page.keyboard.press('Control+n');
    await page.getByRole('heading', { name: 'Declare an incident' }).waitFor();
    await page.getByLabel('Title').fill('AI');
    await page.getByRole('button', { name: 'Declare incident' }).click();

    await page.getByText('Give the incident a title of at least 4 characters.').waitFor();
    await page.getByText('Describe what happened, even in one sentence.').waitFor();
    await page.getByText('Choose at least one incident type.').waitFor();
    await expect(page.getByLabel('Title').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await storedCounts(page)).toEqual(before);
  });
});
