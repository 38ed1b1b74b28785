/**
 * The inject list as CSV: guessing the column mapping, naming every missing column and cell before anything is added,
 * refusing values that do not read, and the export read back to the same injects.
 */
import { describe, expect, it } from 'vitest';
import { scenarioBodySchema } from '../../../shared/domain/exercises/scenario';
import {
  guessColumnMapping,
  injectCsvRows,
  mapInjectRows,
  parseExpectedActions,
  parseScenarioMinutes,
  unmappedRequiredFields,
} from '../../../shared/domain/scenarios/injectCsv';
import { builtInScenarioVersions } from '../../../shared/domain/scenarios/library';

const MODULES = [
  { id: 'm1', title: 'Module 1 — The alert', injects: [{ id: 'dlp-hit', sequence: 1 }] },
  { id: 'm2', title: 'Module 2 — Fallout', injects: [] },
];
const CONTEXT = { modules: MODULES, defaultModuleId: 'm1' };

describe('column mapping', () => {
  it('guesses columns from common MSEL headers and leaves unknown ones unmapped', () => {
    const header = [
      'Seq No',
      'Time (min)',
      'Inject',
      'Inject Type',
      'Channel',
      'Originator',
      'Recipient',
      'Description',
      'Expected Response',
    ];
    const mapping = guessColumnMapping(header);
    expect(mapping).toEqual({
      sequence: 0,
      offset: 1,
      title: 2,
      type: 3,
      from: 5,
      to: 6,
      content: 7,
      expectedActions: 8,
    });
    expect(unmappedRequiredFields(mapping)).toEqual(['delivery']);
  });
});

describe('mapping rows onto injects', () => {
  const header = ['Sequence', 'Scenario time', 'Title', 'Type', 'Delivery', 'From', 'To', 'Content', 'Module'];

  it('flags a missing required column on every row and adds nothing', () => {
    const mapping = guessColumnMapping(header.filter((name) => name !== 'Content'));
    const result = mapInjectRows(
      [['2', '30', 'Analyst explains', 'Information', 'Verbal', 'Analyst', 'Incident commander', '']],
      mapping,
      CONTEXT,
    );
    expect(result.missingColumns).toEqual(['content']);
    expect(result.rows.map((row) => row.problems)).toEqual([{ content: 'No column is chosen for Content.' }]);
    expect(result.rowsWithProblems).toBe(1);
    expect(result.injectsByModule.size).toBe(0);
  });

  it('names each missing or unreadable cell by row and field, and adds nothing while any row has a problem', () => {
    const rows = [
      ['2', '30', 'Analyst explains', 'Information', 'Verbal', 'Analyst', 'Incident commander', 'I only used it…', ''],
      ['3', '1:05', '', 'Telegram', 'Pigeon', 'Forum', 'Comms', 'Post text', 'Module 3'],
      ['1', 'soon', 'Duplicate', 'Alert', 'Alert', 'DLP', 'SOC', 'x', 'Module 2 — Fallout'],
      ['', '', '', '', '', '', '', '', ''],
    ];
    const result = mapInjectRows(rows, guessColumnMapping(header), CONTEXT);
    expect(result.rows.map((row) => [row.line, row.problems])).toEqual([
      [2, {}],
      [
        3,
        {
          title: 'Title is missing.',
          type: '“Telegram” is not an inject type; use one of Information, Event, Media report, Social media, Regulator letter, Customer letter, Alert.',
          delivery: '“Pigeon” is not a delivery method; use one of Handout, Phone call, Email, Alert, Verbal.',
          module: 'There is no module “Module 3” in this scenario; add it first or leave the cell empty.',
        },
      ],
      [
        4,
        {
          sequence: 'Number 1 is already inject 1 of “Module 1 — The alert”.',
          offset: '“soon” is not a scenario time; use minutes (90) or hours and minutes (1:30).',
        },
      ],
    ]);
    expect(result.rowsWithProblems).toBe(2);
    expect(result.injectsByModule.size).toBe(0);
  });

  it('adds every inject to its module once every row is ready, with defaults for optional fields', () => {
    const rows = [
      ['2', '30', 'Analyst explains', 'informational', 'phone', 'Analyst', 'Incident commander', 'I only used it…', ''],
      ['3', '2h', 'Forum post', 'Social media', 'Handout', 'Forum', 'Comms', 'Post text', 'module 2 — fallout'],
    ];
    const result = mapInjectRows(rows, guessColumnMapping(header), CONTEXT);
    expect(result.rowsWithProblems).toBe(0);
    expect(result.injectsByModule.get('m1')).toEqual([
      {
        id: 'analyst-explains',
        sequence: 2,
        offsetMinutes: 30,
        title: 'Analyst explains',
        type: 'information',
        delivery: 'call',
        from: 'Analyst',
        to: 'Incident commander',
        content: 'I only used it…',
        expectedActions: [],
        evaluatorNotes: '',
        facilitatorNotes: '',
        contingency: false,
      },
    ]);
    expect(result.injectsByModule.get('m2')?.map((inject) => [inject.id, inject.offsetMinutes])).toEqual([
      ['forum-post', 120],
    ]);
  });

  it('refuses two rows with the same sequence number in one file', () => {
    const rows = [
      ['5', '0', 'A', 'Alert', 'Alert', 'X', 'Y', 'a', ''],
      ['5', '10', 'B', 'Alert', 'Alert', 'X', 'Y', 'b', ''],
    ];
    const result = mapInjectRows(rows, guessColumnMapping(header), CONTEXT);
    expect(result.rows[1]?.problems).toEqual({ sequence: 'Number 5 is already row 2 of this file.' });
  });
});

