/**
 * The demo shows the whole product (issue 14, part): the live SEV1 incident opens with its evidence, a runbook in
 * progress, its response team, observables (one seen in another incident) and a link; the linked incident shows the
 * inverse. Screenshots (1280×800) go to /tmp/observe/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, it } from 'vitest';
import { openConsole, startDemo, type Console } from './harness';

const SHOTS = '/tmp/observe';
let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function shoot(page: Page, target: Locator, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe('demo data', () => {
  it('opens the live incident with evidence, runbook progress, team, observables and links', async () => {
    app = await openConsole({ query: 'demo=1', viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await startDemo(page);
    const list = page.getByRole('list', { name: 'Incidents' });
    await page.locator('[data-result-count="16"]').waitFor({ timeout: 30_000 });
    await list.getByRole('link', { name: /Indirect prompt injection in patient-support assistant/ }).click();
    await page.getByRole('heading', { name: /Indirect prompt injection in patient-support assistant/ }).waitFor();

    const evidence = page.getByRole('list', { name: 'Evidence items' });
    await evidence.getByRole('link', { name: 'care-assist-gateway.log' }).waitFor();
    await evidence.getByRole('link', { name: 'session-7f3a-transcript.json' }).waitFor();
    await page.getByRole('region', { name: 'Response team' }).getByText('Amara Osei').first().waitFor();

    const observables = page.getByRole('region', { name: 'Observables' });
    await observables.getByText(/Seen in 1 other incident: INC-/).waitFor();
    await observables.getByText('northwind/care-assist-7b@2026.10').waitFor();
    await shoot(page, observables, 'demo-observables');

    const links = page.getByRole('region', { name: 'Linked incidents' });
    await links.getByText('Related to').waitFor();
    await shoot(page, page.getByRole('heading', { name: /Indirect prompt injection/ }), 'demo-incident-top');
    await shoot(page, links, 'demo-links');

    await links.getByRole('link', { name: /INC-/ }).click();
    await page.getByRole('heading', { name: /Shop assistant jailbroken/ }).waitFor();
    await page.getByRole('region', { name: 'Linked incidents' }).getByText('Related to').waitFor();
    await page
      .getByRole('region', { name: 'Observables' })
      .getByText(/Seen in 1 other incident/)
      .waitFor();
  });
});
