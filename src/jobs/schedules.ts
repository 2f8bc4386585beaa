import type { Schedule } from './contracts';

/** The repeatable work; times are local to the organisation's time zone. */
export function defaultSchedules(timezone: string): Schedule[] {
  return [
    { id: 'sla-watch', name: 'sla.watch', every: 60_000 },
    { id: 'digest-morning', name: 'digest.morning', at: { hour: 8, minute: 0, weekdays: [1, 2, 3, 4, 5] }, tz: timezone },
    { id: 'digest-weekly', name: 'digest.weekly', at: { hour: 8, minute: 0, weekdays: [1] }, tz: timezone },
    { id: 'maintenance-retention', name: 'maintenance.retention', at: { hour: 3, minute: 30 }, tz: timezone },
  ];
}

/** The same schedule in BullMQ's terms (a cron pattern with its zone, or a fixed period). */
export function toRepeat(s: Schedule): { every: number } | { pattern: string; tz: string } {
  if ('every' in s) return { every: s.every };
  const days = s.at.weekdays?.length ? s.at.weekdays.join(',') : '*';
  return { pattern: `${s.at.minute} ${s.at.hour} * * ${days}`, tz: s.tz };
}

interface LocalTime {
  date: string;
  weekday: number;
  minutes: number;
}

function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Within an hour of the set time a due run is still made: a process started at 08:20 sends the 08:00 digest. */
const CATCH_UP_MINUTES = 60;

/**
 * For the in-process driver, which has no cron: the occurrence (one per local day) that is due
 * at `now`, or null. The key names the day, so checking every minute enqueues it once.
 */
export function dueOccurrence(s: Schedule, now: Date): string | null {
  if ('every' in s) return null;
  const t = localTime(now, s.tz);
  if (s.at.weekdays?.length && !s.at.weekdays.includes(t.weekday)) return null;
  const start = s.at.hour * 60 + s.at.minute;
  if (t.minutes < start || t.minutes >= start + CATCH_UP_MINUTES) return null;
  return t.date;
}
