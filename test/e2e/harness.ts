/**
 * End-to-end harness: starts the loopback test host on a random port over the built renderer (dist/renderer), and
 * Debian's Chromium through playwright-core with a fresh profile. Records every request the page makes, so tests can
 * prove the renderer never reaches any origin but its own.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestHost } from '../../electron/testhost/server';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const rendererDir = join(repoRoot, 'dist', 'renderer');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Console {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The URL the test host printed, token included. */
  readonly url: string;
  readonly origin: string;
  readonly outputDir: string;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function openConsole(
  options: {
    viewport?: { width: number; height: number };
    /** Extra query, e.g. demo=1. */ query?: string;
    /** 'passphrase': the host behaves like a system without a keyring (see startTestHost). */
    keyProtection?: 'host' | 'passphrase';
  } = {},
): Promise<Console> {
  const workDir = await mkdtemp(join(tmpdir(), 'firebreak-e2e-'));
  const outputDir = join(workDir, 'exports');
  const host = await startTestHost({ port: 0, rendererDir, outputDir, keyProtection: options.keyProtection ?? 'host' });
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(options.query ? `${host.url}&${options.query}` : host.url);
  return {
    page,
    context,
    url: host.url,
    origin: new URL(host.url).origin,
    outputDir,
    requests,
    async close() {
      await context.close();
      await host.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** Completes first-run onboarding; new incident references carry the site code (INC-YYYY-LON-NNNN). */
export async function onboard(
  page: Page,
  name = 'Dana Reyes',
  role = 'Incident commander',
  siteCode = 'LON',
): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your role').fill(role);
  await page.getByLabel('Site code').fill(siteCode);
  const done = page.getByRole('button', { name: 'Continue' });
  await done.click();
  // The form leaves once the profile, the installation and the person record are stored: a test reading the database
  // next sees them.
  await done.waitFor({ state: 'detached' });
}

/** In demo mode (demo=1): keeps the offered demo identity, or puts a newcomer's own name, and starts the demo. */
export async function startDemo(page: Page, name?: string): Promise<void> {
  if (name !== undefined) await page.getByLabel('Your name').fill(name);
  const start = page.getByRole('button', { name: 'Start the demo' });
  await start.click();
  await start.waitFor({ state: 'detached' });
}

/** Chooses files on the incident's Evidence panel and adds them (each with the details already filled, or none). */
export async function addEvidenceFiles(page: Page, files: readonly string[]): Promise<void> {
  await page.getByLabel('Add evidence files').setInputFiles([...files]);
  await page
    .getByRole('button', {
      name: files.length === 1 ? 'Add 1 file to evidence' : `Add ${files.length} files to evidence`,
    })
    .click();
}
