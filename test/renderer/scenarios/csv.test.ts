/**
 * CSV text through papaparse: quoted cells with commas, quotes and line breaks, a byte-order mark, refusals in words,
 * and formula escaping on export that the import undoes.
 */
import { describe, expect, it } from 'vitest';
import { guessColumnMapping, injectCsvRows, mapInjectRows } from '../../../shared/domain/scenarios/injectCsv';
import type { ScenarioModule } from '../../../shared/domain/exercises/scenario';
import { readCsv, writeCsv } from '../../../renderer/features/scenarios/csv';

describe('reading CSV', () => {
  it('keeps quoted commas, quotes and line breaks inside one cell, and drops a byte-order mark', () => {
    const read = readCsv('\uFEFFSeq,Content\r\n1,"Line one, with a comma\nline two with ""quotes"""\r\n\r\n');
    expect(read).toEqual({
      ok: true,
      table: { header: ['Seq', 'Content'], rows: [['1', 'Line one, with a comma\nline two with "quotes"']] },
    });
  });

  it('refuses an empty file, a header without rows and an unclosed quote, in words', () => {
    expect(readCsv('')).toEqual({
      ok: false,
      message: 'The file has no header row; the first row must name the columns.',
    });
    expect(readCsv('Seq,Title\n')).toEqual({ ok: false, message: 'The file has a header but no inject rows.' });
    expect(readCsv('Seq,Title\n1,"never closed\n')).toEqual({
      ok: false,
      message: 'The CSV has an unclosed quotation mark near row 2.',
    });
  });
});

describe('writing CSV', () => {
  it('escapes cells a spreadsheet would run as formulae, and the import reads them back unchanged', () => {
    const module: ScenarioModule = {
      id: 'm1',
      title: 'Module 1',
      update: 'Update.',
      discussionQuestions: [],
      injects: [
        {
          id: 'formula',
          sequence: 1,
          offsetMinutes: 0,
          title: '=HYPERLINK("http://evil.example")',
          type: 'alert',
          delivery: 'alert',
          from: '+44 20 7946 0000',
          to: '@soc',
          content: '-rf, "quoted", and\na second line',
          expectedActions: [],
          evaluatorNotes: '',
          facilitatorNotes: '',
          contingency: true,
        },
      ],
    };
    const text = writeCsv(injectCsvRows([module]));
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const read = readCsv(text);
    if (!read.ok) throw new Error(read.message);
    const result = mapInjectRows(read.table.rows, guessColumnMapping(read.table.header), {
      modules: [{ ...module, injects: [] }],
      defaultModuleId: 'm1',
    });
    expect(result.rowsWithProblems).toBe(0);
    expect(result.injectsByModule.get('m1')).toEqual(module.injects);
  });
});
