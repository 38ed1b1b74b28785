/**
 * Sync bundles with two browser profiles (two sites, two test hosts): LON declares an incident with an evidence file
 * (FIREBREAK_BUNDLE_E2E_MB, 8 MB by default; the issue's 300 MB run sets it to 300), writes a bundle encrypted to
 * BER's age recipient; BER chooses the file, sees the unknown signer with its fingerprint, trusts it, sees the
 * preview, imports; the incident and the evidence (same SHA-256, custody ending "Imported from bundle … site LON")
 * are then on BER. Then both sites edit the incident — both change its severity (a legal-weight field), LON its
 * summary, BER its title — and bundles go both ways (LON trusts BER on first sight): the severity is a conflict listed
 * on both sites' Conflicts with both values, who set them and when; LON keeps one with a reason (audited), sends it,
 * and both sites converge with no conflict left; the evidence re-hashes intact with its custody chain intact on both.
 * Screenshots go to /tmp/bundles/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Console } from './harness';
import { declareWithEvidence, openTwoSites, sendIncident, writeEvidenceFile } from './twoSites';

const SHOTS = '/tmp/bundles';
const EVIDENCE_MB = Number(process.env.FIREBREAK_BUNDLE_E2E_MB ?? 8);
const opened: Console[] = [];
let workDir: string | undefined;

async function recipientOf(site: Console): Promise<string> {
  await site.page.goto(`${site.url}#/bundles`);
  const own = site.page.getByLabel('This site’s age recipient');
  await own.waitFor({ timeout: 90_000 });
  return (await own.textContent()) ?? '';
}

/** Chooses the bundle on the receiving site, trusts its signer if asked, imports it; resolves with the result line. */
async function receive(to: Console, bundlePath: string): Promise<string> {
  const page = to.page;
  await page.goto(`${to.url}#/bundles`);
  await page.getByLabel('Bundle file').setInputFiles(bundlePath);
  const prompt = page.getByRole('alertdialog', { name: 'Unknown signer' });
  const preview = page.getByRole('table', { name: 'What importing would do' });
  await prompt.or(preview).first().waitFor({ timeout: 180_000 });
  if (await prompt.isVisible()) await prompt.getByRole('button', { name: 'Trust and continue' }).click();
  await preview.waitFor();
  await page.getByRole('button', { name: 'Import bundle' }).click();
  const done = page.getByRole('status').filter({ hasText: /^Imported bundle/ });
  await done.waitFor({ timeout: 180_000 });
  return (await done.textContent()) ?? '';
}

async function openIncident(site: Console, title: RegExp): Promise<void> {
  await site.page.goto(`${site.url}#/incidents`);
  await site.page.getByRole('link', { name: title }).first().click();
  await site.page.getByRole('button', { name: 'Edit incident' }).waitFor();
}

/** The severity conflict as the Conflicts section shows it: each value with who set it. */
async function severityConflict(page: Page): Promise<string> {
  const conflict = page.getByRole('article', { name: /^Severity of / });
  await conflict.waitFor({ timeout: 60_000 });
  return (await conflict.textContent()) ?? '';
}

