/**
 * The set-up the regulatory end-to-end tests share (notify.e2e.ts, filings.e2e.ts): screenshots in light and dark, a
 * SEV1 incident with personal data in the EU, the applicability step answered so GDPR and the EU AI Act apply with a
 * Belgian authority, a death recorded that moves the AI Act clock from 15 to 10 days, and the responder made the
 * incident's legal advisor. Each step waits for what a user would see before it returns.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Saves `target`'s part of the page, scrolled to the top, in light and dark as `<dir>/<name>-<scheme>.png`. */
export async function shootBothSchemes(page: Page, target: Locator, dir: string, name: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(dir, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

export const REGULATED_INCIDENT_TITLE = 'Triage model exposes patient notes';

/** Declares a SEV1 prompt-injection incident with personal data in the EU and waits for its page. */
export async function declareSev1WithPersonalData(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Declare/ })
    .click();
  await page.getByLabel('Title').fill(REGULATED_INCIDENT_TITLE);
  await page.getByLabel('Summary').fill('The triage assistant returned other patients’ notes after an injection.');
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: /SEV1/ }).check();
  await page.getByRole('checkbox', { name: 'Personal data involved' }).check();
  await page.getByRole('button', { name: 'Add EU' }).click();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('heading', { name: new RegExp(REGULATED_INCIDENT_TITLE) }).waitFor();
}

export interface RegulatedClocks {
  /** The incident's "Regulatory clocks" region. */
  readonly clocks: Locator;
  readonly gdpr: Locator;
  readonly aiAct: Locator;
}

/**
 * On the incident's page: answers "provider of a high-risk AI system" with yes and names a Belgian authority, so
 * GDPR (suggested by the personal-data flag) and the AI Act apply; `beforeApply` may look at the open dialog
 * first. Returns once both clocks count down (GDPR in hours, the AI Act in 14–15 days).
 */
export async function applyGdprAndAiAct(
  page: Page,
  beforeApply?: (applicability: Locator) => Promise<void>,
): Promise<RegulatedClocks> {
  const clocks = page.getByRole('region', { name: 'Regulatory clocks' });
  await clocks.getByRole('button', { name: 'Which regimes apply?' }).click();
  const applicability = page.getByRole('dialog', { name: 'Which regimes apply?' });
  await applicability
    .getByRole('group', { name: /provider of a high-risk AI system/ })
    .getByRole('radio', { name: 'Yes' })
    .check({ force: true });
  await applicability.getByLabel('Authority’s country').fill('BE');
  await applicability.getByLabel('Authority’s time zone').fill('Europe/Brussels');
  await beforeApply?.(applicability);
  await applicability.getByRole('button', { name: 'Apply answers' }).click();
  await applicability.waitFor({ state: 'detached' });
  const deadlines = clocks.getByRole('list', { name: 'Deadlines' });
  const gdpr = deadlines.getByRole('listitem', { name: /^GDPR/ });
  const aiAct = deadlines.getByRole('listitem', { name: /^EU AI Act/ });
  await gdpr.getByText(/h \d+ min left$/).waitFor();
  await aiAct.getByText(/^1[45] d \d+ h \d+ min left$/).waitFor();
  return { clocks, gdpr, aiAct };
}

/** Records that a person died; waits for the AI Act clock to show 10 days and its history both values and why. */
export async function recordDeath(page: Page, { clocks, aiAct }: RegulatedClocks): Promise<void> {
  await clocks.getByRole('button', { name: 'Record facts' }).click();
  const facts = page.getByRole('dialog', { name: 'Record facts for the clocks' });
  await facts
    .getByRole('group', { name: 'A person died' })
    .getByRole('radio', { name: 'Yes' })
    .check({ force: true });
  await facts.getByRole('button', { name: 'Record facts' }).click();
  await facts.waitFor({ state: 'detached' });
  await aiAct.getByText(/^(9|10) d \d+ h \d+ min left$/).waitFor();
  await aiAct.getByText('History of this deadline (2)').click();
  await aiAct.getByText('Facts changed: A person died: not known → yes').waitFor();
}

/** Makes `name` the incident's legal advisor (the role that approves filings and messages). */
export async function assignLegalAdvisor(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add role' }).click();
  const role = page.getByRole('dialog', { name: 'Assign a role' });
  await role.getByLabel('Role').fill('Legal advisor');
  await role.getByLabel('Primary').fill(name);
  await role.getByRole('button', { name: /^Assign/ }).click();
  await role.waitFor({ state: 'detached' });
}
