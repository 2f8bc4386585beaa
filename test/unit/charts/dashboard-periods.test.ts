import { dashboardPeriods, parseDashboardQuery, trendMonths } from '../../../src/intents/answers/dashboard-data';
import { barChartSpec } from '../../../src/intents/answers/chart-spec';

const at = (iso: string) => new Date(iso);
const periods = (period: Parameters<typeof dashboardPeriods>[0]['period'], now: string, tz = 'UTC', extra: { start?: string; end?: string } = {}) =>
  dashboardPeriods({ period, ...extra }, at(now), tz);

describe('dashboard periods', () => {
  it('compares this month to date with the same days of last month', () => {
    expect(periods('this_month', '2026-05-10T12:00:00Z')).toEqual({
      period: { start: '2026-05-01', end: '2026-05-10' },
      previous: { start: '2026-04-01', end: '2026-04-10' },
    });
  });

  it('stops the comparison at the end of a shorter previous month', () => {
    expect(periods('this_month', '2026-03-31T12:00:00Z').previous).toEqual({ start: '2026-02-01', end: '2026-02-28' });
  });

  it('compares last month with the whole month before, across a year boundary', () => {
    expect(periods('last_month', '2026-01-15T00:00:00Z')).toEqual({
      period: { start: '2025-12-01', end: '2025-12-31' },
      previous: { start: '2025-11-01', end: '2025-11-30' },
    });
  });

  it('uses calendar quarters, wrapping to last year in the first quarter', () => {
    expect(periods('this_quarter', '2026-02-14T00:00:00Z')).toEqual({
      period: { start: '2026-01-01', end: '2026-02-14' },
      previous: { start: '2025-10-01', end: '2025-11-14' },
    });
    expect(periods('this_quarter', '2026-08-01T00:00:00Z').previous.start).toBe('2026-04-01');
    expect(periods('last_quarter', '2026-02-14T00:00:00Z')).toEqual({
      period: { start: '2025-10-01', end: '2025-12-31' },
      previous: { start: '2025-07-01', end: '2025-09-30' },
    });
    expect(periods('last_quarter', '2026-05-14T00:00:00Z')).toEqual({
      period: { start: '2026-01-01', end: '2026-03-31' },
      previous: { start: '2025-10-01', end: '2025-12-31' },
    });
    expect(periods('last_quarter', '2026-11-14T00:00:00Z').previous).toEqual({ start: '2026-04-01', end: '2026-06-30' });
  });

  it('compares this year to date with the same days of last year', () => {
    expect(periods('this_year', '2026-03-01T00:00:00Z')).toEqual({
      period: { start: '2026-01-01', end: '2026-03-01' },
      previous: { start: '2025-01-01', end: '2025-03-01' },
    });
  });

  it("counts days in the organisation's time zone", () => {
    // 2026-04-30 20:00 UTC is already May 1st in Shanghai.
    expect(periods('this_month', '2026-04-30T20:00:00Z', 'Asia/Shanghai').period).toEqual({ start: '2026-05-01', end: '2026-05-01' });
    expect(periods('this_month', '2026-04-30T20:00:00Z', 'UTC').period).toEqual({ start: '2026-04-01', end: '2026-04-30' });
  });

  it('compares a custom period with as many days just before it', () => {
    expect(periods('custom', '2026-05-10T00:00:00Z', 'UTC', { start: '2026-03-01', end: '2026-03-31' }).previous).toEqual({ start: '2026-01-29', end: '2026-02-28' });
  });

  it('trends over the six months up to the end of the period, the last one cut at its end', () => {
    expect(trendMonths({ start: '2026-02-01', end: '2026-02-10' })).toEqual([
      { start: '2025-09-01', end: '2025-09-30' },
      { start: '2025-10-01', end: '2025-10-31' },
      { start: '2025-11-01', end: '2025-11-30' },
      { start: '2025-12-01', end: '2025-12-31' },
      { start: '2026-01-01', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-10' },
    ]);
  });
});

describe('dashboard filters', () => {
  it('defaults to this month and ignores empty fields', () => {
    expect(parseDashboardQuery({ team: '', owner: '' })).toEqual({ period: 'this_month' });
  });

  it.each([
    [{ period: 'fortnight' }],
    [{ period: 'custom', start: '2026-03-10' }],
    [{ period: 'custom', start: '2026-03-10', end: '2026-03-01' }],
    [{ period: 'custom', start: '2026-02-30', end: '2026-03-01' }],
    [{ team: 'east' }],
  ])('rejects %j', (q) => {
    expect(() => parseDashboardQuery(q)).toThrow(/Invalid dashboard filters/);
  });
});

describe('bar chart labels', () => {
  it('slants long labels that would collide on a narrow chart', () => {
    const rotate = (g: Record<string, number>) => (barChartSpec('x', g) as { xAxis: { axisLabel: { rotate: number } } }).xAxis.axisLabel.rotate;
    expect(rotate({ lead: 1, qualified: 2, proposal: 3, negotiation: 4 })).toBe(30);
    expect(rotate({ 'Ray Rep': 1, 'Rita Rep': 2 })).toBe(0);
  });
});
