import { describe, expect, it } from 'vitest';
import { checkBlame } from '../../../shared/domain/reviews/blameCheck';

const PEOPLE = ['Dana Reyes', 'Sam Okafor', 'Will Tan'];

describe('the blameless check', () => {
  it('flags names from the directory and blaming phrases, in order, each with a suggestion', () => {
    const findings = checkBlame(
      'Sam Okafor failed to rotate the key; Reyes should have checked the guardrail. Human error.',
      PEOPLE,
    );
    expect(findings.map(({ match, kind }) => [match, kind])).toEqual([
      ['Sam Okafor', 'person'],
      ['failed to', 'phrase'],
      ['Reyes', 'person'],
      ['should have', 'phrase'],
      ['Human error', 'phrase'],
    ]);
    for (const finding of findings) expect(finding.suggestion.length).toBeGreaterThan(20);
  });

  it('leaves system-focused wording alone and does not take ordinary words for names', () => {
    expect(
      checkBlame(
        'The guardrail did not block the injected instruction; the alert will page the on-call engineer.',
        PEOPLE,
      ),
    ).toEqual([]);
  });

  it('reports overlapping matches once and finds names in any case when written in full', () => {
    expect(checkBlame('dana reyes blamed the vendor', PEOPLE).map((f) => f.match)).toEqual(['dana reyes', 'blamed']);
    expect(checkBlame("shouldn't have shipped", []).map((f) => f.match)).toEqual(["shouldn't have"]);
  });
});