describe('cell formats', () => {
  it('reads scenario time in minutes, clock or words', () => {
    expect(
      ['90', '1:30', '01:30:00', '1 h 30 min', 'T+90', '90m', '2 d', 'x', '1:75'].map(parseScenarioMinutes),
    ).toEqual([90, 90, 90, 90, 90, 90, 2_880, undefined, undefined]);
  });

  it('reads expected actions one a line with an optional capability and runbook step', () => {
    expect(
      parseExpectedActions(
        'containment: Revoke the agent’s credentials [runbook 01900000-0000-7000-8000-00000000b004#pl-revoke-access]\n' +
          '- Brief the board\nRegulatory notification: Record the GDPR decision',
      ),
    ).toEqual({
      actions: [
        {
          id: 'revoke-the-agent-s-credentials',
          text: 'Revoke the agent’s credentials',
          capability: 'containment',
          runbookStep: { lineageId: '01900000-0000-7000-8000-00000000b004', stepId: 'pl-revoke-access' },
        },
        {
          id: 'brief-the-board',
          text: 'Brief the board',
          capability: 'coordination-decision-making',
          runbookStep: null,
        },
        {
          id: 'record-the-gdpr-decision',
          text: 'Record the GDPR decision',
          capability: 'regulatory-notification',
          runbookStep: null,
        },
      ],
    });
  });
});

describe('export', () => {
  it('writes every inject in MSEL order, and reading the export back gives the same injects', () => {
    for (const scenario of builtInScenarioVersions()) {
      const [header, ...rows] = injectCsvRows(scenario.modules);
      if (!header) throw new Error('No header.');
      const empty = { modules: scenario.modules.map((m) => ({ ...m, injects: [] })), defaultModuleId: '' };
      const result = mapInjectRows(rows, guessColumnMapping(header), empty);
      expect(result.rowsWithProblems).toBe(0);
      for (const module of scenarioBodySchema.parse(scenario).modules) {
        const back = result.injectsByModule.get(module.id) ?? [];
        const sort = <T extends { offsetMinutes: number; sequence: number }>(list: readonly T[]) =>
          list.toSorted((a, b) => a.offsetMinutes - b.offsetMinutes || a.sequence - b.sequence);
        // Action ids are derived from their text on the way in; everything else comes back as it was.
        const withoutActionIds = (list: typeof back) =>
          list.map((inject) => ({
            ...inject,
            expectedActions: inject.expectedActions.map(({ id: _id, ...action }) => action),
          }));
        expect(withoutActionIds(back)).toEqual(withoutActionIds(sort(module.injects)));
      }
    }
  });
});
