import { computeKpi, type KpiQuery } from '../../../src/crm/kpi';
import type { Metric, Period } from '../../../src/shared/contract/contract';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { loadKpiFixture, NOW, type KpiFixture } from './kpi-fixture';

const Q1: Period = { start: '2026-01-01', end: '2026-03-31' };
const Q2: Period = { start: '2026-04-01', end: '2026-06-30' };
const Q3: Period = { start: '2026-07-01', end: '2026-09-30' };
const Y2025: Period = { start: '2025-01-01', end: '2025-12-31' };
const Y2026: Period = { start: '2026-01-01', end: '2026-12-31' };
const Y2024: Period = { start: '2024-01-01', end: '2024-12-31' };
const SHANGHAI = 'Asia/Shanghai';

describe.each(engines())('KPI metrics against hand-computed values on %s', (engine) => {
  let t: TestDb;
  let f: KpiFixture;
  beforeAll(async () => {
    t = await createTestDb(engine);
    f = await loadKpiFixture(t.db);
  });
  afterAll(() => t.drop());

  const admin = (q: Partial<KpiQuery> & { metric: Metric }) => computeKpi(t.db, f.users.ada, { now: NOW, tz: 'UTC', ...q });

  // Every value below is worked out from kpi-fixture.ts by hand.
  test.each<[Metric, Period, string, number | null]>([
    ['pipeline_value', Q2, 'UTC', 42000], // d6 + d7, which slipped past its close date
    ['pipeline_value', Q3, 'UTC', 7000],
    ['new_deals', Q1, 'UTC', 4],
    ['new_deals', Q2, 'UTC', 4],
    ['deals_won', Q1, 'UTC', 2],
    ['deals_won', Q1, SHANGHAI, 1], // d3 closed 23:30 UTC on 31 March: 1 April in Shanghai
    ['deals_won', Q2, SHANGHAI, 2],
    ['revenue_won', Q1, 'UTC', 30000],
    ['revenue_won', Y2025, 'UTC', 4000],
    ['revenue_won', Y2024, 'UTC', 0],
    ['win_rate', Q1, 'UTC', 2 / 3],
    ['win_rate', Q2, 'UTC', 0.5],
    ['win_rate', Y2024, 'UTC', null],
    ['avg_deal_size', Q1, 'UTC', 15000],
    ['avg_deal_size', Y2024, 'UTC', null],
    ['sales_cycle_days', Q1, 'UTC', (30.5 + 58 + 23.5 / 24) / 2],
    ['sales_cycle_days', Q2, 'UTC', 30],
    ['sales_cycle_days', Y2024, 'UTC', null],
    ['new_accounts', Q1, 'UTC', 3],
    ['new_accounts', Y2025, 'UTC', 2],
    ['new_accounts', Y2025, SHANGHAI, 1], // Nova was created on New Year's Day in Shanghai
    ['activities', Q1, 'UTC', 3],
    ['activities', Y2026, 'UTC', 6],
    ['activities', Y2026, SHANGHAI, 7], // a6 at 23:59:59 UTC on New Year's Eve
    ['activities', Y2025, SHANGHAI, 0],
    ['calls_logged', Q1, 'UTC', 1],
    ['calls_logged', Q2, 'UTC', 1],
    ['tickets_opened', Q1, 'UTC', 4],
    ['tickets_opened', Q1, SHANGHAI, 3],
    ['tickets_opened', Q2, 'UTC', 3],
    ['tickets_resolved', Q1, 'UTC', 3],
    ['tickets_resolved', Q2, 'UTC', 1],
    ['first_response_time', Q1, 'UTC', 2], // 0.5, 2, 5
    ['first_response_time', Q2, 'UTC', 13.5], // 3 and 24: the mean of the middle two
    ['first_response_time', Y2024, 'UTC', null],
    ['resolution_time', Q1, 'UTC', 30], // 10, 30, 48
    ['resolution_time', Q2, 'UTC', 48],
    ['sla_breaches', Q1, 'UTC', 2], // t2 answered after 5 h (high: 4), t4 never answered (low: 72)
    ['sla_breaches', Q2, 'UTC', 1], // t7 (3 h, urgent); t6 at exactly 24 h is on time; t5 still within 24 h
    ['sla_breaches', Y2024, 'UTC', 0],
  ])('%s over %j in %s is %p', async (metric, period, tz, expected) => {
    const r = await admin({ metric, period, tz });
    if (expected === null) expect(r.value).toBeNull();
    else expect(r.value).toBeCloseTo(expected, 6);
    expect(r.period).toEqual(period);
    expect(r.periodApplies).toBe(true);
  });

  test('pipeline_value without a period is every open deal now, and says the period did not apply', async () => {
    const r = await admin({ metric: 'pipeline_value' });
    expect(r.value).toBe(49000);
    expect(r.count).toBe(3);
    expect(r.periodApplies).toBe(false);
  });

  test('open_tickets counts open and pending tickets now whatever the period', async () => {
    const r = await admin({ metric: 'open_tickets', period: Y2024, comparePeriod: Y2025, groupBy: 'owner' });
    expect(r.value).toBe(3);
    expect(r.periodApplies).toBe(false);
    expect(r.compare).toBeUndefined();
    expect(r.groups).toEqual({ '(unassigned)': 1, 'Cara Care': 1, 'Sam Agent': 1 });
  });

  test('an unanswered ticket breaches once its SLA has run out by now', async () => {
    const later = new Date('2026-06-11T01:00:00Z'); // t5 (normal) is now 25 h old
    const r = await computeKpi(t.db, f.users.ada, { metric: 'sla_breaches', period: Q2, now: later, tz: 'UTC' });
    expect(r.value).toBe(2);
  });

  test('win rate reports its numerator and denominator', async () => {
    const r = await admin({ metric: 'win_rate', period: Q1 });
    expect(r).toMatchObject({ numerator: 2, denominator: 3, unit: 'ratio' });
    expect(r.definition).toMatch(/won \/ \(won \+ lost\)/);
  });

  test('no period means the current month to date in the time zone', async () => {
    const r = await admin({ metric: 'new_deals' });
    expect(r.period).toEqual({ start: '2026-06-01', end: '2026-06-10' });
    expect(r.value).toBe(1); // d8
    expect(r.asOf).toBe(NOW.toISOString());
    expect(r.filters).toEqual({ timeZone: 'UTC' });
    expect(r.scope).toEqual({ kind: 'all', label: 'all records' });
  });

  test('a period of a single day at a quarter boundary', async () => {
    const day = { start: '2026-04-01', end: '2026-04-01' };
    expect((await admin({ metric: 'tickets_opened', period: day, tz: SHANGHAI })).value).toBe(1); // t4
    expect((await admin({ metric: 'tickets_opened', period: day })).value).toBe(0);
    expect((await admin({ metric: 'new_accounts', period: day, tz: SHANGHAI })).value).toBe(1); // Kite
  });
});
