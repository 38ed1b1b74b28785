/**
 * axe-core on every screen, in the light and the dark theme: onboarding, the register, declare, an incident, its
 * review, evidence, runbooks, scenarios, an exercise (facilitator and participant), metrics, deadlines,
 * stakeholders, sync bundles, the audit log, settings (with trusted signers) and the search palette. axe is evaluated
 * from node_modules (no network; the console's CSP refuses an injected script tag) and the test fails on any serious or critical violation, naming the screen, the
 * theme, the rule and the elements.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';

const require = createRequire(import.meta.url);
let app: Console | undefined;
let axeSource: string | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly any: readonly { message?: string }[] }[];
}

type Scheme = 'light' | 'dark';

/** Serious and critical WCAG 2.1 A/AA violations on the page as it stands, in the scheme it was loaded in. */
async function audit(page: Page, screen: string, scheme: Scheme): Promise<string[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // The console's CSP forbids inline scripts (addScriptTag); an evaluation from the test's side is not a page script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource};void 0`);
  const violations = await page.evaluate(async () => {
    // Evaluated above from axe-core's own bundle.
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })) as { violations: Violation[] };
    return result.violations;
  });
  const found: string[] = [];
  for (const violation of violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    const targets = violation.nodes
      .map((node) => `${node.target.join(' ')}${node.any[0]?.message ? ` (${node.any[0].message})` : ''}`)
      .slice(0, 5);
    found.push(`${screen} (${scheme}): ${violation.id} — ${violation.help} — ${targets.join(' | ')}`);
  }
  return found;
}

/**
 * Opens `hash` in a freshly loaded page (Chromium does not always restyle light-dark() colours when only the
 * emulated scheme changes, so each theme is read from a page loaded in it) and waits for its heading.
 */
async function open(page: Page, url: string, hash: string, heading: string | RegExp): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${url}${hash}`);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor({ timeout: 20_000 });
  // Let lazy screens and live queries settle before axe reads the page.
  await page.waitForTimeout(400);
}

describe('accessibility', () => {
  it('has no serious or critical axe violation on any screen, light or dark', async () => {
    app = await openConsole({ viewport: { width: 1280, height: 800 } });
    const { page, context, url } = app;
    const problems: string[] = [];

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('about:blank');
      await page.goto(url);
      await page.getByRole('heading', { name: 'Welcome to Firebreak' }).waitFor();
      problems.push(...(await audit(page, 'onboarding', scheme)));
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await onboard(page, 'Dana Reyes', 'Incident commander');
    await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    problems.push(...(await audit(page, 'register, empty', 'light')));

    // Records for the screens that show one: an incident and a planned exercise.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Declare/ })
      .click();
    await page.getByLabel('Title').fill('Support bot follows injected instructions');
    await page.getByLabel('Summary').fill('Seen by monitoring.');
    await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
    await page.getByRole('radio', { name: /SEV2 — High/ }).check();
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { name: 'Support bot follows injected instructions' }).waitFor();
    const incidentId = /#\/incidents\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(incidentId).not.toBe('');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Exercises/ })
      .click();
    await page.getByRole('button', { name: 'Plan an exercise' }).click();
    await page.getByLabel('Title').fill('Q4 chatbot tabletop');
    await page
      .getByLabel('Scenario')
      .selectOption({ label: 'Jailbroken support chatbot goes viral and leaks key-like strings (v1, built-in)' });
    await page.getByLabel('Participants').fill('Alex Chen');
    await page.getByRole('button', { name: 'Plan exercise' }).click();
    await page.getByRole('heading', { name: 'Q4 chatbot tabletop' }).waitFor();
    const exerciseId = /#\/exercises\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(exerciseId).not.toBe('');

    const screens: ReadonlyArray<readonly [string, string, string | RegExp]> = [
      ['register', '#/', 'Incidents'],
      ['declare', '#/declare', /Declare/],
      ['incident', `#/incidents/${incidentId}`, 'Support bot follows injected instructions'],
      ['review', `#/incidents/${incidentId}/review`, /review/i],
      ['evidence', '#/evidence', /Evidence/],
      ['runbooks', '#/runbooks', /Runbooks/],
      ['scenarios', '#/scenarios', /Scenarios/],
      ['exercises', '#/exercises', /Exercises/],
      ['exercise facilitator', `#/exercises/${exerciseId}`, 'Q4 chatbot tabletop'],
      ['metrics', '#/metrics', /Metrics/],
      ['deadlines', '#/deadlines', /Deadlines|Due/],
      ['stakeholders', '#/stakeholders', /Stakeholders/],
      ['sync bundles', '#/bundles', /bundles/i],
      ['audit log', '#/audit-log', 'Audit log'],
      ['settings and trusted signers', '#/settings', 'Settings'],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [screen, hash, heading] of screens) {
        await open(page, url, hash, heading);
        problems.push(...(await audit(page, screen, scheme)));
      }
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.type('support');
      await page.waitForTimeout(400);
      problems.push(...(await audit(page, 'search palette', scheme)));
      await page.keyboard.press('Escape');

      await open(page, url, '#/exercises', /Exercises/);
      await page.getByRole('button', { name: 'Plan an exercise' }).click();
      await page.getByLabel('Title').waitFor();
      problems.push(...(await audit(page, 'exercise planner', scheme)));

      const projector = await context.newPage();
      await projector.emulateMedia({ colorScheme: scheme });
      await projector.setViewportSize({ width: 1280, height: 800 });
      await projector.goto(`${url}#/exercises/${exerciseId}/participant`);
      await projector.getByText('Waiting for the exercise to start.').waitFor();
      problems.push(...(await audit(projector, 'exercise participant', scheme)));
      await projector.close();
    }

    expect(problems).toEqual([]);
  }, 360_000);
});
