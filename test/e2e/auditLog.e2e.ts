/**
 * The audit log in view, end to end: after onboarding, creating a certificate and declaring an incident, the "Audit
 * log" screen lists every entry, verifies the chain beside it, filters by subject kind, action and text, opens an
 * entry's hashes, exports the filtered view as CSV (every row, full hashes) and as a signed audit-log report that
 * pdfsig and `npm run verify` accept and that carries the filter and the verification result. An entry altered
 * directly in IndexedDB is then found by "Verify again". Screenshots (1280×800, light and dark) go to /tmp/audit/.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';
import { expectSignedByInstallation, onlyExportedPdf, signAndExport } from './signedReport';

const SHOTS = '/tmp/audit';
let app: Console | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

function nav(page: Page, name: RegExp) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
}

async function entryCount(page: Page): Promise<number> {
  const text = (await page.getByRole('heading', { name: 'Audit log', level: 1 }).locator('..').textContent()) ?? '';
  return Number(/([\d,]+) entr/.exec(text)?.[1]?.replaceAll(',', '') ?? Number.NaN);
}

describe('audit log viewer', () => {
  it('lists, filters, verifies and exports the audit log as CSV and a signed report', async () => {
    app = await openConsole({ viewport: { width: 1280, height: 800 } });
    const { page, outputDir } = app;
    await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
    await onboard(page, 'Dana Reyes', 'Incident commander');

    await nav(page, /Settings/).click();
    await page.getByLabel('Name on the certificate').fill('Dana Reyes');
    await page.getByLabel('Organisation').fill('Northwind');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await page.getByText('Certificate SHA-256').first().waitFor();
    const fingerprint = (await page.locator('.signing-facts code.fingerprint').first().textContent()) ?? '';

    await nav(page, /Declare/).click();
    await page.getByLabel('Title').fill('Support bot follows injected instructions');
    await page.getByLabel('Summary').fill('Seen by monitoring.');
    await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
    await page.getByRole('radio', { name: /SEV2 — High/ }).check();
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { name: 'Support bot follows injected instructions' }).waitFor();

    await nav(page, /Audit log/).click();
    const chain = page.getByRole('region', { name: 'Chain verification' });
    await chain
      .getByText(/Intact: all \d+ entries link/)
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: '/tmp/audit/failed.png' });
        throw error;
      });
    const list = page.getByRole('list', { name: 'Audit log entries' });
    const total = await entryCount(page);
    expect(total).toBeGreaterThan(3);
    await expect(chain.getByText(`Intact: all ${total} entries`, { exact: false }).count()).resolves.toBe(1);
    await expect(list.getAttribute('data-result-count')).resolves.toBe(String(total));
    await mkdir(SHOTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SHOTS, `audit-log-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // The incident's creation: one entry, by Dana Reyes, with no value before it.
    await page.getByLabel('Subject kind').selectOption('incident');
    await page.getByLabel('Action').selectOption({ label: 'Created' });
    await list.and(page.locator('[data-result-count="1"]')).waitFor();
    const created = list.getByRole('button', { name: /^Entry \d+ .* Dana Reyes Created incident / });
    await created.click();
    const seq = Number(/^Entry (\d+)$/.exec((await created.locator('.audit-cell-seq').textContent()) ?? '')?.[1]);
    const details = page.getByRole('region', { name: `Entry ${seq}` });
    await details.getByText('None: this entry created the record').waitFor();
    await expect(details.locator('code').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^[0-9a-f]{64}$/)]),
    );
    await page.screenshot({ path: join(SHOTS, 'audit-log-filtered.png') });

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await list.and(page.locator(`[data-result-count="${total}"]`)).waitFor();
    await page.getByLabel('Search the audit log').fill('nothing like this');
    await page.getByRole('heading', { name: 'No entry matches' }).waitFor();
    await page.getByLabel('Search the audit log').fill('');

    // CSV of the incident entries.
    await page.getByLabel('Subject kind').selectOption('incident');
    // The count is read once the list shows the filtered view (the signing certificate and profile are not incidents).
    await list.and(page.locator(`[data-result-count]:not([data-result-count="${total}"])`)).waitFor();
    const incidentEntries = await entryCount(page);
    expect(incidentEntries).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page.getByText(/Saved .*audit-log-\d{4}-\d{2}-\d{2}\.csv/).waitFor();
    const csvName = (await readdir(outputDir)).find((name) => name.endsWith('.csv'))!;
    const csv = (await readFile(join(outputDir, csvName), 'utf8')).trimEnd().split('\r\n');
    expect(csv[0]).toBe(
      'seq,at,actor,actor_id,action,subject_kind,subject_id,before_hash,after_hash,prev_entry_hash,entry_hash',
    );
    expect(csv).toHaveLength(incidentEntries + 1);
    expect(csv.slice(1).every((line) => line.split(',')[5] === 'incident')).toBe(true);

    // The signed report of the same view.
    await page.getByRole('button', { name: 'Audit log report' }).click();
    await page.getByRole('region', { name: 'Report preview' }).waitFor({ timeout: 90_000 });
    await signAndExport(page);
    const path = await onlyExportedPdf(outputDir, /^AUDIT-\d{4}-\d{2}-\d{2} audit log report\.pdf$/);
    const signed = await expectSignedByInstallation(path, fingerprint, {
      reportType: 'audit-log-report',
      subject: { kind: 'audit' },
    });
    const text = signed.text.replace(/\s+/g, ' ');
    expect(text).toContain('Chain verification');
    expect(text).toContain(`Intact: all ${total} entries link`);
    expect(text).toContain('subject kind: incident');
    expect(text).toContain(`${incidentEntries} of ${total} entries match`);
    spawnSync('pdftoppm', ['-r', '60', '-png', path, join(SHOTS, 'report-page')]);
    await page.keyboard.press('Escape');

    // An entry altered behind Firebreak's back is found.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('firebreak');
          open.onerror = () => reject(new Error('open failed'));
          open.onsuccess = () => {
            const tx = open.result.transaction('auditLog', 'readwrite');
            const store = tx.objectStore('auditLog');
            const get = store.get(2);
            get.onsuccess = () => store.put({ ...get.result, actor: 'Someone else' });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await chain.getByRole('button', { name: 'Verify again' }).click();
    await chain.getByText('Broken at entry 2: Entry 2 was altered after it was written.').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'audit-log-broken.png') });

    expect(app.requests.filter((url) => !url.startsWith(app!.origin))).toEqual([]);
  });
});
