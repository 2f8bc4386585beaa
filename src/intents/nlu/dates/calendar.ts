/**
 * Whole calendar days as integers (days since 1970-01-01), so date arithmetic never meets
 * daylight saving or the host's time zone. Only `todayIn` looks at a zone.
 */
export type DayNum = number;

const MS_PER_DAY = 86_400_000;

export const dayNum = (y: number, m: number, d: number): DayNum => Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);

export function partsOf(n: DayNum): { y: number; m: number; d: number } {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export const isoOf = (n: DayNum): string => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

/** 0 = Monday … 6 = Sunday (weeks run Monday to Sunday). */
export const weekdayOf = (n: DayNum): number => (new Date(n * MS_PER_DAY).getUTCDay() + 6) % 7;

export const mondayOf = (n: DayNum): DayNum => n - weekdayOf(n);

/** Last day of month m (1-12; overflow allowed, e.g. 13 = January next year). */
export const monthEnd = (y: number, m: number): DayNum => dayNum(y, m + 1, 0);

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

export type Range = [DayNum, DayNum];

export const monthRange = (y: number, m: number): Range => [dayNum(y, m, 1), monthEnd(y, m)];
export const quarterRange = (y: number, q: number): Range => [dayNum(y, q * 3 - 2, 1), monthEnd(y, q * 3)];
export const halfRange = (y: number, h: number): Range => [dayNum(y, h * 6 - 5, 1), monthEnd(y, h * 6)];
export const yearRange = (y: number): Range => [dayNum(y, 1, 1), dayNum(y, 12, 31)];
export const weekRange = (n: DayNum): Range => [mondayOf(n), mondayOf(n) + 6];

/** The same day-of-month n months away, clamped to that month's length. */
export function addMonths(n: DayNum, months: number): DayNum {
  const { y, m, d } = partsOf(n);
  const last = partsOf(monthEnd(y, m + months)).d;
  return dayNum(y, m + months, Math.min(d, last));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Creating an Intl formatter is slow, and NLU runs thousands of times a second: one per zone. */
function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      f = formatterFor('UTC'); // an unknown zone reads as UTC rather than failing the message
    }
    formatters.set(tz, f);
  }
  return f;
}

/** The calendar day it is at `now` in zone `tz`. */
export function todayIn(now: Date, tz: string): DayNum {
  // every zone's offset is a multiple of 15 minutes, so the day cannot change inside a bucket
  const key = `${tz}|${Math.floor(now.getTime() / 900_000)}`;
  const hit = todays.get(key);
  if (hit !== undefined) return hit;
  const parts = formatterFor(tz || 'UTC').formatToParts(now);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const day = dayNum(get('year'), get('month'), get('day'));
  if (todays.size > 1000) todays.clear();
  todays.set(key, day);
  return day;
}

const todays = new Map<string, DayNum>();
