import type { Schedule } from '../../../src/jobs/contracts';
import { defaultSchedules, dueOccurrence, toRepeat } from '../../../src/jobs/schedules';

describe('schedules', () => {
  const morning: Schedule = { id: 'm', name: 'digest.morning', at: { hour: 8, minute: 0, weekdays: [1, 2, 3, 4, 5] }, tz: 'Asia/Shanghai' };

  it('gives the SLA watch every minute and the digests at 08:00 local time', () => {
    const s = defaultSchedules('Europe/Berlin');
    expect(s.map((x) => [x.name, toRepeat(x)])).toEqual([
      ['sla.watch', { every: 60_000 }],
      ['digest.morning', { pattern: '0 8 * * 1,2,3,4,5', tz: 'Europe/Berlin' }],
      ['digest.weekly', { pattern: '0 8 * * 1', tz: 'Europe/Berlin' }],
      ['maintenance.retention', { pattern: '30 3 * * *', tz: 'Europe/Berlin' }],
    ]);
  });

  it.each([
    ['2026-11-25T00:00:00Z', '2026-11-25'], // 08:00 Wednesday in Shanghai
    ['2026-11-25T00:59:00Z', '2026-11-25'], // still within the catch-up hour
    ['2026-11-25T01:00:00Z', null], // too late: tomorrow's run will do
    ['2026-11-24T23:59:00Z', null], // 07:59
    ['2026-11-28T00:10:00Z', null], // Saturday
  ])('knows whether a time-of-day schedule is due at %s', (at, due) => {
    expect(dueOccurrence(morning, new Date(at))).toBe(due);
  });

  it('leaves fixed periods to timers', () => {
    expect(dueOccurrence({ id: 's', name: 'sla.watch', every: 60_000 }, new Date())).toBeNull();
    expect(dueOccurrence({ id: 'r', name: 'maintenance.retention', at: { hour: 3, minute: 30 }, tz: 'UTC' }, new Date('2026-11-28T03:45:00Z'))).toBe('2026-11-28');
  });
});
