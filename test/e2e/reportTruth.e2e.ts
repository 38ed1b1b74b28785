/**
 * Reports tell the whole truth, end to end: a responder records containment as a fact in the key times panel (when,
 * note), it shows who recorded it and goes on the timeline, and the signed incident report prints it under its own
 * label beside "Containment phase entered", which stays "Not yet" because the phase never changed. The summary is
 * written in Arabic, Hebrew, Chinese and Japanese with an emoji, and the signed PDF gives it back to pdftotext.
 */
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

export async function createCertificate(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Settings/ })
    .click();
  await page.getByLabel('Name on the certificate').fill('Dana Reyes');
  await page.getByLabel('Organisation').fill('Northwind');
  await page.getByRole('button', { name: 'Create certificate' }).click();
  await page.getByText('Certificate SHA-256').first().waitFor();
}

export async function declare(page: Page, title: string, summary: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Declare/ })
    .click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill(summary);
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: /SEV2 — High/ }).check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** Signs and exports the chosen report type and returns the text pdftotext extracts from it. */
export async function exportedReportText(app: Console, type: string): Promise<string> {
  const { page } = app;
  await page.getByRole('combobox', { name: 'Report type' }).selectOption(type);
  await page.getByRole('button', { name: 'Preview report' }).click();
  await page.getByRole('region', { name: 'Report preview' }).waitFor({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Sign and export' }).click();
  await page.getByText('Signed and saved to').waitFor({ timeout: 60_000 });
  const files = (await readdir(app.outputDir)).filter((name) => name.endsWith('.pdf'));
  const path = join(app.outputDir, files.at(-1)!);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  return spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
}

describe('milestones in reports', () => {
  it('records containment as a fact and prints it under honest labels in the signed report', async () => {
    app = await openConsole();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
    await onboard(page);
    await createCertificate(page);
    await declare(
      page,
      'Assistant leaks its system prompt',
      'The assistant revealed its system prompt. Reporter: تم احتواء الحادث. Regulator: האירוע נבלם. ' +
        'Partner: 模型泄露了系统提示. Tokyo: モデルがシステムプロンプトを漏洩しました 🔥',
    );

    const milestones = page.getByLabel('Milestones').getByRole('definition').filter({ hasText: 'Not recorded' });
    expect(await milestones.count()).toBe(4);
    await page.getByRole('button', { name: 'Record containment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record containment' });
    await dialog.getByLabel('Note').fill('Kill switch flipped; no tool calls since.');
    await dialog.getByRole('button', { name: 'Record' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('recorded by Dana Reyes').waitFor();
    await page.getByRole('button', { name: 'Correct contained' }).waitFor();
    await page.getByText('Contained: recorded.').waitFor();

    const text = (await exportedReportText(app, 'incident-report')).replace(/\s+/g, ' ');
    expect(text).toContain('Containment phase entered Not yet');
    expect(text).toMatch(/Contained \d{4}-\d\d-\d\d \d\d:\d\d UTC \(recorded by Dana Reyes/);
    expect(text).toContain('Note: Kill switch flipped; no tool calls since.');
    expect(text).toContain('Recovered Not recorded');
    // The summary in four scripts and an emoji, in the bundled Noto fonts, read back by pdftotext.
    for (const words of [
      '模型泄露了系统提示',
      'モデルがシステムプロンプトを漏洩しました',
      '🔥',
      'احتواء',
      'الحادث',
      'נבלם',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('[U+');
  });
});
