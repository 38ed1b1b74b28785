import { describe, expect, it } from 'vitest';
import { csvCell, csvText, toCsv } from '../../shared/csv';

describe('the one CSV writer', () => {
  it('quotes what RFC 4180 says to quote, ends lines with CRLF and escapes formulae but not numbers', () => {
    expect(
      toCsv(
        ['name', 'value'],
        [
          ['a, b', 'say "hi"'],
          ['two\nlines', '-12.5'],
          ['=HYPERLINK("x")', '+44 20'],
          ['@soc', '\tindent'],
        ],
      ),
    ).toBe(
      'name,value\r\n' +
        '"a, b","say ""hi"""\r\n' +
        '"two\nlines",-12.5\r\n' +
        '"\'=HYPERLINK(""x"")",\'+44 20\r\n' +
        "'@soc,'\tindent\r\n",
    );
  });

  it('writes nothing for no rows and leaves plain cells alone', () => {
    expect(csvText([])).toBe('');
    expect(csvCell('INC-2026-0042')).toBe('INC-2026-0042');
    expect(csvCell('-')).toBe("'-");
  });
});
