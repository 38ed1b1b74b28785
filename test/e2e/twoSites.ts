/**
 * The two-site set-up the bundle tests share: LON and BER as two browser profiles on two test hosts, BER's age
 * recipient, an incident declared at LON with an evidence file, and a bundle of it written for a partner.
 */
import { createHash } from 'node:crypto';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { addEvidenceFiles, onboard, openConsole, type Console } from './harness';

export interface EvidenceFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

/** Writes `megabytes` of patterned bytes to `<dir>/gateway.log` (each 4 KiB block starts with its offset). */
export async function writeEvidenceFile(dir: string, megabytes: number): Promise<EvidenceFile> {
  const path = join(dir, 'gateway.log');
  const bytes = Buffer.alloc(megabytes * 1024 * 1024);
  for (let index = 0; index < bytes.length; index += 4096) bytes.writeUInt32LE(index, index);
  await writeFile(path, bytes);
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

export interface TwoSites {
  readonly lon: Console;
  readonly ber: Console;
  /** BER's age recipient, as its bundles screen shows it. */
  readonly berRecipient: string;
}

/**
 * Opens LON and BER (each pushed to `opened` so the caller's afterEach closes them), onboards BER as Jonas Weber and
 * reads its age recipient. LON is left at onboarding.
 */
export async function openTwoSites(opened: Console[], screenshotDir: string): Promise<TwoSites> {
  const lon = await openConsole();
  opened.push(lon);
  const ber = await openConsole();
  opened.push(ber);
  await onboard(ber.page, 'Jonas Weber', 'Incident commander', 'BER');
  // The sidebar shows once onboarding has finished; going there by the link waits for it.
  await ber.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Sync bundles/ })
    .click();
  // The site's age identity is made on first use; a cold first run of the suite once needed more than 30 s here.
  const own = ber.page.getByLabel('This site’s age recipient');
  await own.waitFor({ timeout: 90_000 }).catch(async (error: unknown) => {
    await ber.page.screenshot({ path: join(screenshotDir, 'failed-own-recipient.png'), fullPage: true });
    throw new Error(`No age recipient on the bundles screen: ${await ber.page.locator('main').innerText()}`, {
      cause: error,
    });
  });
  const berRecipient = (await own.textContent()) ?? '';
  expect(berRecipient).toMatch(/^age1/);
  return { lon, ber, berRecipient };
}

/** Onboards the site as its default person, declares a SEV2 prompt-injection incident and adds the evidence file. */
export async function declareWithEvidence(site: Console, title: string, summary: string, evidencePath: string) {
  const page = site.page;
  await onboard(page);
  await page.getByRole('button', { name: 'Declare incident' }).first().click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill(summary);
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: /SEV2 — High/ }).check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await addEvidenceFiles(page, [evidencePath]);
  await page
    .getByRole('list', { name: 'Evidence items' })
    .getByRole('link', { name: 'gateway.log' })
    .waitFor({ timeout: 180_000 });
}

async function newestBundle(site: Console): Promise<string> {
  const names = (await readdir(site.outputDir)).filter((name) => name.endsWith('.fbundle.age'));
  const dated = await Promise.all(
    names.map(async (name) => ({ name, at: (await stat(join(site.outputDir, name))).mtimeMs })),
  );
  return join(site.outputDir, dated.sort((x, y) => x.at - y.at).at(-1)!.name);
}

/**
 * Writes a bundle of the one incident (its title matching `title`) for `partner`, encrypted to its recipient, and
 * resolves with its path. `onPreview` runs while the export preview is shown (for a screenshot).
 */
export async function sendIncident(
  from: Console,
  title: RegExp,
  partner: string,
  recipient: string,
  onPreview?: (page: Page) => Promise<void>,
): Promise<string> {
  const page = from.page;
  const before = (await readdir(from.outputDir).catch(() => [])).length;
  await page.goto(`${from.url}#/bundles`);
  await page.getByRole('checkbox', { name: title }).check();
  await page.getByLabel('Partner site code').fill(partner);
  await page.getByLabel('Recipient (age1…)').fill(recipient);
  await page.getByRole('button', { name: 'Preview bundle' }).click();
  await page.getByRole('table', { name: 'What the bundle will carry' }).waitFor();
  await onPreview?.(page);
  await page.getByRole('button', { name: 'Write bundle' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /saved to/ })
    .waitFor({ timeout: 180_000 });
  expect((await readdir(from.outputDir)).length).toBe(before + 1);
  return newestBundle(from);
}
