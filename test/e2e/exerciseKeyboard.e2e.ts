/**
 * Keyboard facilitation (issue 10): N pressed twice faster than the facilitator's list shows the first release
 * releases two injects, the first two of the MSEL, with no refusal: the second press passes over the inject this
 * window is already releasing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chatbotJailbreak } from '../../shared/domain/exercises/builtIn/chatbotJailbreak';
import { onboard, openConsole, type Console } from './harness';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const scheduled = chatbotJailbreak.body.modules
  .flatMap((module) => module.injects ?? [])
  .filter((inject) => !inject.contingency)
  .toSorted((a, b) => a.offsetMinutes - b.offsetMinutes || a.sequence - b.sequence);

describe('exercise keyboard', () => {
  it('releases two injects when N is pressed twice before the list updates', async () => {
    app = await openConsole();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
    await onboard(page, 'Dana Reyes', 'Facilitator');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: /Exercises/ }).click();
    await page.getByRole('button', { name: 'Plan an exercise' }).click();
    await page.getByLabel('Title').fill('Keyboard tabletop');
    await page
      .getByLabel('Scenario')
      .selectOption({ label: 'Jailbroken support chatbot goes viral and leaks key-like strings (v1, built-in)' });
    await page.getByLabel('Clock speed').selectOption('1');
    await page.getByRole('button', { name: 'Plan exercise' }).click();
    await page.getByRole('heading', { name: 'Keyboard tabletop' }).waitFor();
    await page.getByRole('button', { name: 'Start exercise' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    const msel = page.locator('#msel-title');
    // The first inject is at minute 0: the schedule releases it at the start; the next is 15 minutes away.
    expect(scheduled[0]!.offsetMinutes).toBe(0);
    expect(scheduled[1]!.offsetMinutes).toBeGreaterThan(5);
    await expect.poll(() => msel.textContent(), { timeout: 15_000 }).toMatch(/\b1 of \d+ released/);
    const before = 1;

    // Both presses in one task: the list cannot have caught up with the first in between.
    await page.evaluate(() => {
      for (let i = 0; i < 2; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
    });
    await expect
      .poll(() => msel.textContent(), { timeout: 20_000 })
      .toMatch(new RegExp(`\\b${before + 2} of \\d+ released`));
    const first = scheduled[before]!;
    const second = scheduled[before + 1]!;
    const toasts = page.locator('.toaster');
    await expect.poll(() => toasts.textContent(), { timeout: 10_000 }).toContain(`Released inject ${second.sequence}.`);
    await expect(toasts.textContent()).resolves.toContain(`Released inject ${first.sequence}.`);
    await expect(page.locator('.toaster [aria-live="assertive"]').textContent()).resolves.toBe('');
  });
});
