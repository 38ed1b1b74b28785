/**
 * The metrics dashboard end to end: two incidents are declared (SEV2, closed; SEV1, open); the dashboard counts the
 * closed one's time to close in the SEV2 bucket and this month, leaves the open one out of "Time to close" and says
 * so, shows each chart's data as a table and saves it as CSV; the metrics report is exported signed and verifies
 * with pdfsig and `npm run verify`. Screenshots (light and dark) and the report's pages go to /tmp/metrics/.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';
import { expectSignedByInstallation, onlyExportedPdf, signAndExport } from './signedReport';

const SHOTS = '/tmp/metrics';
let app: Console | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function declare(page: Page, title: string, severity: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Declare/ })
    .click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill(`${title}: seen by monitoring.`);
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: severity }).check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

function nav(page: Page, name: RegExp) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
}

describe('metrics dashboard', () => {
  it('counts a closed incident in its bucket, shows tables and CSV, and exports a signed metrics report', async () => {
    app = await openConsole();
    const { page, outputDir } = app;
    await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
    await onboard(page, 'Dana Reyes', 'Incident commander');

    await nav(page, /Metrics/).click();
    await page.getByRole('heading', { name: 'No incidents to measure' }).waitFor();

    await nav(page, /Settings/).click();
    await page.getByLabel('Name on the certificate').fill('Dana Reyes');
    await page.getByLabel('Organisation').fill('Northwind');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await page.getByText('Certificate SHA-256').first().waitFor();
    const fingerprint = (await page.locator('.signing-facts code.fingerprint').first().textContent()) ?? '';

    await declare(page, 'Support bot follows injected instructions', /SEV2 — High/);
    // Closing needs a completed post-incident review or a recorded waiver.
    await page.getByRole('button', { name: 'Record waiver' }).click();
    const waiver = page.getByRole('dialog');
    await waiver.getByLabel('Reason for the waiver').fill('Measured by the metrics test; no review needed.');
    await waiver.getByLabel('Approved by').selectOption({ index: 1 });
    await waiver.getByRole('button', { name: 'Record waiver' }).click();
    await waiver.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Change phase' }).click();
    await page.getByLabel('New phase').selectOption({ label: 'Closed' });
    await page.getByRole('button', { name: 'Confirm phase change' }).click();
    await page
      .getByRole('list', { name: /Timeline entries/ })
      .getByText(/to Closed\./)
      .waitFor();
    await declare(page, 'Claims model drifts overnight', /SEV1 — Critical/);

    await nav(page, /Metrics/).click();
    await page.getByRole('status').filter({ hasText: '2 incidents counted.' }).waitFor();
    const responseTimes = page.getByRole('table', { name: 'Response times of the incidents counted' });
    const closeRow = responseTimes.getByRole('row', { name: /^Time to close/ });
    // Counted 1 (the closed SEV2), left out 1 (the open SEV1).
    await expect(closeRow.getByRole('cell').allTextContents()).resolves.toEqual(['1', '1', '0 min', '0 min']);
    await expect(
      responseTimes.getByText(/From the declaration to the moment the incident entered the closed/).count(),
    ).resolves.toBe(1);

    // The breakdown by severity: the closed incident is SEV2's one counted close.
    const bySeverity = page.getByRole('table', { name: 'Metrics by severity' });
    const sev2 = await bySeverity.getByRole('row', { name: /^SEV2/ }).getByRole('cell').allTextContents();
    const header = await bySeverity.getByRole('columnheader').allTextContents();
    const cell = (name: string) => sev2[header.indexOf(name) - 1];
    expect([cell('Incidents'), cell('Time to close: median (h)'), cell('Time to close: left out')]).toEqual([
      '1',
      '0',
      '0',
    ]);
    const sev1 = await bySeverity.getByRole('row', { name: /^SEV1/ }).getByRole('cell').allTextContents();
    expect([sev1[header.indexOf('Incidents') - 1], sev1[header.indexOf('Time to close: left out') - 1]]).toEqual([
      '1',
      '1',
    ]);

    // Each chart has its data as a table: this month holds both incidents.
    const perMonth = page.getByRole('region', { name: 'Incidents per month' });
    await perMonth.getByText('Data table').click();
    // The month in the browser's zone (the harness runs it in Europe/Berlin), not the test runner's: around midnight
    // UTC the two name different months.
    const month = await page.evaluate(() => new Date().toLocaleString('en-GB', { month: 'short', year: 'numeric' }));
    const monthRow = perMonth.getByRole('table').getByRole('row', { name: new RegExp(`^${month}`) });
    await monthRow.waitFor();
    await expect(monthRow.getByRole('cell').allTextContents()).resolves.toEqual(['2']);
    const closeBySeverity = page.getByRole('region', { name: 'Time to close by severity' });
    await closeBySeverity.getByText('Data table').click();
    await closeBySeverity.getByRole('table').getByRole('row', { name: /^SEV2/ }).waitFor();
    await expect(
      closeBySeverity.getByRole('table').getByRole('row', { name: /^SEV2/ }).getByRole('cell').allTextContents(),
    ).resolves.toEqual(['0', '0']);
    await expect(page.locator('.chart-drawing svg.recharts-surface').count()).resolves.toBe(4);
    await page
      .getByRole('region', { name: 'Checklist steps overdue' })
      .getByText('Nothing to chart for this filter.')
      .waitFor();
    await page.getByRole('region', { name: 'Checklist steps overdue' }).waitFor();
    await shoot(page, 'dashboard');

    // A chart's tooltip takes the theme: in dark it is a dark surface with light text, never white on white.
    await page.emulateMedia({ colorScheme: 'dark' });
    const drawing = perMonth.locator('.chart-drawing');
    await drawing.scrollIntoViewIfNeeded();
    const box = await drawing.boundingBox();
    if (!box) throw new Error('The Incidents per month chart is not on screen.');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = perMonth.locator('.recharts-default-tooltip');
    await tooltip.waitFor();
    const colours = await tooltip.evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, text: style.color };
    });
    expect(colours.background).not.toBe('rgb(255, 255, 255)');
    expect(colours.text).not.toBe(colours.background);
    await page.mouse.move(0, 0);
    await page.emulateMedia({ colorScheme: 'light' });

    await perMonth.getByRole('button', { name: 'Download Incidents per month as CSV' }).click();
    await page.getByText(/Saved .*incidents-per-month\.csv/).waitFor();
    const csv = await readFile(join(outputDir, 'incidents-per-month.csv'), 'utf8');
    expect(csv).toBe(`Month,Incidents (incidents)\r\n${month},2\r\n`);

    // Filters: SEV1 only leaves the open incident, with nothing closed to measure.
    await page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: /SEV1/ }).check();
    await page.getByRole('status').filter({ hasText: '1 incident counted.' }).waitFor();
    await expect(closeRow.getByRole('cell').allTextContents()).resolves.toEqual(['0', '1', '—', '—']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('status').filter({ hasText: '2 incidents counted.' }).waitFor();

    await page.getByRole('button', { name: 'Metrics report' }).click();
    const preview = page.getByRole('region', { name: 'Report preview' });
    await preview.waitFor({ timeout: 90_000 });
    await signAndExport(page);
    await page.screenshot({ path: join(SHOTS, 'report-exported.png') });

    const path = await onlyExportedPdf(outputDir, /^METRICS-\d{4}-\d{2}-\d{2} metrics report\.pdf$/);
    const { text } = await expectSignedByInstallation(path, fingerprint, {
      reportType: 'metrics-report',
      subject: { kind: 'metrics' },
    });
    expect(text).toContain('Time to close');
    expect(text).toContain('Incidents per month');
    spawnSync('pdftoppm', ['-r', '60', '-png', path, join(SHOTS, 'report-page')]);

    expect(app.requests.filter((url) => !url.startsWith(app!.origin))).toEqual([]);
  });
});
