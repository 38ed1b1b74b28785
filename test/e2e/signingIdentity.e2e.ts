/**
 * Settings › Signing on a host without a keyring: the reason is shown and a passphrase asked for; replacing the
 * identity asks first, naming the current fingerprint, and the replaced one is listed as retired.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';

let app: Console | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('signing identity', () => {
  it('asks for a key passphrase, confirms a replacement and lists the retired certificate', async () => {
    app = await openConsole({ keyProtection: 'passphrase' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
    await onboard(page, 'Dana Reyes', 'Incident commander');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Settings/ })
      .click();

    await page.getByText(/This test host was started without a keyring/).waitFor();
    await page.getByLabel('Organisation').fill('Firebreak e2e');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await page.getByText('Use a passphrase of at least 12 characters for the signing key.').waitFor();

    const fillPassphrase = async (value: string): Promise<void> => {
      await page.getByLabel('Signing key passphrase', { exact: true }).fill(value);
      await page.getByLabel('Repeat the signing key passphrase').fill(value);
    };
    await fillPassphrase('correct horse battery');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await page.getByText('Certificate SHA-256').first().waitFor();
    const fingerprint = page.locator('.signing-facts code.fingerprint').first();
    const first = (await fingerprint.textContent()) ?? '';
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    await page.getByText('Its key is sealed with a passphrase').waitFor();

    await page.getByLabel('Name on the certificate').fill('Sam Okafor');
    await fillPassphrase('another long passphrase');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Replace the signing identity?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(first);
    await confirm.getByRole('button', { name: 'Keep the current one' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await fingerprint.textContent()).toBe(first);

    await page.getByRole('button', { name: 'Create certificate' }).click();
    await confirm.getByRole('button', { name: 'Replace and retire the current one' }).click();
    const retired = page.getByRole('list', { name: 'Retired signing identities' });
    await retired.waitFor({ timeout: 30_000 });
    expect(await retired.textContent()).toContain(first);
    expect(await fingerprint.textContent()).not.toBe(first);
    expect(await page.locator('.signing-facts dd').first().textContent()).toContain('Sam Okafor');
  });
});
