/**
 * The clock input as the command line and the app give it: what is refused and how it is put into words, the rules
 * data's shape, and the holiday calendars the periods count on.
 */
import { describe, expect, it } from 'vitest';
import { isoDate, parseIsoDate } from '../../../shared/domain/regulatory/civilTime';
import { clockInputSchema, REGIME_IDS, REGIME_STAGES } from '../../../shared/domain/regulatory/clockInput';
import { REGULATORY_RULES } from '../../../shared/domain/regulatory/regulatoryRules';
import { countryCalendar, US_FEDERAL_CALENDAR } from '../../../shared/domain/regulatory/workingDays';
import { describeZodError, IN_WORDS } from '../../../shared/errors';

function problems(input: unknown): string {
  const parsed = clockInputSchema.safeParse(input, IN_WORDS);
  return parsed.success ? 'valid' : describeZodError(parsed.error);
}

const valid = { regimes: ['gdpr-art33'], timeZone: 'Europe/Brussels', country: 'BE' };

describe('clock input', () => {
  it('accepts the minimal input, with no anchors or facts yet', () => {
    expect(problems(valid)).toBe('valid');
  });

  it('names each wrong field in words', () => {
    expect(problems({ ...valid, regimes: ['gdpr'] })).toMatch(/^regimes\.0: Use regime ids from: eu-ai-act-art73, /);
    expect(problems({ ...valid, regimes: [] })).toBe('regimes: Name at least one regime.');
    expect(problems({ ...valid, regimes: ['gdpr-art33', 'gdpr-art33'] })).toBe('regimes: Name each regime once.');
    expect(problems({ ...valid, timeZone: 'Mars/Olympus' })).toContain('timeZone: This is not an IANA time zone');
    expect(problems({ ...valid, country: 'be' })).toContain('country: Give an ISO 3166-1 alpha-2 country code');
    expect(problems({ ...valid, country: 'QQ' })).toContain('No public holidays are known for "QQ"');
    expect(problems({ ...valid, country: 'QQ', holidays: ['2026-12-25'] })).toBe('valid');
    expect(problems({ ...valid, holidays: ['25/12/2026'] })).toBe('holidays.0: Give each holiday as YYYY-MM-DD.');
    expect(problems({ ...valid, anchors: { awareAt: '2026-03-20T09:15:00' } })).toContain(
      'anchors.awareAt: Give an ISO-8601 instant with its offset',
    );
    expect(problems({ ...valid, anchors: { awarenessAt: '2026-03-20T09:15:00Z' } })).toBe(
      'anchors: Unknown field "awarenessAt".',
    );
    expect(problems({ ...valid, facts: { craKind: 'bug' } })).toBe('facts.craKind: Use "vulnerability" or "incident".');
    expect(problems({ ...valid, facts: { affectedIndividuals: 2.5 } })).toBe(
      'facts.affectedIndividuals: Give a whole number of people.',
    );
    expect(problems({ ...valid, zone: 'UTC' })).toBe('Unknown field "zone".');
  });

  it('refuses a ransom payment recorded beside "no extortion payment"', () => {
    expect(
      problems({ ...valid, anchors: { ransomPaidAt: '2026-03-20T09:15:00Z' }, facts: { extortionPayment: false } }),
    ).toBe('facts.extortionPayment: This says no extortion payment was made, but anchors.ransomPaidAt records one.');
  });
});

describe('rules data', () => {
  it('declares every regime with exactly its stages, each citing its legal text', () => {
    for (const regime of REGIME_IDS) {
      const rule = REGULATORY_RULES[regime];
      expect(rule.id).toBe(regime);
      expect(rule.stages.map((stage) => stage.stage)).toEqual([...REGIME_STAGES[regime]]);
    }
    expect(REGULATORY_RULES['circia-proposed'].inForce).toBe(false);
  });
});

describe('working-day calendars', () => {
  it('US federal holidays as observed in 2026, as OPM lists them', () => {
    // 2026: New Year's Day Thu 1 Jan; MLK Day Mon 19 Jan; Washington's Birthday Mon 16 Feb; Memorial Day Mon 25 May;
    // Juneteenth Fri 19 Jun; Independence Day Sat 4 Jul, observed Fri 3 Jul; Labor Day Mon 7 Sep; Columbus Day Mon
    // 12 Oct; Veterans Day Wed 11 Nov; Thanksgiving Thu 26 Nov; Christmas Fri 25 Dec.
    const weekdays: string[] = [];
    for (let day = parseIsoDate('2026-01-01'); day <= parseIsoDate('2026-12-31'); day++) {
      const dow = new Date(day * 86_400_000).getUTCDay();
      if (dow !== 0 && dow !== 6 && US_FEDERAL_CALENDAR.holiday(day) !== undefined) weekdays.push(isoDate(day));
    }
    expect(weekdays).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('counts only public holidays, not observances', () => {
    const belgium = countryCalendar('BE');
    expect(belgium.holiday(parseIsoDate('2026-04-06'))).toBe('Easter Monday');
    // Saint Nicholas (6 December) is an observance in Belgium, not a public holiday.
    expect(belgium.holiday(parseIsoDate('2026-12-06'))).toBeUndefined();
  });
});
