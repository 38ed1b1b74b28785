/**
 * The frame stays put: only the main pane scrolls, on the incident page and in Settings, at the smallest supported
 * window (1024×700) and a large one (1920×1080). The document is never taller or wider than the window (nothing
 * positioned against the document pushes it out), and scrolling with the wheel over the sidebar or the main pane never
 * moves the sidebar.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openConsole, startDemo, type Console } from './harness';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

interface Frame {
  readonly scrollHeight: number;
  readonly scrollWidth: number;
  readonly innerHeight: number;
  readonly innerWidth: number;
  readonly scrollY: number;
  readonly sidebarTop: number;
  readonly mainScrollTop: number;
}

async function frame(page: Page): Promise<Frame> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      scrollY: window.scrollY,
      sidebarTop: document.querySelector('nav[aria-label="Main"]')!.getBoundingClientRect().top,
      mainScrollTop: document.querySelector('main')!.scrollTop,
    };
  });
}

async function expectOnlyMainScrolls(page: Page): Promise<void> {
  const before = await frame(page);
  expect({ height: before.scrollHeight, width: before.scrollWidth }).toEqual({
    height: before.innerHeight,
    width: before.innerWidth,
  });
  // The wheel over the sidebar, then over the main pane, then the End key in the main pane.
  const sidebar = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  await page.mouse.move(sidebar!.x + sidebar!.width / 2, sidebar!.y + sidebar!.height - 40);
  await page.mouse.wheel(0, 3_000);
  const main = await page.getByRole('main').boundingBox();
  await page.mouse.move(main!.x + main!.width / 2, main!.y + main!.height / 2);
  await page.mouse.wheel(0, 3_000);
  await page.waitForTimeout(300);
  const after = await frame(page);
  expect({ scrollY: after.scrollY, sidebarTop: after.sidebarTop }).toEqual({ scrollY: 0, sidebarTop: 0 });
  expect(after.mainScrollTop).toBeGreaterThan(0);
  expect({ height: after.scrollHeight, width: after.scrollWidth }).toEqual({
    height: after.innerHeight,
    width: after.innerWidth,
  });
}

describe('layout', () => {
  for (const viewport of [
    { width: 1024, height: 700 },
    { width: 1920, height: 1080 },
  ]) {
    it(`only the main pane scrolls at ${viewport.width}×${viewport.height}`, async () => {
      app = await openConsole({ query: 'demo=1', viewport });
      const { page } = app;
      await startDemo(page);
      await page.locator('[data-result-count="16"]').waitFor({ timeout: 30_000 });
      await page.getByRole('list', { name: 'Incidents' }).getByRole('link').first().click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Overview', exact: true }).waitFor();
      await expectOnlyMainScrolls(page);

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: /Settings/ })
        .click();
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      await page.waitForTimeout(500);
      await expectOnlyMainScrolls(page);

      // Every other screen of the sidebar: the document is exactly the window.
      for (const name of ['Incidents', 'Evidence', 'Runbooks', 'Declare incident']) {
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: new RegExp(`^${name}`) })
          .click();
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForTimeout(300);
        const { scrollHeight, scrollWidth, innerHeight, innerWidth } = await frame(page);
        expect({ name, scrollHeight, scrollWidth }).toEqual({
          name,
          scrollHeight: innerHeight,
          scrollWidth: innerWidth,
        });
      }
    });
  }
});
