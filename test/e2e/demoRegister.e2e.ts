/**
 * A demonstration console (`npm run demo` opens the page with demo=1): the register fills with the demo incidents,
 * and searching, filtering and sorting narrow it, driven by keyboard and by role and name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openConsole, startDemo, type Console } from './harness';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('demo register', () => {
  it('lists the demo incidents and narrows them by search, filter and sort', async () => {
    app = await openConsole({ query: 'demo=1' });
    const { page } = app;
    await startDemo(page);
    const list = page.getByRole('list', { name: 'Incidents' });
    await page.locator('[data-result-count="16"]').waitFor({ timeout: 30_000 });
    expect(await list.getByRole('link').count()).toBeGreaterThanOrEqual(12);

    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search');
    await page.keyboard.type('prompt injection');
    await page.locator('[data-query="prompt injection"]').waitFor();
    const matches = await list.getByRole('link').allInnerTexts();
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.length).toBeLessThan(16);
    // A word matches the start of a word: the middle of "injection" finds nothing, and says so.
    await page.getByRole('searchbox', { name: 'Search incidents' }).fill('njection');
    await page.locator('[data-query="njection"][data-result-count="0"]').waitFor({ state: 'attached' });
    await expect(page.getByText('No incidents match').isVisible()).resolves.toBe(true);

    await page.getByRole('searchbox', { name: 'Search incidents' }).fill('');
    await page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: /SEV1/ }).check();
    await page.locator('[data-result-count]:not([data-result-count="16"])').waitFor();
    const critical = await list.getByRole('link').allInnerTexts();
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.every((text) => text.includes('SEV1'))).toBe(true);

    await page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: /SEV1/ }).uncheck();
    await page.getByLabel('Sort by').selectOption({ label: 'Severity, most severe first' });
    await page.locator('[data-result-count="16"]').waitFor();
    const first = await list.getByRole('link').first().innerText();
    expect(first).toContain('SEV1');

    expect(app.requests.filter((url) => !url.startsWith(`${app!.origin}/`))).toEqual([]);
  });
});
