/**
 * A killed import leaves the database exactly as it was. LON sends an incident with a sizeable evidence file
 * (FIREBREAK_BUNDLE_KILL_MB, 24 MB — three 8 MB chunks — by default) to BER; BER trusts the signer (written only with the import), previews
 * and starts importing; once evidence chunks are being staged the renderer process is crashed (CDP `Page.crash`).
 * A new page on the same profile starts, removes the abandoned staging, and every object store is as before the import
 * (same rows, no evidence content, no staged chunks, the signer still untrusted); the import then succeeds.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Console } from './harness';
import { declareWithEvidence, openTwoSites, sendIncident, writeEvidenceFile } from './twoSites';

const SHOTS = '/tmp/bundles';
const EVIDENCE_MB = Number(process.env.FIREBREAK_BUNDLE_KILL_MB ?? 24);
const opened: Console[] = [];
let workDir: string | undefined;

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
  workDir = undefined;
});

/** Every object store of the site's database: its row count and, but for chunk bytes, its rows as JSON. */
function dumpDatabase(page: Page): Promise<Record<string, { count: number; rows: string }>> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((info) => info.name!).filter((name) => /firebreak/i.test(name));
    const dumped: Record<string, { count: number; rows: string }> = {};
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        dumped[`${name}/${store}`] = {
          count: rows.length,
          rows: JSON.stringify(rows, (_key, value: unknown) =>
            value instanceof ArrayBuffer ? `${value.byteLength} bytes` : value,
          ),
        };
      }
      db.close();
    }
    return dumped;
  });
}

async function chooseAndPreview(page: Page, bundlePath: string): Promise<void> {
  await page.getByLabel('Bundle file').setInputFiles(bundlePath);
  const prompt = page.getByRole('alertdialog', { name: 'Unknown signer' });
  await prompt.waitFor({ timeout: 180_000 });
  await prompt.getByRole('button', { name: 'Trust and continue' }).click();
  await page.getByRole('table', { name: 'What importing would do' }).waitFor({ timeout: 120_000 });
}

describe('an import killed midway', () => {
  it('leaves the database exactly as before, and the import then succeeds', { timeout: 900_000 }, async () => {
    await mkdir(SHOTS, { recursive: true });
    workDir = await mkdtemp(join(tmpdir(), 'firebreak-bundle-kill-'));
    const evidence = await writeEvidenceFile(workDir, EVIDENCE_MB);
    const { sha256, size } = evidence;
    const { lon, ber, berRecipient } = await openTwoSites(opened, SHOTS);
    await declareWithEvidence(
      lon,
      'Model weights copied to an unknown host',
      'A weights file left the training cluster.',
      evidence.path,
    );
    const bundlePath = await sendIncident(lon, /Model weights copied/, 'BER', berRecipient);

    const b = ber.page;
    await chooseAndPreview(b, bundlePath);
    const before = await dumpDatabase(b);
    expect(Object.keys(before).length).toBeGreaterThan(10);
    // Evidence is read from the host two chunks ahead of the writes, and a fast import would reach its transaction
    // before the kill: the host's answers for the third chunk on are held, so the import stops partway, for sure.
    let evidenceReads = 0;
    await b.route(
      (url) => url.pathname.endsWith('importEvidence'),
      async (route) => {
        evidenceReads += 1;
        if (evidenceReads <= 2) await route.continue();
      },
    );
    await b.getByRole('button', { name: 'Import bundle' }).click();
    // Kill the renderer once some evidence chunks are staged (the progress bar has moved), before the transaction.
    const progress = b.getByRole('progressbar', { name: 'Importing evidence' });
    await progress.waitFor({ timeout: 120_000 });
    await b.waitForFunction(
      () => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0) > 0,
      undefined,
      { timeout: 120_000, polling: 20 },
    );
    const staged = Number(await progress.getAttribute('aria-valuenow'));
    expect(staged).toBeGreaterThan(0);
    expect(staged).toBeLessThan(size);
    const cdp = await ber.context.newCDPSession(b);
    const crashed = new Promise((resolve) => b.once('crash', resolve));
    // Page.crash never answers: the renderer is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;

    // Reopen on the same profile: the abandoned staging is removed at start and every store is as it was.
    const again = await ber.context.newPage();
    await b.close().catch(() => undefined);
    await again.goto(`${ber.url}#/bundles`);
    await again.getByLabel('Bundle file').waitFor({ timeout: 90_000 });
    await expect
      .poll(async () => JSON.stringify(await dumpDatabase(again)), { timeout: 60_000, interval: 500 })
      .toBe(JSON.stringify(before));
    const after = await dumpDatabase(again);
    const contentStore = Object.keys(after).find((name) => name.endsWith('/evidenceContent'))!;
    const chunkStore = Object.keys(after).find((name) => name.endsWith('/evidenceChunks'))!;
    expect(after[contentStore]!.count).toBe(0);
    expect(after[chunkStore]!.count).toBe(0);
    await again.screenshot({ path: join(SHOTS, 'after-kill-reopened.png'), fullPage: true });

    // The same bundle then imports (the signer is asked about again: trusting it died with the killed import).
    await chooseAndPreview(again, bundlePath);
    await again.getByRole('button', { name: 'Import bundle' }).click();
    await again
      .getByRole('status')
      .filter({ hasText: /^Imported bundle/ })
      .waitFor({ timeout: 180_000 });
    await again.goto(`${ber.url}#/evidence`);
    await again.getByRole('link', { name: 'gateway.log' }).click();
    await again.getByText(sha256).first().waitFor();
    await again.getByRole('button', { name: 'Verify', exact: true }).click();
    await again.getByText('gateway.log verified intact.').waitFor({ timeout: 120_000 });
  });
});
