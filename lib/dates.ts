import { tz, tzOffset } from '@date-fns/tz';
import { format, formatISO, getDaysInMonth } from 'date-fns';
import { site } from './site';

/**
 * Every date on the site is shown in Libya time, whatever the server's TZ.
 * Parsing accepts front-matter strings; components receive `Date`s only.
 */
const libya = tz(site.timeZone);

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates outside these years are typing mistakes (0019 for 2019, 20199...), not news. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Real UTC offsets run from -12:00 to +14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function validParts(p: Parts): boolean {
  return (
    p.year >= MIN_YEAR &&
    p.year <= MAX_YEAR &&
    p.month >= 1 &&
    p.month <= 12 &&
    p.day >= 1 &&
    p.day <= getDaysInMonth(new Date(Date.UTC(p.year, p.month - 1, 1, 12))) &&
    p.hour <= 23 &&
    p.minute <= 59 &&
    p.second <= 59
  );
}

/** Minutes east of UTC, or undefined for an offset no clock uses (+99:99, +15:00). */
function offsetMinutes(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || 0);
  const total = hours * 60 + minutes;
  return minutes <= 59 && total <= MAX_OFFSET_MINUTES ? sign * total : undefined;
}

/**
 * The instant at which Libya's clocks show `p`. Computed from UTC and
 * Libya's offset (twice, in case the offset changes near that instant),
 * never through the server's local clock, whose DST gaps would shift it.
 */
function libyaWallClock(p: Parts): Date {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const guess = asUtc - libyaOffset(asUtc) * 60_000;
  return new Date(asUtc - libyaOffset(guess) * 60_000);
}

/**
 * Parses `YYYY-MM-DDTHH:MM[:SS][offset]`. Without an offset the time is Libya
 * time (Africa/Tripoli). Returns undefined for anything else, including
 * impossible dates such as 2019-02-30, years outside 1900–2100 and offsets
 * beyond ±14:00.
 */
export function parseDateTime(text: string): Date | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, offset] = m;
  const p: Parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s ?? 0),
  };
  if (!validParts(p)) return undefined;
  if (offset === undefined) return libyaWallClock(p);
  const minutes = offsetMinutes(offset);
  if (minutes === undefined) return undefined;
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return new Date(utc - minutes * 60_000);
}

/** Parses a calendar date `YYYY-MM-DD` as the start of that day in Libya. */
export function parseCalendarDate(text: string): Date | undefined {
  const m = DATE_ONLY.exec(text.trim());
  if (!m) return undefined;
  const p: Parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: 0, minute: 0, second: 0 };
  return validParts(p) ? libyaWallClock(p) : undefined;
}

/** "April 8, 2019" */
export function formatLongDate(date: Date): string {
  return format(date, 'MMMM d, yyyy', { in: libya });
}

/** "Monday, April 8, 2019" */
export function formatDayHeading(date: Date): string {
  return format(date, 'EEEE, MMMM d, yyyy', { in: libya });
}

/** "April 8, 2019, 8:15 p.m." (Libya time; callers say so where it matters) */
export function formatDateTime(date: Date): string {
  return format(date, 'MMMM d, yyyy, h:mm aaaa', { in: libya });
}

/** "2019-04-08T20:15:00+02:00": machine-readable, with Libya's offset. */
export function toLibyaIso(date: Date): string {
  return formatISO(date, { in: libya });
}

/** Libya's UTC offset (minutes) per quarter hour: the checks ask for millions of days. */
const offsetByQuarterHour = new Map<number, number>();

function libyaOffset(time: number): number {
  const quarter = Math.floor(time / 900_000);
  let offset = offsetByQuarterHour.get(quarter);
  if (offset === undefined) {
    offset = tzOffset(site.timeZone, new Date(time));
    if (Number.isNaN(offset)) throw new RangeError('Invalid time value');
    offsetByQuarterHour.set(quarter, offset);
  }
  return offset;
}

const DAY_MS = 86_400_000;
/** The Libya day asked for last, as the times it spans: a story's sources and figures share their days. */
let lastDay = { start: 0, end: 0, key: '' };

/** "2019-04-08": the Libya calendar day a moment falls on. */
export function libyaDayKey(date: Date): string {
  const time = date.getTime();
  if (time >= lastDay.start && time < lastDay.end) return lastDay.key;
  const offset = libyaOffset(time);
  const local = time + offset * 60_000;
  const key = new Date(local).toISOString().slice(0, 10);
  const start = Math.floor(local / DAY_MS) * DAY_MS - offset * 60_000;
  // Remembered only for a day with one offset throughout (not the day of a clock change).
  if (libyaOffset(start) === offset && libyaOffset(start + DAY_MS - 1) === offset) lastDay = { start, end: start + DAY_MS, key };
  return key;
}
