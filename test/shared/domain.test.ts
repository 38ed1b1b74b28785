import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/domain/canonicalJson';
import { sha256Hex } from '../../shared/domain/hash';
import { hlcSchema, nextHlc, parseHlc, uuidv7, uuidV7Schema } from '../../shared/domain/ids';
import { incidentDraftSchema } from '../../shared/domain/incidents/incident';
import { checkPhaseChange } from '../../shared/domain/incidents/lifecycle';
import { formatIncidentRef, parseIncidentRef } from '../../shared/domain/reference';
import { promptInjectionDraft } from '../fixtures/incidentDrafts';

describe('identifiers and clocks', () => {
  it('makes UUIDv7 ids that are valid and ordered by time', () => {
    const earlier = uuidv7(1_700_000_000_000);
    const later = uuidv7(1_700_000_000_001);
    expect(uuidV7Schema.safeParse(earlier).success).toBe(true);
    expect(earlier < later).toBe(true);
  });

  it('advances the hybrid logical clock even when the wall clock stands still or goes back', () => {
    const first = nextHlc(undefined, 'nodea', 1000);
    const second = nextHlc(first, 'nodea', 1000);
    const third = nextHlc(second, 'nodea', 900);
    expect([first < second, second < third]).toEqual([true, true]);
    expect(parseHlc(third)).toEqual({ wallMs: 1000, counter: 2, node: 'nodea' });
  });

  it('keeps stamps fixed-width and ordered past 10,000 stamps in one millisecond', () => {
    let stamp = nextHlc(undefined, 'nodea', 1000);
    const stamps = [stamp];
    for (let i = 0; i < 10_050; i++) stamps.push((stamp = nextHlc(stamp, 'nodea', 1000)));
    expect(stamps.every((s, i) => i === 0 || stamps[i - 1]! < s)).toBe(true);
    expect(stamps.every((s) => hlcSchema.safeParse(s).success)).toBe(true);
    expect(parseHlc(stamp)).toEqual({ wallMs: 1001, counter: 50, node: 'nodea' });
  });
});

describe('canonical JSON and hashing', () => {
  it('is independent of key order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: undefined, c: 'x' }] })).toBe(
      '{"a":[true,null,{"c":"x"}],"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('computes SHA-256 like sha256sum', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('incident references', () => {
  it('formats and parses INC-YYYY-NNNN', () => {
    expect(formatIncidentRef(2026, 42)).toBe('INC-2026-0042');
    expect(formatIncidentRef(2026, 12345)).toBe('INC-2026-12345');
    expect(parseIncidentRef('INC-2026-0042')).toEqual({ year: 2026, sequence: 42 });
    expect(parseIncidentRef('INC-26-1')).toBeUndefined();
  });
});

describe('incident draft validation', () => {
  it('accepts a complete draft', () => {
    expect(incidentDraftSchema.safeParse(promptInjectionDraft()).success).toBe(true);
  });

  it('explains every problem in words, next to its field', () => {
    const result = incidentDraftSchema.safeParse(
      promptInjectionDraft({
        title: 'x',
        summary: '',
        types: [],
        awareAt: '2026-11-20T08:00:00.000Z',
        reporter: { confidential: true, name: 'Ana Ortiz', contact: '' },
      }),
    );
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['title', 'Give the incident a title of at least 4 characters.'],
      ['summary', 'Describe what happened, even in one sentence.'],
      ['types', 'Choose at least one incident type.'],
      ['reporter.name', 'A confidential reporter’s name and contact are withheld; leave them empty.'],
      ['awareAt', 'Awareness cannot be earlier than detection.'],
    ]);
  });

  it('refuses awareness before detection', () => {
    const result = incidentDraftSchema.safeParse(promptInjectionDraft({ awareAt: '2026-11-20T08:00:00.000Z' }));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['awareAt', 'Awareness cannot be earlier than detection.'],
    ]);
  });
});

describe('phase changes', () => {
  it('allows moving forward without a reason', () => {
    expect(checkPhaseChange('detection-analysis', 'containment', '')).toEqual({ ok: true, kind: 'advance' });
  });

  it('requires a reason to move back or to reopen', () => {
    expect(checkPhaseChange('recovery', 'containment', '')).toEqual({
      ok: false,
      message: 'Give a reason for moving back to Containment.',
    });
    expect(checkPhaseChange('closed', 'recovery', ' ')).toEqual({
      ok: false,
      message: 'Give a reason for reopening this incident.',
    });
    expect(checkPhaseChange('closed', 'recovery', 'Regression seen in canary')).toEqual({ ok: true, kind: 'reopen' });
  });

  it('refuses a change to the same phase', () => {
    expect(checkPhaseChange('containment', 'containment', '')).toEqual({
      ok: false,
      message: 'The incident is already in Containment.',
    });
  });
});
