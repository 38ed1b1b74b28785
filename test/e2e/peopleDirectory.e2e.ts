/**
 * The people directory is edited in place (not only added to and removed from), and the role dialog names the role
 * it assigns. By role and accessible name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('people directory', () => {
  it('edits an entry in place', async () => {
    app = await openConsole();
    const { page } = app;
    await onboard(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Settings/ })
      .click();
    const form = page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Name').fill('Ana Ortiz');
    await form.getByLabel('Job role').fill('Security analyst');
    await form.getByLabel('Channel 1 number or address').fill('+44 20 7946 0000');
    await form.getByRole('button', { name: 'Add person' }).click();
    const directory = page.getByRole('list', { name: 'People directory' });
    await directory.getByText('Security analyst').waitFor();

    await directory.getByRole('button', { name: 'Edit Ana Ortiz' }).click();
    const editing = page.getByRole('form', { name: 'Edit Ana Ortiz' });
    await expect(editing.getByLabel('Job role').inputValue()).resolves.toBe('Security analyst');
    await editing.getByLabel('Job role').fill('Data scientist');
    await editing.getByRole('button', { name: 'Save changes' }).click();
    await directory.getByText('Data scientist').waitFor();
    expect(await directory.getByRole('listitem').count()).toBe(2);
    expect(await directory.getByText('Security analyst').count()).toBe(0);
    await page.getByRole('form', { name: 'Add a person' }).waitFor();
  });
});
