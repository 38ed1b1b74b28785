/**
 * Times in the responder's zone: datetime-local values convert to stored ISO UTC (milliseconds) and back, and
 * displayed times name the zone. Runs with TZ=Europe/Berlin so the expectations are exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as FormatTime from '../../../renderer/ui/formatTime';

let time: typeof FormatTime;
const zoneBefore = process.env['TZ'];

beforeAll(async () => {
  process.env['TZ'] = 'Europe/Berlin';
  time = await import('../../../renderer/ui/formatTime');
});

afterAll(() => {
  // The worker process may run other test files next.
  if (zoneBefore === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zoneBefore;
});

describe('formatTime', () => {
  it('reads a datetime-local value as local wall time and stores UTC with milliseconds', () => {
    expect(
      ['2026-11-22T07:31', '2026-07-01T12:00:30', '2026-11-22T07', ''].map((value) => time.fromLocalInputValue(value)),
    ).toEqual(['2026-11-22T06:31:00.000Z', '2026-07-01T10:00:30.000Z', '', '']);
    expect(time.toLocalInputValue('2026-11-22T06:31:45.123Z')).toBe('2026-11-22T07:31');
  });

  it('shows times in the local zone with the zone named', () => {
    expect({
      winter: time.formatDateTime('2026-11-22T06:31:00.000Z'),
      summer: time.formatDateTime('2026-07-01T10:00:00.000Z'),
      clock: time.formatTime('2026-11-22T06:31:00.000Z'),
      utc: time.formatUtc('2026-11-22T06:31:00.000Z'),
    }).toEqual({
      winter: '22 Nov 2026, 07:31 CET',
      summer: '1 Jul 2026, 12:00 CEST',
      clock: '07:31 CET',
      utc: '22 Nov 2026, 06:31:00 UTC',
    });
  });

  it('says how long ago, briefly', () => {
    const now = Date.parse('2026-11-22T12:00:00.000Z');
    expect(
      [
        '2026-11-22T11:59:40.000Z',
        '2026-11-22T11:48:00.000Z',
        '2026-11-22T09:00:00.000Z',
        '2026-11-20T12:00:00.000Z',
      ].map((iso) => time.formatRelative(iso, now)),
    ).toEqual(['just now', '12 min ago', '3 hr ago', '2 days ago']);
  });

  it('shows the date with the time whenever the moment is not today', () => {
    const now = Date.parse('2026-11-22T12:00:00.000Z');
    expect(
      [
        '2026-11-22T06:31:00.000Z',
        '2026-11-25T02:39:00.000Z',
        '2026-11-21T22:59:00.000Z',
        '2026-11-21T23:05:00.000Z',
      ].map((iso) => time.formatMoment(iso, now)),
    ).toEqual(['07:31 CET', '25 Nov 2026, 03:39 CET', '21 Nov 2026, 23:59 CET', '00:05 CET']);
  });

  it('names the zone with the short name in force at the moment given (summer and winter)', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    // Asked again: the formatters are made once, the answer still follows the date.
    expect([time.localZone(winter), time.localZone(summer), time.localZone(winter)]).toEqual([
      { id: 'Europe/Berlin', short: 'CET' },
      { id: 'Europe/Berlin', short: 'CEST' },
      { id: 'Europe/Berlin', short: 'CET' },
    ]);
  });
});
