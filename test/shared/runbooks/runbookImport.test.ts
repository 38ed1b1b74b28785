/** A file offered as a runbook that is not one is refused in words a responder can act on, never a schema line. */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { runbookFile } from '../../../shared/domain/runbooks/runbook';
import { readRunbookFile, suffixedTitle } from '../../../shared/domain/runbooks/runbookImport';

const message = (text: string): string => {
  const read = readRunbookFile(text);
  return read.ok ? 'ok' : read.message;
};

describe('reading a runbook file', () => {
  it('says what is wrong with unrelated JSON, other Firebreak files and newer runbook files', () => {
    const notRunbook =
      'This file is not a Firebreak runbook: a runbook file is the JSON that Export JSON on a runbook writes, with "format": "firebreak-runbook". Nothing was imported.';
    expect([
      message('{"name":"package","version":"1.0.0","dependencies":{}}'),
      message('[1, 2, 3]'),
      message('"just a string"'),
      message('{"format":"firebreak-scenario","formatVersion":1}'),
      message('{"format":"firebreak-runbook","formatVersion":2,"runbook":{}}'),
      message('{not json'),
    ]).toEqual([
      notRunbook,
      notRunbook,
      notRunbook,
      'This is a Firebreak tabletop scenario file, not a runbook. Import it on Scenarios.',
      'This runbook file is format version 2, written by a newer Firebreak. Update Firebreak to import it.',
      'The file is not valid JSON, so it cannot be a Firebreak runbook.',
    ]);
  });

  it('names the damaged place in a runbook in words', () => {
    const file = runbookFile(BUILT_IN_RUNBOOKS[0]!);
    const damaged = structuredClone(file) as { runbook: { phases: Array<{ steps: Array<{ title: string }> }> } };
    damaged.runbook.phases[1]!.steps[2]!.title = '';
    const text = message(JSON.stringify(damaged));
    expect(text).toMatch(
      /^The runbook in this file is incomplete or damaged, so nothing was imported\. phase “.+”, step 3, title: Give the step a title\.\.?$/,
    );
    expect(text).not.toMatch(/newer|phases\.|invalid_|Expected/);
    expect(message(JSON.stringify(file))).toBe('ok');
  });

  it('makes a kept-both title unique', () => {
    expect(suffixedTitle('Prompt injection', ['Prompt injection', 'prompt injection (2)'])).toBe(
      'Prompt injection (3)',
    );
  });
});
