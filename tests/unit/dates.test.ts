import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import {
  formatDateTime,
  formatDayHeading,
  formatLongDate,
  libyaDayKey,
  parseCalendarDate,
  parseDateTime,
  toLibyaIso,
} from '../../lib/dates';
import { SERVER_TIME_ZONES, withTimeZone } from './helpers';

const iso = (date: Date | undefined) => date?.toISOString();

/**
 * Every assertion here must hold whatever the server's time zone is, so the
 * whole suite runs once per process TZ.
 */
describe.each(SERVER_TIME_ZONES)('with the server time zone set to %s', (timeZone) => {
  let originalTz: string | undefined;
  beforeEach(() => {
    originalTz = process.env.TZ;
    process.env.TZ = timeZone;
  });
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('really runs in that time zone (sanity check of the TZ switch)', () => {
    const offsets: Record<string, number> = {
      UTC: 0,
      'America/Los_Angeles': 420, // PDT in April, minutes west of UTC
      'Asia/Tokyo': -540,
      'Pacific/Kiritimati': -840,
    };
    expect(new Date('2019-04-08T12:00:00Z').getTimezoneOffset()).toBe(offsets[timeZone]);
  });

  describe('parseDateTime', () => {
    it('reads a time without an offset as Libya time (UTC+2)', () => {
      expect(iso(parseDateTime('2019-04-08T20:15'))).toBe('2019-04-08T18:15:00.000Z');
    });

    it('reads seconds, and accepts a space instead of T', () => {
      expect(iso(parseDateTime('2019-04-08 20:15:30'))).toBe('2019-04-08T18:15:30.000Z');
    });

    it('reads a late-evening Libya time that is already the next day in Tokyo/Kiritimati', () => {
      expect(iso(parseDateTime('2019-04-08T23:30'))).toBe('2019-04-08T21:30:00.000Z');
    });

    it('reads an after-midnight Libya time that is still the previous day in UTC', () => {
      expect(iso(parseDateTime('2019-04-09T00:30'))).toBe('2019-04-08T22:30:00.000Z');
    });

    it('honours Z as UTC', () => {
      expect(iso(parseDateTime('2019-04-08T20:15Z'))).toBe('2019-04-08T20:15:00.000Z');
    });

    it('honours a negative offset such as -05:00', () => {
      expect(iso(parseDateTime('2019-04-08T20:15-05:00'))).toBe('2019-04-09T01:15:00.000Z');
    });

    it('honours positive offsets with and without a colon', () => {
      expect(iso(parseDateTime('2019-04-08T20:15+05:30'))).toBe('2019-04-08T14:45:00.000Z');
      expect(iso(parseDateTime('2019-04-08T20:15+0530'))).toBe('2019-04-08T14:45:00.000Z');
      expect(iso(parseDateTime('2019-04-08T20:15+02:00'))).toBe('2019-04-08T18:15:00.000Z');
    });

    it('ignores surrounding whitespace', () => {
      expect(iso(parseDateTime('  2019-04-08T20:15  '))).toBe('2019-04-08T18:15:00.000Z');
    });

    it('accepts February 29 in a leap year', () => {
      expect(iso(parseDateTime('2020-02-29T12:00'))).toBe('2020-02-29T10:00:00.000Z');
    });

    it.each([
      ['a day that does not exist', '2019-02-30T10:00'],
      ['February 29 outside a leap year', '2019-02-29T10:00'],
      ['month 13', '2019-13-01T10:00'],
      ['month 0', '2019-00-10T10:00'],
      ['day 0', '2019-04-00T10:00'],
      ['hour 25', '2019-04-08T25:00'],
      ['hour 24', '2019-04-08T24:00'],
      ['minute 60', '2019-04-08T20:60'],
      ['second 60', '2019-04-08T20:15:60'],
      ['a date without a time', '2019-04-08'],
      ['a time without minutes', '2019-04-08T20'],
      ['an American-style date', '04/08/2019 20:15'],
      ['words', 'next Tuesday'],
      ['garbage', 'garbage'],
      ['an empty string', ''],
      ['trailing text', '2019-04-08T20:15 Libya time'],
    ])('rejects %s (%j)', (_what, text) => {
      expect(parseDateTime(text)).toBeUndefined();
    });
  });

  describe('parseCalendarDate', () => {
    it('returns the start of that day in Libya (22:00 UTC the day before)', () => {
      expect(iso(parseCalendarDate('2019-04-08'))).toBe('2019-04-07T22:00:00.000Z');
    });

    it('ignores surrounding whitespace', () => {
      expect(iso(parseCalendarDate(' 2019-04-08 '))).toBe('2019-04-07T22:00:00.000Z');
    });

    it.each(['2019-02-30', '2019-02-29', '2019-13-01', '2019-04-08T10:00', '8 April 2019', 'garbage', ''])(
      'rejects %j',
      (text) => {
        expect(parseCalendarDate(text)).toBeUndefined();
      },
    );
  });

  describe('formatting in Libya time', () => {
    // 20:15 in Tripoli on Monday, April 8, 2019.
    const evening = new Date('2019-04-08T18:15:00Z');
    // 00:30 in Tripoli on Tuesday, April 9, which is still Monday, April 8 in UTC.
    const afterMidnight = new Date('2019-04-08T22:30:00Z');
    // 23:30 in Tripoli on Monday, April 8, which is already Tuesday in Tokyo and Kiritimati.
    const lateEvening = new Date('2019-04-08T21:30:00Z');

    it('formatLongDate gives "April 8, 2019"', () => {
      expect(formatLongDate(evening)).toBe('April 8, 2019');
    });

    it('formatLongDate uses the Libya day, not the UTC or server day', () => {
      expect(formatLongDate(afterMidnight)).toBe('April 9, 2019');
      expect(formatLongDate(lateEvening)).toBe('April 8, 2019');
    });

    it('formatDayHeading names the weekday', () => {
      expect(formatDayHeading(evening)).toBe('Monday, April 8, 2019');
      expect(formatDayHeading(afterMidnight)).toBe('Tuesday, April 9, 2019');
      expect(formatDayHeading(lateEvening)).toBe('Monday, April 8, 2019');
    });

    it('formatDateTime uses a 12-hour clock with "p.m."', () => {
      expect(formatDateTime(evening)).toBe('April 8, 2019, 8:15 p.m.');
    });

    it('formatDateTime writes midnight, morning and noon correctly', () => {
      expect(formatDateTime(afterMidnight)).toBe('April 9, 2019, 12:30 a.m.');
      expect(formatDateTime(new Date('2019-04-08T07:05:00Z'))).toBe('April 8, 2019, 9:05 a.m.');
      expect(formatDateTime(new Date('2019-04-08T10:00:00Z'))).toBe('April 8, 2019, 12:00 p.m.');
      expect(formatDateTime(lateEvening)).toBe('April 8, 2019, 11:30 p.m.');
    });

    it('toLibyaIso gives the Libya wall-clock time with the +02:00 offset', () => {
      expect(toLibyaIso(evening)).toBe('2019-04-08T20:15:00+02:00');
      expect(toLibyaIso(afterMidnight)).toBe('2019-04-09T00:30:00+02:00');
    });

    it('libyaDayKey gives the Libya calendar day as YYYY-MM-DD', () => {
      expect(libyaDayKey(evening)).toBe('2019-04-08');
      expect(libyaDayKey(afterMidnight)).toBe('2019-04-09');
      expect(libyaDayKey(lateEvening)).toBe('2019-04-08');
    });

    it('round-trips: formatting a parsed Libya time gives the same wall clock back', () => {
      const parsed = parseDateTime('2020-01-31T23:45')!;
      expect(toLibyaIso(parsed)).toBe('2020-01-31T23:45:00+02:00');
      expect(libyaDayKey(parsed)).toBe('2020-01-31');
      expect(formatDateTime(parsed)).toBe('January 31, 2020, 11:45 p.m.');
    });

    it('a calendar date formats as that same day', () => {
      const day = parseCalendarDate('2019-12-31')!;
      expect(libyaDayKey(day)).toBe('2019-12-31');
      expect(formatDayHeading(day)).toBe('Tuesday, December 31, 2019');
    });
  });
});

