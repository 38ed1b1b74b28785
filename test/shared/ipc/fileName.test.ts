/** The file-name rule every suggested name crosses IPC with, and the sanitiser the renderer uses to meet it. */
import { describe, expect, it } from 'vitest';
import { evidenceExportBeginSchema } from '../../../shared/domain/evidence/ipc';
import { fileNameSchema, safeFileName } from '../../../shared/ipc/contract';
import { saveExportRequestSchema } from '../../../shared/ipc/files';
import { signAndSaveRequestSchema } from '../../../shared/reports/signing';

function verdict(name: string): string {
  const parsed = fileNameSchema.safeParse(name);
  return parsed.success ? `ok ${parsed.data}` : parsed.error.issues.map((issue) => issue.message).join(' / ');
}

describe('fileNameSchema', () => {
  it('accepts ordinary names and trims surrounding spaces', () => {
    expect(
      ['INC-2026-0001 incident report.pdf', ' notes.txt ', '.hidden', 'a..b', 'console.log', 'COM10.txt'].map(verdict),
    ).toEqual([
      'ok INC-2026-0001 incident report.pdf',
      'ok notes.txt',
      'ok .hidden',
      'ok a..b',
      'ok console.log',
      'ok COM10.txt',
    ]);
  });

  it('refuses separators, control characters, dot names, trailing dots and Windows device names in words', () => {
    const device = 'CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9 are device names on Windows; choose another file name.';
    expect(
      [
        '',
        '   ',
        'a/b',
        'a\\b',
        'C:evil',
        'bell\u0007',
        '.',
        '..',
        'report.',
        'CON',
        'nul.txt',
        'Com1',
        'lpt9.log',
        'x'.repeat(201),
      ].map(verdict),
    ).toEqual([
      'The file needs a name.',
      'The file needs a name.',
      'A file name cannot contain / \\ : * ? " < > | or control characters.',
      'A file name cannot contain / \\ : * ? " < > | or control characters.',
      'A file name cannot contain / \\ : * ? " < > | or control characters.',
      'A file name cannot contain / \\ : * ? " < > | or control characters.',
      'A file name cannot be "." or "..". / A file name cannot end with a dot or a space.',
      'A file name cannot be "." or "..". / A file name cannot end with a dot or a space.',
      'A file name cannot end with a dot or a space.',
      device,
      device,
      device,
      device,
      'Use a file name under 200 characters.',
    ]);
  });

  it('is the rule of every request that suggests a name', () => {
    const manifest = { format: 'firebreak-report-manifest' };
    const refusals = [
      saveExportRequestSchema.safeParse({ suggestedName: 'PRN', mediaType: 'text/plain', content: '' }),
      evidenceExportBeginSchema.safeParse({ suggestedName: '..', size: 1, sha256: '0'.repeat(64) }),
      signAndSaveRequestSchema.safeParse({
        pdfBase64: 'JVBERg==',
        suggestedName: 'report/../../x.pdf',
        reason: '',
        location: '',
        signerName: '',
        manifest,
      }),
    ].map((result) => (result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === 'suggestedName')));
    expect(refusals.map((issues) => issues.length > 0)).toEqual([true, true, true]);
  });
});

describe('safeFileName', () => {
  it('turns any text into a name the rule accepts', () => {
    const inputs = [
      'chat: log/2026?.json',
      'CON',
      'nul.txt',
      '..',
      ' . ',
      'trailing dots...',
      '\u0000',
      'x'.repeat(300),
    ];
    const names = inputs.map((input) => safeFileName(input, 'evidence'));
    expect(names).toEqual([
      'chat_ log_2026_.json',
      '_CON',
      '_nul.txt',
      'evidence',
      'evidence',
      'trailing dots',
      '_',
      'x'.repeat(200),
    ]);
    expect(names.every((name) => fileNameSchema.safeParse(name).success)).toBe(true);
  });
});
