/**
 * Periods in days and months for EU regimes (Regulation 1182/71): day 0 is the anchor's date in the authority's zone,
 * the period ends at the end of day N there (shown as 23:59:59 of that day), moved by Art. 3(4) off weekends and public
 * holidays and stretched by Art. 3(5) to include two working days; months end on the same date or the month's last
 * day (Art. 3(2)(c)). Every expected value is worked out by hand in the comment above it.
 */
import { describe, expect, it } from 'vitest';
import { clockFor, deadlineOf } from './clockTestInput';

const brussels = { timeZone: 'Europe/Brussels', country: 'BE' } as const;

describe('EU AI Act Art. 73: days from awareness', () => {
  it('crosses a weekend and a public holiday, and a daylight-saving change, to the end of the next working day', () => {
    // Aware Friday 20 March 2026, 09:15 in Brussels: day 0. Day 15 is Saturday 4 April. Art. 3(4): Sunday 5 April is
    // Easter Sunday, Monday 6 April Easter Monday (a Belgian public holiday), so the period ends with Tuesday 7 April.
    // Summer time began on 29 March, so 23:59:59.999 on 7 April in Brussels (UTC+2) is 21:59:59.999Z.
    const input = { ...brussels, regimes: ['eu-ai-act-art73'], anchors: { awareAt: '2026-03-20T09:15:00+01:00' } };
    expect(deadlineOf(input, 'eu-ai-act-art73', 'report')).toEqual({
      dueAt: '2026-04-07T21:59:59.999Z',
      localDue: 'Tuesday 7 April 2026, 23:59:59 (Europe/Brussels, UTC+02:00)',
    });
    const clock = clockFor(input, 'eu-ai-act-art73', 'report');
    expect(clock.basis).toContain('Saturday 4 April 2026 is a Saturday');
    expect(clock.basis).toContain('Art. 3(4)');
    expect(clock.basis).toContain('Art. 73(2)');
    expect(clock.immediately).toContain('causal link');
  });

  it('a death turns 15 days into 10: the earliest applicable period wins', () => {
    // Same awareness; day 10 is Monday 30 March 2026, a working day: its end in Brussels (UTC+2) is 21:59:59.999Z.
    const input = {
      ...brussels,
      regimes: ['eu-ai-act-art73'],
      anchors: { awareAt: '2026-03-20T09:15:00+01:00' },
      facts: { death: true },
    };
    expect(deadlineOf(input, 'eu-ai-act-art73', 'report').dueAt).toBe('2026-03-30T21:59:59.999Z');
    expect(clockFor(input, 'eu-ai-act-art73', 'report').basis).toContain('Art. 73(4)');
  });

  it('two days from a Friday include two working days (Art. 3(5))', () => {
    // Aware Friday 20 March 2026 (CET). Day 2 is Sunday 22 March; Art. 3(4) gives Monday 23 March, but (Fri, Mon]
    // holds one working day, so Art. 3(5) extends the period to Tuesday 24 March: 23:59:59.999 CET = 22:59:59.999Z.
    const input = {
      ...brussels,
      regimes: ['eu-ai-act-art73'],
      anchors: { awareAt: '2026-03-20T16:00:00+01:00' },
      facts: { widespreadInfringement: true, death: true },
    };
    expect(deadlineOf(input, 'eu-ai-act-art73', 'report').dueAt).toBe('2026-03-24T22:59:59.999Z');
    const { basis } = clockFor(input, 'eu-ai-act-art73', 'report');
    expect(basis).toContain('Art. 3(5)');
    expect(basis).toContain('Art. 73(3)');
  });

  it('two days over Easter in Germany: Art. 3(4) then Art. 3(5) across Good Friday and Easter Monday', () => {
    // Aware Thursday 2 April 2026 in Berlin, critical infrastructure disrupted. Day 2 is Saturday 4 April; Sunday 5 and
    // Easter Monday 6 April are not working days, so Art. 3(4) gives Tuesday 7 April. (Thu, Tue] holds one working day
    // (Good Friday 3 April is a German public holiday), so Art. 3(5) gives Wednesday 8 April: 21:59:59.999Z (CEST).
    const input = {
      timeZone: 'Europe/Berlin',
      country: 'DE',
      regimes: ['eu-ai-act-art73'],
      anchors: { awareAt: '2026-04-02T10:00:00+02:00' },
      facts: { criticalInfrastructureDisruption: true },
    };
    expect(deadlineOf(input, 'eu-ai-act-art73', 'report')).toEqual({
      dueAt: '2026-04-08T21:59:59.999Z',
      localDue: 'Wednesday 8 April 2026, 23:59:59 (Europe/Berlin, UTC+02:00)',
    });
  });

  it('a supplied holiday list replaces the package: without Easter Monday, then with two more days', () => {
    // As the first case, day 15 is Saturday 4 April. With no holidays listed the next working day is Monday 6 April
    // (end 21:59:59.999Z); listing 6 and 7 April makes it Wednesday 8 April.
    const base = { ...brussels, regimes: ['eu-ai-act-art73'], anchors: { awareAt: '2026-03-20T09:15:00+01:00' } };
    expect(deadlineOf({ ...base, holidays: [] }, 'eu-ai-act-art73', 'report').dueAt).toBe('2026-04-06T21:59:59.999Z');
    expect(deadlineOf({ ...base, holidays: ['2026-04-06', '2026-04-07'] }, 'eu-ai-act-art73', 'report').dueAt).toBe(
      '2026-04-08T21:59:59.999Z',
    );
  });

  it('day 0 is the anchor date in the authority zone, not in UTC', () => {
    // 23:30 UTC on Sunday 1 March 2026 is 00:30 on Monday 2 March in Brussels: day 0 is Monday 2 March. Day 15 is
    // Tuesday 17 March, a working day: 23:59:59.999 CET = 22:59:59.999Z. (Counted in UTC it would end on 16 March.)
    const input = { ...brussels, regimes: ['eu-ai-act-art73'], anchors: { awareAt: '2026-03-01T23:30:00Z' } };
    expect(deadlineOf(input, 'eu-ai-act-art73', 'report').dueAt).toBe('2026-03-17T22:59:59.999Z');
  });
});

