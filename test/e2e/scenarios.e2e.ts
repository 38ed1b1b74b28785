/**
 * The scenario library end to end, in Chromium against the test host with real IndexedDB: open the library, search
 * and filter it, read a built-in as a situation manual (injects in MSEL order), duplicate it, edit the copy with the
 * editor (an error shown beside its field, an inject moved, an expected action linked to a runbook step), publish it,
 * export it as JSON and import the file again (and a broken file refused in words), export the inject list as CSV,
 * and import injects from a CSV whose Delivery column is missing until it is mapped by hand.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard, openConsole, type Console } from './harness';

let app: Console | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const BUILT_IN = 'Unreleased earnings pasted into a public AI tool';
const COPY = 'Earnings leak — finance tabletop';

describe('scenario library', () => {
  it('views, duplicates, edits, publishes, exports and imports scenarios and inject lists', async () => {
    app = await openConsole();
    const { page, outputDir } = app;
    await onboard(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();

    // The library: built-ins listed, none of our own yet, search and capability filter.
    const builtIns = page.getByRole('list', { name: 'Built-in scenarios' });
    await builtIns.getByRole('link', { name: BUILT_IN }).waitFor();
    expect(await builtIns.getByRole('listitem').count()).toBeGreaterThanOrEqual(8);
    await page.getByRole('heading', { name: 'No scenarios of your own yet' }).waitFor();
    await page.getByLabel('Search scenarios').fill('MCP');
    await builtIns.getByRole('listitem').first().getByText('Poisoned tool (MCP) server').waitFor();
    expect(await builtIns.getByRole('listitem').count()).toBe(1);
    await page.getByLabel('Search scenarios').fill('');
    await page.getByLabel('Capability').selectOption({ label: 'Regulatory notification' });
    await builtIns.getByRole('link', { name: BUILT_IN }).waitFor();
    await page.getByLabel('Search scenarios').fill('nothing matches this phrase');
    await page.getByRole('heading', { name: 'No scenario matches' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();

    // A built-in as a situation manual, read-only.
    await builtIns.getByRole('link', { name: BUILT_IN }).click();
    await page.getByRole('heading', { name: BUILT_IN, level: 1 }).waitFor();
    await page.getByText('Built-in · read-only').waitFor();
    await page.getByRole('heading', { name: 'Objectives and capabilities' }).waitFor();
    const module2 = page.getByRole('list', { name: 'Injects of Module 2 — It resurfaces' });
    expect(await module2.locator('summary').allInnerTexts()).toEqual([
      expect.stringMatching(/#3\s+T\+3 h 5 min\s+The board summary’s wording appears/),
      expect.stringMatching(/#4\s+T\+5 h\s+The AI vendor answers/),
      expect.stringMatching(/#5\s+T\+5 h 20 min\s+Contingency: a journalist/),
    ]);
    await module2.getByText('The AI vendor answers the deletion request').click();
    await module2.getByText('Runbook step: Privacy or training-data leak › Isolate the leaking path').waitFor();
    await page.getByRole('heading', { name: 'Hot-wash guide' }).waitFor();
    expect(await page.getByRole('button', { name: 'Publish version 1' }).count()).toBe(0);

    // Duplicate to edit: the editor on the copy.
    await page.getByRole('button', { name: 'Duplicate to edit' }).click();
    await page.getByRole('heading', { name: `Edit ${BUILT_IN} (copy)` }).waitFor();
    await page.getByLabel('Scenario name').fill(COPY);
    const title1 = page.getByLabel('Title of inject 1 of Module 1', { exact: true });
    await title1.fill('');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Give the inject a title.').waitFor();
    expect(await title1.getAttribute('aria-invalid')).toBe('true');
    await title1.fill('DLP alert on a finance laptop');
    await page.getByRole('button', { name: 'Move inject 2 of Module 1 up' }).click();
    expect(await page.getByLabel('Title of inject 1 of Module 1', { exact: true }).inputValue()).toBe(
      'The analyst explains',
    );
    await page.getByRole('button', { name: 'Add expected action to inject 1 of Module 1' }).click();
    await page
      .getByLabel('Expected action 4 of inject 1 of Module 1')
      .fill('Ask whether other analysts used the tool.');
    await page
      .getByLabel('Capability of action 4 of inject 1 of Module 1')
      .selectOption({ label: 'Detection and triage' });
    await page
      .getByLabel('Runbook step of action 4 of inject 1 of Module 1')
      .selectOption({ label: 'Determine what data leaked, whose, and to whom' });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: COPY, level: 1 }).waitFor();
    await page.getByText(`Duplicated from built-in “${BUILT_IN}” v1`).waitFor();
    const module1 = page.getByRole('list', { name: 'Injects of Module 1 — The alert' });
    // The MSEL stays in scenario-time order whatever the order in the editor.
    expect(await module1.locator('summary').allInnerTexts()).toEqual([
      expect.stringMatching(/#1\s+T\+0\s+DLP alert on a finance laptop/),
      expect.stringMatching(/#2\s+T\+30 min\s+The analyst explains/),
    ]);
    await module1.getByText('The analyst explains').click();
    await module1.getByText('Ask whether other analysts used the tool.').waitFor();

    // Publish; the version list says when, in the responder's zone with the zone named.
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByText('Version 1 · Published').waitFor();
    await page
      .getByRole('complementary', { name: 'Versions' })
      .getByText(/published \d{1,2} \w{3} \d{4}, \d{2}:\d{2} (CET|CEST|GMT\+1|GMT\+2) by Dana Reyes/)
      .waitFor();

    // Legal review mode: every control that would change a scenario is gone; exports stay.
    await page.getByRole('switch', { name: /Legal review mode/ }).check({ force: true });
    await page.getByText(/Legal review mode: read-only\./).waitFor();
    for (const name of ['Retire', 'Edit scenario', 'Duplicate']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Export JSON' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
    await page.getByRole('heading', { name: 'Scenarios', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'New scenario' }).count()).toBe(0);
    await page.getByRole('switch', { name: /Legal review mode/ }).uncheck({ force: true });
    await page.getByRole('button', { name: 'New scenario' }).waitFor();
    await page.getByRole('list', { name: 'Your scenarios' }).getByRole('link', { name: COPY }).click();
    await page.getByRole('heading', { name: COPY, level: 1 }).waitFor();

    // Export JSON and CSV, import the JSON again; a broken file is refused in words.
    await page.getByRole('button', { name: 'Export JSON' }).click();
    await page.getByRole('button', { name: 'Export injects CSV' }).click();
    await page.getByText(/Inject list exported to/).waitFor();
    const files = await readdir(outputDir);
    const jsonName = files.find((name) => name.endsWith('.json'));
    const csvName = files.find((name) => name.endsWith('.csv'));
    expect([jsonName, csvName]).toEqual([
      'scenario-earnings-leak-finance-tabletop-v1.json',
      'msel-earnings-leak-finance-tabletop-v1.csv',
    ]);
    const json = await readFile(join(outputDir, jsonName!), 'utf8');
    expect(JSON.parse(json)).toMatchObject({
      format: 'firebreak-scenario',
      formatVersion: 1,
      scenario: { overview: { name: COPY } },
    });
    const csv = await readFile(join(outputDir, csvName!), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'Sequence,Scenario time (minutes),Title,Type,Delivery,From,To,Content,Expected actions,Evaluator notes,Facilitator notes,Contingency,Module,Inject id',
    );

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
    await page.getByLabel('Import scenario').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"firebreak-scenario","formatVersion":1,"scenario":{"overview":{"name":"x"}}}'),
    });
    await page
      .getByRole('alert')
      .getByText(/broken\.json: The scenario was not imported/)
      .waitFor();
    expect(await page.getByRole('list', { name: 'Your scenarios' }).getByRole('listitem').count()).toBe(1);
    await page
      .getByLabel('Import scenario')
      .setInputFiles({ name: jsonName!, mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.getByRole('heading', { name: COPY, level: 1 }).waitFor();
    await page.getByText('Version 1 · Draft').waitFor();

    // CSV import into the imported draft: Delivery is missing until the "Channel" column is mapped to it.
    await page.getByRole('button', { name: 'Edit draft' }).click();
    await page.getByRole('button', { name: 'Import injects from CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import injects from CSV' });
    await dialog.getByLabel('CSV file').setInputFiles({
      name: 'msel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Seq,Time,Title,Type,Channel,From,To,Content,Module\n' +
          '10,6:00,Board asks for status,Information,Email,Board secretary,Incident commander,"The board wants a one-page status by 18:00.",Module 2 — It resurfaces\n' +
          '11,380,Regulator phones,Regulator letter,Phone,Data protection authority,Legal advisor,"We read about a leak of employee data, please call back.",\n',
      ),
    });
    await dialog.getByText('No column is chosen for Delivery.', { exact: false }).first().waitFor();
    await dialog.getByText('Delivery is required: choose the column that holds it.').waitFor();
    expect(await dialog.locator('td.csv-cell-problem').count()).toBe(2);
    expect(await dialog.getByRole('button', { name: 'Add injects' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Column for Delivery').selectOption({ label: 'Channel' });
    await dialog.getByText('2 rows ready to add.').waitFor();
    await dialog.getByRole('button', { name: 'Add 2 injects' }).click();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: COPY, level: 1 }).waitFor();
    const module2Copy = page.getByRole('list', { name: 'Injects of Module 2 — It resurfaces' });
    await module2Copy.getByText('Board asks for status').waitFor();
    const module1Copy = page.getByRole('list', { name: 'Injects of Module 1 — The alert' });
    await module1Copy.getByText('Regulator phones').waitFor();
  });
});
