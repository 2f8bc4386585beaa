import type { Period } from '../../shared/contract/contract';

import { localDate } from '../../shared/local-date';

export { localDate };

/** The contract's default when a question names no period: the current calendar month to date. */
export function defaultPeriod(now: Date, tz: string): Period {
  const today = localDate(now, tz);
  return { start: `${today.slice(0, 8)}01`, end: today };
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (rejects 2026-02-30, which Date would roll over). */
export function isCalendarDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
