/**
 * Sync bundles with two browser profiles (two sites, two test hosts): LON declares an incident with an evidence file
 * (FIREBREAK_BUNDLE_E2E_MB, 8 MB by default; the 300 MB run sets it to 300), writes a bundle encrypted to
 * BER's age recipient; BER chooses the file, sees the unknown signer with its fingerprint, trusts it, sees the
 * preview, imports; the incident and the evidence (same SHA-256, custody ending "Imported from bundle … site LON")
 * are then on BER. Screenshots go to /tmp/bundles/.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console, addEvidenceFiles } from './harness';

const SHOTS = '/tmp/bundles';
const EVIDENCE_MB = Number(process.env.FIREBREAK_BUNDLE_E2E_MB ?? 8);
const opened: Console[] = [];
let workDir: string | undefined;

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('sync bundles between two sites', () => {
  it('sends an incident with evidence from LON to BER, encrypted, trusted on first sight, previewed and imported', async () => {
    await mkdir(SHOTS, { recursive: true });
    workDir = await mkdtemp(join(tmpdir(), 'firebreak-bundles-e2e-'));
    const evidencePath = join(workDir, 'gateway.log');
    const bytes = Buffer.alloc(EVIDENCE_MB * 1024 * 1024);
    for (let index = 0; index < bytes.length; index += 4096) bytes.writeUInt32LE(index, index);
    await writeFile(evidencePath, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    const lon = await openConsole();
    opened.push(lon);
    const ber = await openConsole();
    opened.push(ber);
    await onboard(ber.page, 'Jonas Weber', 'Incident commander', 'BER');
    await ber.page.goto(`${ber.url}#/bundles`);
    // The site's age identity is made on first use; a cold first run of the suite once needed more than 30 s here.
    const ownRecipient = ber.page.getByLabel('This site’s age recipient');
    await ownRecipient.waitFor({ timeout: 90_000 }).catch(async (error: unknown) => {
      await ber.page.screenshot({ path: join(SHOTS, 'failed-own-recipient.png'), fullPage: true });
      throw new Error(`No age recipient on the bundles screen: ${await ber.page.locator('main').innerText()}`, {
        cause: error,
      });
    });
    const recipient = (await ownRecipient.textContent()) ?? '';
    expect(recipient).toMatch(/^age1/);

    const a = lon.page;
    await onboard(a);
    await a.getByRole('button', { name: 'Declare incident' }).first().click();
    await a.getByLabel('Title').fill('Support bot leaks its system prompt');
    await a.getByLabel('Summary').fill('The assistant revealed its system prompt after an injected instruction.');
    await a.getByRole('checkbox', { name: 'Prompt injection' }).check();
    await a.getByRole('radio', { name: /SEV2 — High/ }).check();
    await a.getByRole('button', { name: 'Declare incident' }).click();
    await a.getByRole('heading', { name: /Support bot leaks its system prompt/ }).waitFor();
    await addEvidenceFiles(a, [evidencePath]);
    await a
      .getByRole('list', { name: 'Evidence items' })
      .getByRole('link', { name: 'gateway.log' })
      .waitFor({ timeout: 120_000 });

    await a.goto(`${lon.url}#/bundles`);
    await a.getByRole('checkbox', { name: /Support bot leaks its system prompt/ }).check();
    await a.getByLabel('Partner site code').fill('BER');
    await a.getByLabel('Recipient (age1…)').fill(recipient);
    await a.getByRole('button', { name: 'Preview bundle' }).click();
    await a.getByRole('table', { name: 'What the bundle will carry' }).waitFor();
    await a.screenshot({ path: join(SHOTS, 'export-chooser.png'), fullPage: true });
    await a.getByRole('button', { name: 'Write bundle' }).click();
    await a
      .getByRole('status')
      .filter({ hasText: /saved to/ })
      .waitFor({ timeout: 180_000 });
    const [bundleName] = (await readdir(lon.outputDir)).filter((name) => name.endsWith('.fbundle.age'));
    expect(bundleName).toBeDefined();

    const b = ber.page;
    await b.getByLabel('Bundle file').setInputFiles(join(lon.outputDir, bundleName!));
    const prompt = b.getByRole('alertdialog', { name: 'Unknown signer' });
    await prompt.waitFor({ timeout: 180_000 });
    expect(await prompt.textContent()).toContain('LON');
    await b.screenshot({ path: join(SHOTS, 'trust-prompt.png'), fullPage: true });
    await prompt.getByRole('button', { name: 'Trust and continue' }).click();
    await b.getByRole('table', { name: 'What importing would do' }).waitFor();
    expect(await b.getByRole('list', { name: 'Incidents in the bundle' }).textContent()).toContain('added');
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
  });
});
