/** Calendar days as 'YYYY-MM-DD' strings: a digest speaks of local days, which have no time zone. */
export { localDate } from '../../shared/local-date';

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

/** Weeks run Monday to Sunday (ISO 8601). */
export const mondayOf = (day: string): string => addDays(day, -((weekday(day) + 6) % 7));
export const sundayOf = (day: string): string => addDays(mondayOf(day), 6);
export const previousWeekStart = (day: string): string => addDays(mondayOf(day), -7);