async function verifyEvidence(site: Console, sha256: string): Promise<void> {
  const page = site.page;
  await page.goto(`${site.url}#/evidence`);
  await page.getByRole('link', { name: 'gateway.log' }).click();
  await page.getByText(sha256).first().waitFor();
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await page.getByText('gateway.log verified intact.').waitFor({ timeout: 120_000 });
  await page.getByText('Chain intact').first().waitFor();
}

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('sync bundles between two sites', () => {
  it(
    'sends an incident with evidence from LON to BER, then edits at both sites meet: a conflict resolved, both converge',
    { timeout: 900_000 },
    async () => {
      await mkdir(SHOTS, { recursive: true });
      workDir = await mkdtemp(join(tmpdir(), 'firebreak-bundles-e2e-'));
      const evidence = await writeEvidenceFile(workDir, EVIDENCE_MB);
      const sha256 = evidence.sha256;
      const { lon, ber, berRecipient: recipient } = await openTwoSites(opened, SHOTS);

      const a = lon.page;
      await declareWithEvidence(
        lon,
        'Support bot leaks its system prompt',
        'The assistant revealed its system prompt after an injected instruction.',
        evidence.path,
      );
      const firstBundle = await sendIncident(lon, /Support bot leaks its system prompt/, 'BER', recipient, async (page) => {
        await page.screenshot({ path: join(SHOTS, 'export-chooser.png'), fullPage: true });
        await page.getByRole('group', { name: 'What to send' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, 'export-chooser-top.png'), fullPage: true });
      });

      const b = ber.page;
      await b.getByLabel('Bundle file').setInputFiles(firstBundle);
      const prompt = b.getByRole('alertdialog', { name: 'Unknown signer' });
      await prompt.waitFor({ timeout: 180_000 });
      expect(await prompt.textContent()).toContain('LON');
      await prompt.scrollIntoViewIfNeeded();
      await b.screenshot({ path: join(SHOTS, 'trust-prompt.png'), fullPage: true });
      await prompt.getByRole('button', { name: 'Trust and continue' }).click();
      await b.getByRole('table', { name: 'What importing would do' }).waitFor();
      expect(await b.getByRole('list', { name: 'Incidents in the bundle' }).textContent()).toContain('added');
      await b.getByRole('button', { name: 'Import bundle' }).scrollIntoViewIfNeeded();
      await b.screenshot({ path: join(SHOTS, 'import-preview.png'), fullPage: true });
      await b.getByRole('button', { name: 'Import bundle' }).click();
      await b
        .getByRole('status')
        .filter({ hasText: /^Imported bundle/ })
        .waitFor({ timeout: 180_000 });
      await b.screenshot({ path: join(SHOTS, 'conflicts-and-result.png'), fullPage: true });

      await b.goto(`${ber.url}#/evidence`);
      await b.getByRole('link', { name: 'gateway.log' }).click();
      await b.getByText(sha256).first().waitFor();
      await b
        .getByText(/Imported from bundle .*, site LON/)
        .first()
        .waitFor();

      // Both sites edit the incident they now share: the severity at both (legal weight), an ordinary field at each.
      await openIncident(lon, /Support bot leaks its system prompt/);
      await a.getByRole('button', { name: 'Edit incident' }).click();
      await a.getByRole('radio', { name: /SEV1/ }).check();
      await a.getByLabel('Summary').fill('Rewritten at LON: the prompt reached two customer tenants.');
      await a.getByRole('button', { name: 'Save changes' }).click();
      await a.getByText('Rewritten at LON: the prompt reached two customer tenants.').first().waitFor();

      await openIncident(ber, /Support bot leaks its system prompt/);
      await b.getByRole('button', { name: 'Edit incident' }).click();
      await b.getByRole('radio', { name: /SEV4/ }).check();
      await b.getByLabel('Title').fill('Support bot prompt leak, test tenants only');
      await b.getByRole('button', { name: 'Save changes' }).click();
      const lower = b.getByRole('dialog', { name: /^Lower the severity from SEV2 to SEV4\?$/ });
      await lower.getByLabel('Why the severity is lowered').fill('BER found only internal test tenants.');
      await lower.getByRole('button', { name: 'Lower severity and save' }).click();
      await b.getByRole('heading', { name: /Support bot prompt leak, test tenants only/ }).waitFor();

      // Bundles both ways: BER → LON (LON trusts BER on first sight), LON → BER.
      const lonRecipient = await recipientOf(lon);
      const fromBer = await sendIncident(ber, /Support bot prompt leak, test tenants only/, 'LON', lonRecipient);
      const fromLon = await sendIncident(lon, /Support bot leaks its system prompt/, 'BER', recipient);
      expect(await receive(lon, fromBer)).toMatch(/from BER: .* 1 new conflicts\.$/);
      expect(await receive(ber, fromLon)).toMatch(/from LON: .* 1 new conflicts\.$/);

      // The conflict, listed at both sites with both values, who set them and when.
      for (const site of [lon, ber]) {
        await site.page.goto(`${site.url}#/bundles`);
        const shown = await severityConflict(site.page);
        expect(shown).toMatch(/SEV4.*Jonas Weber.*\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d CET/);
        expect(shown).toMatch(/SEV1.*Dana Reyes.*\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d CET/);
      }
      const conflictOnLon = a.getByRole('article', { name: /^Severity of / });
      await conflictOnLon.scrollIntoViewIfNeeded();
      await a.screenshot({ path: join(SHOTS, 'conflicts.png'), fullPage: true });
      await b.emulateMedia({ colorScheme: 'dark' });
      await b.getByRole('article', { name: /^Severity of / }).scrollIntoViewIfNeeded();
      await b.screenshot({ path: join(SHOTS, 'conflicts-dark.png'), fullPage: true });

      // LON keeps SEV1 with a reason: an audited write; then LON's bundle carries the resolution to BER.
      await conflictOnLon.getByLabel('Reason for the severity chosen').fill('Two customer tenants were reached.');
      await conflictOnLon.getByRole('button', { name: 'Keep SEV1 set by Dana Reyes' }).click();
      await a.getByRole('heading', { name: 'No conflicts' }).waitFor();
      await a.goto(`${lon.url}#/audit-log`);
      await a.getByLabel('Subject kind').selectOption('syncConflict');
      const resolved = a.getByRole('list', { name: 'Audit log entries' }).getByRole('listitem');
      await resolved.first().waitFor();
      expect(await resolved.count()).toBe(1);
      expect(await resolved.first().textContent()).toMatch(/sync conflict/);
      expect(await receive(ber, await sendIncident(lon, /Support bot prompt leak/, 'BER', recipient))).toMatch(
        /from LON: .* 0 new conflicts\.$/,
      );
      await b.goto(`${ber.url}#/bundles`);
      await b.getByRole('heading', { name: 'No conflicts' }).waitFor();

      // Converged: the same title, summary and severity at both sites; evidence and custody verify on both.
      for (const site of [lon, ber]) {
        await openIncident(site, /Support bot prompt leak, test tenants only/);
        await site.page.getByText('Rewritten at LON: the prompt reached two customer tenants.').first().waitFor();
        await site.page.getByText('SEV1', { exact: false }).first().waitFor();
        await verifyEvidence(site, sha256);
      }
    },
  );
});
