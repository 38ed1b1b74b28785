/**
 * Search everywhere (Ctrl/Cmd+K): the palette is a combobox over a listbox of results grouped by kind; the arrow keys
 * move from the box into the results and Enter opens the chosen one. Driven by keyboard, found by role and name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, startDemo, type Console } from './harness';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('search everywhere', () => {
  it('finds incidents, timeline entries and people by kind, and opens the chosen result with the keyboard', async () => {
    app = await openConsole({ query: 'demo=1' });
    const { page } = app;
    await startDemo(page);
    await page.locator('[data-result-count="16"]').waitFor({ timeout: 30_000 });

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search everywhere' });
    const box = palette.getByRole('combobox', { name: /Search incidents, timelines, evidence/ });
    await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    await box.fill('system prompt');
    const results = palette.getByRole('listbox', { name: 'Results' });
    const incidents = results.getByRole('group', { name: /Incidents/ });
    await incidents.getByRole('option', { name: /Billing chatbot disclosed its system prompt/ }).waitFor();

    // The arrow keys move the active option; the box keeps focus and names it.
    await box.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    const second = results.locator(`[id="${activeId}"]`);
    await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
    const chosen = (await second.innerText()).split('\n')[0] ?? '';

    await box.press('Enter');
    await palette.waitFor({ state: 'hidden' });
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.innerText()).resolves.toContain(chosen.replace(/^INC-\S+\s/, ''));

    // A person, from any screen.
    await page.keyboard.press('Control+k');
    await box.fill('Demo respon');
    await results
      .getByRole('group', { name: /People/ })
      .getByRole('option', { name: /Demo responder/ })
      .waitFor();
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'hidden' });
  });

  it('finds a note written a moment ago, and offers commands', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page);
    await page.getByRole('button', { name: 'Declare incident' }).first().click();
    await page.getByLabel('Title').fill('Assistant repeats a marmoset passphrase');
    await page.getByLabel('Summary').fill('Users report the assistant repeating an internal passphrase.');
    await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
    await page.getByRole('radio', { name: /SEV2 — High/ }).check();
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { level: 1, name: /marmoset/ }).waitFor();

    await page.getByRole('button', { name: 'Search everywhere' }).click();
    const palette = page.getByRole('dialog', { name: 'Search everywhere' });
    const box = palette.getByRole('combobox');
    await box.fill('marmoset');
    await palette.getByRole('option', { name: /Assistant repeats a marmoset passphrase/ }).waitFor();
    await box.fill('runbook');
    await palette
      .getByRole('group', { name: 'Go to' })
      .getByRole('option', { name: 'Open the runbook library' })
      .waitFor();
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Runbook/ }).waitFor();
  });
});
