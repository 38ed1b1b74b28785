/**
 * Civil time in a zone is read from `Intl`, with each quarter hour's offset kept (`zoneOffset`): the kept answers
 * must equal `Intl`'s own for every instant, in zones with daylight saving (north and south), half- and
 * quarter-hour offsets, a half-hour daylight shift and none at all, from 1900 on, and second by second across this
 * year's transitions.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber, zonedTime, zoneOffset, type ZonedTime } from '../../../shared/domain/regulatory/civilTime';

const ZONES = [
  'UTC',
  'Europe/Brussels',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Europe/Amsterdam',
] as const;

const references = new Map<string, Intl.DateTimeFormat>();

/** What `Intl` alone says: the reference the kept offsets must equal. */
function byIntl(instant: number, timeZone: string): ZonedTime {
  let reference = references.get(timeZone);
  if (!reference) {
    reference = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    references.set(timeZone, reference);
  }
  const fields: Record<string, number> = {};
  for (const part of reference.formatToParts(new Date(instant)))
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  return {
    day: dayNumber({ year: fields.year!, month: fields.month!, day: fields.day! }),
    hour: fields.hour!,
    minute: fields.minute!,
    second: fields.second!,
  };
}

/** A small seeded generator, so a failure names an instant that fails again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('civil time in a zone', () => {
  it('equals Intl at random instants from 1900 to 2100 in every kind of zone', () => {
    const random = seeded(20261201);
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (const zone of ZONES)
      for (let n = 0; n < 400; n++) {
        const instant = Math.floor(from + random() * (to - from));
        expect([zone, instant, zonedTime(instant, zone)]).toEqual([zone, instant, byIntl(instant, zone)]);
      }
  });

  it('equals Intl second by second around each of this year’s transitions, and in between', () => {
    for (const zone of ZONES) {
      // Every quarter hour of 2026; where the offset changes, each second of the ten minutes around it.
      let before = zoneOffset(Date.UTC(2026, 0, 1), zone);
      for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 15 * 60_000) {
        const offset = zoneOffset(at, zone);
        if (offset === before) continue;
        for (let second = at - 5 * 60_000; second <= at + 5 * 60_000; second += 1000) {
          expect([zone, second, zonedTime(second, zone)]).toEqual([zone, second, byIntl(second, zone)]);
          expect(zonedTime(second + 999, zone)).toEqual(byIntl(second + 999, zone));
        }
        before = offset;
      }
    }
  });

  it('equals Intl across the old transitions that fall inside a quarter hour (local mean time ending)', () => {
    // Found by scanning Intl's zones: the last local-mean-time second of each, which no kept quarter hour may span.
    const transitions: readonly [string, string][] = [
      ['Europe/Paris', '1911-03-10T23:50:39Z'],
      ['Europe/Dublin', '1916-05-21T02:25:21Z'],
      ['Asia/Kolkata', '1905-12-31T18:38:50Z'],
      ['Africa/Monrovia', '1919-03-01T00:43:08Z'],
      ['Europe/Moscow', '1916-07-02T21:29:43Z'],
    ];
    for (const [zone, at] of transitions) {
      const instant = Date.parse(at);
      expect(zoneOffset(instant - 1000, zone)).not.toBe(zoneOffset(instant, zone));
      for (let second = instant - 20 * 60_000; second <= instant + 20 * 60_000; second += 1000)
        expect([zone, second, zonedTime(second, zone)]).toEqual([zone, second, byIntl(second, zone)]);
    }
  });

  it('says the offset east of UTC to the second, negative west', () => {
    expect(zoneOffset(Date.UTC(2026, 6, 1), 'Europe/Brussels')).toBe(2 * 3_600_000);
    expect(zoneOffset(Date.UTC(2026, 0, 1), 'America/St_Johns')).toBe(-(3 * 60 + 30) * 60_000);
    expect(zoneOffset(Date.UTC(2026, 0, 1), 'Asia/Kathmandu')).toBe((5 * 60 + 45) * 60_000);
    // Lord Howe Island moves its clocks by half an hour, at 02:00 local (15:30 UTC), within a kept quarter hour's reach.
    expect(zoneOffset(Date.UTC(2026, 9, 3, 15, 29, 59, 999), 'Australia/Lord_Howe')).toBe(10.5 * 3_600_000);
    expect(zoneOffset(Date.UTC(2026, 9, 3, 15, 30), 'Australia/Lord_Howe')).toBe(11 * 3_600_000);
  });
});
