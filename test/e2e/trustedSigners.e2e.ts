/**
 * Trusted signers end to end (issue 9): a stranger's report — same subject as the partner, valid signature — is
 * "valid signature, untrusted signer" in the console; once the partner's certificate is added to Trusted signers
 * (with a reason), the partner's report is "valid and trusted" and the stranger's is still untrusted. The exported
 * trust store gives the same verdicts and exit codes with `firebreak-verify --trust-store`. Removing the partner asks
 * why and turns its report back to untrusted. Screenshots go to /tmp/shots-trusted-signers/.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { forgeIdentity, signWith } from '../electron/verifier/forgeries';
import { onboard, openConsole, repoRoot, type Console } from './harness';

const SHOTS = '/tmp/shots-trusted-signers';
let app: Console | undefined;
let workDir: string | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
  if (workDir) await rm(workDir, { recursive: true, force: true });
  workDir = undefined;
});

async function check(page: Page, file: string): Promise<string> {
  const name = file.split('/').at(-1) ?? file;
  await page.getByLabel('Signed PDF to check').setInputFiles(file);
  const verdict = page.getByRole('region', { name: `Verification of ${name}` }).getByRole('status');
  await verdict.waitFor();
  return (await verdict.textContent()) ?? '';
}

function verifyCli(file: string, trustStore: string): { status: number | null; lastLine: string } {
  const run = spawnSync(
    process.execPath,
    [join(repoRoot, 'electron/verifier/firebreak-verify.js'), file, '--trust-store', trustStore],
    { encoding: 'utf8' },
  );
  return { status: run.status, lastLine: run.stdout.trim().split('\n').at(-1) ?? '' };
}

describe('trusted signers', () => {
  it('tells a partner’s report from a stranger’s with the same name, in the console and with firebreak-verify', async () => {
    workDir = await mkdtemp(join(tmpdir(), 'firebreak-trust-e2e-'));
    const validity = {
      notBefore: new Date(Date.now() - 86_400_000),
      notAfter: new Date(Date.now() + 86_400_000 * 365),
    };
    const partner = forgeIdentity({ commonName: 'CERT Berlin', organisation: 'Partner CERT', ...validity });
    const stranger = forgeIdentity({ commonName: 'CERT Berlin', organisation: 'Partner CERT', ...validity });
    const partnerPdf = join(workDir, 'partner-report.pdf');
    const strangerPdf = join(workDir, 'stranger-report.pdf');
    const partnerPem = join(workDir, 'cert-berlin.pem');
    await writeFile(partnerPdf, await signWith(partner));
    await writeFile(strangerPdf, await signWith(stranger));
    await writeFile(partnerPem, partner.certificatePem);

    app = await openConsole();
    const { page, outputDir } = app;
    await onboard(page, 'Dana Reyes', 'Legal advisor');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Settings/ })
      .click();
    await page.getByRole('heading', { name: 'Trusted signers' }).waitFor();

    expect(await check(page, strangerPdf)).toContain('Valid signature, untrusted signer');

    const form = page.getByRole('form', { name: 'Add a trusted signer' });
    await form.getByRole('button', { name: 'Add trusted signer' }).click();
    await expect.poll(() => form.getByText('Say why you trust it').count()).toBe(1);
    await form.getByLabel('Certificate or public key file').setInputFiles(partnerPem);
    await expect.poll(() => form.getByLabel('SHA-256 fingerprint').inputValue()).toBe(partner.summary.fingerprint);
    await form.getByLabel('Signer name').fill('CERT Berlin report signing');
    await form.getByLabel('Why you trust it').fill('Fingerprint read out by their duty officer by phone.');
    await form.getByRole('button', { name: 'Add trusted signer' }).click();
    const list = page.getByRole('list', { name: 'Trusted signers' });
    await list.getByText('CERT Berlin report signing').waitFor();
    await expect.poll(() => list.getByText('added by Dana Reyes').count()).toBe(1);

    expect(await check(page, partnerPdf)).toContain('Valid and trusted');
    expect(await check(page, strangerPdf)).toContain('Valid signature, untrusted signer');
    await mkdir(SHOTS, { recursive: true });
    await page
      .getByRole('region', { name: 'Trusted signers' })
      .screenshot({ path: join(SHOTS, 'trusted-signers.png') });

    await page.getByRole('button', { name: 'Export trust store' }).click();
    // The host writes a temporary file and renames it into place: wait for the final name.
    await expect
      .poll(async () => (await readdir(outputDir).catch((): string[] => [])).includes('firebreak-trusted-signers.json'))
      .toBe(true);
    const trustStore = join(outputDir, 'firebreak-trusted-signers.json');
    expect(verifyCli(partnerPdf, trustStore)).toMatchObject({ status: 0, lastLine: expect.stringContaining('RESULT') });
    expect(verifyCli(strangerPdf, trustStore).status).toBe(2);

    await list.getByRole('button', { name: 'Stop trusting CERT Berlin report signing' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Stop trusting CERT Berlin report signing?' });
    await dialog.getByLabel('Why it is no longer trusted').fill('Their signing key was rotated.');
    await dialog.getByRole('button', { name: 'Stop trusting' }).click();
    await page.getByText('No partners yet.').waitFor();
    expect(await check(page, partnerPdf)).toContain('Valid signature, untrusted signer');
  });
});