describe('months (Art. 3(2)(c))', () => {
  it('31 January plus one month ends on the last day of February, then Art. 3(4) moves it off the weekend', () => {
    // NIS2 final report: notification submitted Saturday 31 January 2026. February 2026 has no 31st, so the month
    // ends with Saturday 28 February; Art. 3(4) moves it to Monday 2 March: 23:59:59.999 CET = 22:59:59.999Z.
    const input = {
      ...brussels,
      regimes: ['nis2-art23'],
      anchors: { notificationSubmittedAt: '2026-01-31T15:00:00+01:00' },
    };
    expect(deadlineOf(input, 'nis2-art23', 'final')).toEqual({
      dueAt: '2026-03-02T22:59:59.999Z',
      localDue: 'Monday 2 March 2026, 23:59:59 (Europe/Brussels, UTC+01:00)',
    });
    expect(clockFor(input, 'nis2-art23', 'final').basis).toContain('the last day of that month');
  });

  it('in a leap year 31 January plus one month is 29 February', () => {
    // 31 January 2028 (Monday) + one month = Tuesday 29 February 2028, a working day: 22:59:59.999Z (CET).
    const input = {
      ...brussels,
      regimes: ['nis2-art23'],
      anchors: { notificationSubmittedAt: '2028-01-31T10:00:00+01:00' },
    };
    expect(deadlineOf(input, 'nis2-art23', 'final').dueAt).toBe('2028-02-29T22:59:59.999Z');
  });

  it('ends at the end of the day in the zone across the autumn daylight-saving change', () => {
    // Notification submitted Friday 25 September 2026 (CEST). One month: Sunday 25 October 2026, the day summer time
    // ends; Art. 3(4) moves it to Monday 26 October, now CET (UTC+1): 23:59:59.999 = 22:59:59.999Z.
    const input = {
      ...brussels,
      regimes: ['nis2-art23'],
      anchors: { notificationSubmittedAt: '2026-09-25T10:00:00+02:00' },
    };
    expect(deadlineOf(input, 'nis2-art23', 'final')).toEqual({
      dueAt: '2026-10-26T22:59:59.999Z',
      localDue: 'Monday 26 October 2026, 23:59:59 (Europe/Brussels, UTC+01:00)',
    });
  });
});
