/**
 * Who must be told what, by when (issue 17), end to end: a stakeholder registered with an out-of-band contact; a
 * SEV1 incident with personal data in the EU on a high-risk AI system; the applicability step makes GDPR and the
 * AI Act apply with reasons; the plan shows an immediate tier; a notification is recorded and goes on the timeline;
 * a death recorded moves the AI Act clock from 15 to 10 days and its history keeps both; the Deadlines screen lists
 * what is due across incidents. Screenshots (light and dark) go to /tmp/notify/.
 */
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';
import { applyGdprAndAiAct, declareSev1WithPersonalData, recordDeath, shootBothSchemes } from './regulatedIncident';

const SHOTS = '/tmp/notify';
let app: Console | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

function shoot(page: Page, target: Locator, name: string): Promise<void> {
  return shootBothSchemes(page, target, SHOTS, name);
}

describe('stakeholders, notifications and clocks', () => {
  it('registers a DPO, applies GDPR and the AI Act, notifies, and a death moves the AI Act clock', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page, 'Dana Reyes', 'Incident commander');
    const nav = page.getByRole('navigation', { name: 'Main' });

    // The registry: empty state, a refused save in words, then a DPO with an out-of-band phone.
    await nav.getByRole('link', { name: /Stakeholders/ }).click();
    await page.getByText('No stakeholders yet').waitFor();
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const add = page.getByRole('dialog', { name: 'Add a stakeholder' });
    await add.getByRole('button', { name: 'Add stakeholder' }).click();
    await add.getByText('Give a name.').waitFor();
    await add.getByLabel('Kind').selectOption('person');
    await add.getByLabel('Name').fill('Mira Okafor');
    await add.getByLabel('Who they are').selectOption({ label: 'Data protection officer' });
    await add.getByLabel('Contact 1', { exact: true }).fill('+32 2 555 0101');
    await add.getByRole('button', { name: 'Add stakeholder' }).click();
    await add.waitFor({ state: 'detached' });
    const mira = page.getByRole('listitem', { name: 'Mira Okafor' });
    await mira.getByText('Out of band').waitFor();
    await shoot(page, page.getByRole('heading', { name: 'Stakeholders' }), 'stakeholders');

    // A SEV1 incident with personal data in the EU.
    await declareSev1WithPersonalData(page);

    // The plan: executive immediately, the DPO immediately with the registered contact.
    const plan = page.getByRole('region', { name: 'Who to tell' });
    const executive = plan.getByRole('listitem', { name: 'Executive team: Immediate (≤ 15 min)' });
    await executive.waitFor();
    const dpo = plan.getByRole('listitem', { name: 'Data protection officer: Immediate (≤ 15 min)' });
    await dpo.getByText('Reach: Mira Okafor (phone)').waitFor();
    await plan.getByRole('listitem', { name: 'Affected users: Urgent (≤ 1 h)' }).waitFor();
    await executive.getByRole('button', { name: 'Mark notified: Executive team' }).click();
    const mark = page.getByRole('dialog', { name: 'Mark notified: Executive team' });
    await mark.getByRole('button', { name: 'Mark notified' }).click();
    await mark.getByText('Say what was sent or said.').waitFor();
    await mark
      .getByLabel('What was sent or said')
      .fill('Briefed the CEO by phone: exposure, containment, next update 10:00.');
    await mark.getByRole('button', { name: 'Mark notified' }).click();
    await mark.waitFor({ state: 'detached' });
    await executive.getByText(/by Dana Reyes, phone: Briefed the CEO/).waitFor();
    await page.getByText(/^Notified Executive team by phone \(Dana Reyes\)\. Sent: Briefed the CEO/).waitFor();
    await shoot(page, plan, 'plan');

    // Applicability: GDPR is suggested from the flags; the provider answer adds the AI Act.
    const regulated = await applyGdprAndAiAct(page, async (applicability) => {
      const applies = applicability.getByRole('list', { name: 'Regimes that apply' });
      await applies.getByText('EU AI Act, reporting of serious incidents').waitFor();
      await applies.getByText(/GDPR, notification of a personal data breach/).waitFor();
      await shoot(page, applicability, 'applicability');
    });
    const { clocks, aiAct } = regulated;

    // A death turns 15 days into 10; the history keeps both values with why.
    await recordDeath(page, regulated);
    expect(await aiAct.getByRole('row').count()).toBe(3);
    await shoot(page, clocks, 'clocks');

    // Across incidents: nothing due in the next 24 hours yet (GDPR's 72 hours are further out), said in words.
    await nav.getByRole('link', { name: /Deadlines/ }).click();
    await page.getByText('Nothing due in the next 24 hours').waitFor();
    await shoot(page, page.getByRole('heading', { name: 'Deadlines' }), 'deadlines');
  });
});