describe('parseDateTime on a server whose own clocks change (DST)', () => {
  // At 02:00 on 2019-03-31 Berlin clocks jump to 03:00, so 02:00–02:59 do
  // not exist in Berlin, but they do in Tripoli (00:00–00:59 UTC). A server
  // in Germany must still read "2019-03-31T02:30" as Libya time.
  it('reads a Libya time outside the server zone\'s DST gap correctly in Europe/Berlin', () => {
    withTimeZone('Europe/Berlin', () => {
      expect(iso(parseDateTime('2019-03-31T01:30'))).toBe('2019-03-30T23:30:00.000Z');
      expect(iso(parseDateTime('2019-03-31T03:30'))).toBe('2019-03-31T01:30:00.000Z');
    });
  });

  // BUG (lib/dates.ts libyaWallClock): the TZDate constructor builds the wall
  // clock through the server's local time, so a Libya time that falls in the
  // server's own DST gap comes out one hour late (01:30Z instead of 00:30Z).
  it('reads a Libya time that falls in Europe/Berlin\'s DST gap as Libya time', () => {
    withTimeZone('Europe/Berlin', () => {
      expect(iso(parseDateTime('2019-03-31T02:30'))).toBe('2019-03-31T00:30:00.000Z');
    });
  });

  it('formats instants in the server zone\'s DST gap in Libya time regardless', () => {
    withTimeZone('Europe/Berlin', () => {
      expect(toLibyaIso(new Date('2019-03-31T00:30:00Z'))).toBe('2019-03-31T02:30:00+02:00');
    });
  });
});

describe('libyaDayKey agrees with a full time-zone conversion', () => {
  const viaTimeZone = (date: Date) => format(date, 'yyyy-MM-dd', { in: tz('Africa/Tripoli') });

  it('for any moment from 1950 to 2100, including the years Libya kept summer time', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01T00:00Z'), max: new Date('2100-12-31T00:00Z'), noInvalidDate: true }), (date) => {
        expect(libyaDayKey(date)).toBe(viaTimeZone(date));
      }),
      { numRuns: 2000 },
    );
  });

  it('for runs of moments close together, as a story\'s sources and figures are (the last day is remembered)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01T00:00Z'), max: new Date('2100-12-31T00:00Z'), noInvalidDate: true }),
        fc.array(fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), { minLength: 1, maxLength: 12 }),
        (base, steps) => {
          for (const step of steps) {
            const date = new Date(base.getTime() + step);
            expect(libyaDayKey(date)).toBe(viaTimeZone(date));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('around the 2013 clock changes, minute by minute', () => {
    for (const start of ['2013-03-29T00:00Z', '2013-10-25T00:00Z', '2012-11-09T21:00Z']) {
      for (let minute = 0; minute < 6 * 60; minute += 7) {
        const date = new Date(new Date(start).getTime() + minute * 60_000);
        expect(libyaDayKey(date)).toBe(viaTimeZone(date));
      }
    }
  });

  it('throws on an invalid date, as formatting does', () => {
    expect(() => libyaDayKey(new Date(Number.NaN))).toThrow(RangeError);
  });
});
