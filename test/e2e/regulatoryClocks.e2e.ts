/**
 * Regulatory clocks end to end (issue 17): declare an incident, see the empty state, choose GDPR (with the
 * authority's country and zone) and the EU AI Act, each with a reason; both deadlines show in the responder's zone and
 * the authority's with a countdown; recording the GDPR submission marks it submitted and puts it on the timeline; in
 * legal review mode the clocks stay and the actions go. Screenshots (light and dark) go to /tmp/shots-clocks/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';

const SHOTS = '/tmp/shots-clocks';
let app: Console | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function shoot(page: Page, target: Locator, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function addRegime(page: Page, regime: string, reason: string, authority?: { country: string; zone: string }) {
  await page.getByRole('button', { name: 'Add regime' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a regime that applies' });
  await dialog.getByLabel('Regime').selectOption({ label: regime });
  await dialog.getByLabel('Why it applies').fill(reason);
  if (authority) {
    await dialog.getByLabel('Authority’s country').fill(authority.country);
    await dialog.getByLabel('Authority’s time zone').fill(authority.zone);
  }
  await dialog.getByRole('button', { name: 'Add regime' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('regulatory clocks', () => {
  it('chooses GDPR and the EU AI Act, shows both deadlines counting down, and records a submission', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page, 'Dana Reyes', 'Incident commander');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Declare/ })
      .click();
    await page.getByLabel('Title').fill('Support bot leaks customer records');
    await page.getByLabel('Summary').fill('The assistant returned other customers’ order history after an injection.');
    await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
    await page.getByRole('radio', { name: /SEV1/ }).check();
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { name: /Support bot leaks customer records/ }).waitFor();

    const panel = page.getByRole('region', { name: 'Regulatory clocks' });
    await panel.getByText('Choose the regimes that apply').waitFor();

    // A regime without a reason is refused beside the field, in words.
    await panel.getByRole('button', { name: 'Add regime' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a regime that applies' });
    await dialog.getByRole('button', { name: 'Add regime' }).click();
    await dialog.getByText('Say why, e.g.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await addRegime(
      page,
      'GDPR, notification of a personal data breach to the supervisory authority',
      'Order histories of EU customers were disclosed.',
      { country: 'BE', zone: 'Europe/Brussels' },
    );
    await addRegime(
      page,
      'EU AI Act, reporting of serious incidents',
      'We provide the assistant, a high-risk AI system, in the EU.',
    );

    const deadlines = panel.getByRole('list', { name: 'Deadlines' });
    const gdpr = deadlines.getByRole('listitem', { name: /^GDPR.*Notification to the supervisory authority/ });
    const aiAct = deadlines.getByRole('listitem', { name: /^EU AI Act.*Report of the serious incident/ });
    await gdpr.getByText(/Due \(your time, Europe\/Berlin\)/).waitFor();
    expect(await gdpr.getByText(/\(Europe\/Brussels, UTC\+0[12]:00\)/).count()).toBe(1);
    expect(await gdpr.getByText(/^\d+ d \d+ h \d+ min left$|^\d+ h \d+ min left$/).count()).toBe(1);
    expect(await aiAct.getByText(/^1[45] d \d+ h \d+ min left$/).count()).toBe(1);
    await aiAct.getByText('Why this deadline').click();
    await aiAct
      .getByText(/Art\. 73/)
      .first()
      .waitFor();
    await shoot(page, panel, 'clocks');

    await gdpr.getByRole('button', { name: /^Record submission/ }).click();
    const record = page.getByRole('dialog', { name: /^Record submission/ });
    await record.getByRole('button', { name: 'Record' }).click();
    await record.waitFor({ state: 'detached' });
    await gdpr.getByText(/Submitted .* \(recorded by Dana Reyes\)/).waitFor();
    expect(await gdpr.getByRole('button', { name: /^Record submission/ }).count()).toBe(0);
    await page.getByText(/Submitted: Notification to the supervisory authority \(GDPR/).waitFor();
    await shoot(page, panel, 'clocks-submitted');

    // Legal review mode: the clocks stay, every control that would change them goes.
    await page.getByRole('switch', { name: /Legal review mode/ }).check({ force: true });
    await page.getByText(/Legal review mode: read-only\./).waitFor();
    await aiAct.getByText(/^1[45] d \d+ h \d+ min left$/).waitFor();
    for (const name of [/^Add regime$/, /^Record event$/, /^Record submission/, /^Remove /]) {
      expect(await panel.getByRole('button', { name }).count()).toBe(0);
    }
  });
});
