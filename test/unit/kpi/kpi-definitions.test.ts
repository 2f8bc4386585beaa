import { contract, METRICS, type Metric } from '../../../src/shared/contract/contract';
import { METRIC_DEFINITIONS, metricAllowed, defaultPeriod, localDate, GROUPS_FOR_BASE } from '../../../src/crm/kpi';
import { isCalendarDay, isValidTimeZone } from '../../../src/crm/kpi/kpi-period';
import { parseKpiQuery } from '../../../src/crm/kpi/kpi-query.schema';
import type { Actor } from '../../../src/crm/access/actor';

const actor = (role: Actor['role']): Actor => ({ id: null, name: role, email: `${role}@x.test`, role, teamId: null });
const NOW = new Date('2026-06-10T09:00:00Z');

describe('metric definitions', () => {
  test('cover all sixteen metrics with the unit and wording of intents.json', () => {
    expect(Object.keys(METRIC_DEFINITIONS).sort()).toEqual([...METRICS].sort());
    for (const m of METRICS) {
      expect(METRIC_DEFINITIONS[m].unit).toBe(contract.metrics[m].unit);
      expect(METRIC_DEFINITIONS[m].definition).toBe(contract.metrics[m].definition);
    }
  });

  test('agents get ticket and activity metrics only; everyone else gets all', () => {
    const agentMetrics = METRICS.filter((m) => metricAllowed(actor('agent'), m));
    expect(agentMetrics).toEqual<Metric[]>([
      'activities', 'calls_logged', 'tickets_opened', 'tickets_resolved', 'open_tickets', 'first_response_time', 'resolution_time', 'sla_breaches',
    ]);
    for (const role of ['rep', 'manager', 'admin'] as const) expect(METRICS.every((m) => metricAllowed(actor(role), m))).toBe(true);
  });

  test('each base can be grouped by owner, team and region, plus its own enum', () => {
    expect(GROUPS_FOR_BASE.deals).toContain('stage');
    expect(GROUPS_FOR_BASE.tickets).toContain('priority');
    expect(GROUPS_FOR_BASE.activities).toContain('kind');
    expect(GROUPS_FOR_BASE.accounts).toEqual(['owner', 'team', 'region']);
  });
});

describe('periods', () => {
  test('the default period is the current month to date', () => {
    expect(defaultPeriod(NOW, 'UTC')).toEqual({ start: '2026-06-01', end: '2026-06-10' });
  });

  test('the default period follows the time zone across a month boundary', () => {
    const lateJune = new Date('2026-06-30T20:00:00Z');
    expect(defaultPeriod(lateJune, 'UTC')).toEqual({ start: '2026-06-01', end: '2026-06-30' });
    expect(defaultPeriod(lateJune, 'Asia/Shanghai')).toEqual({ start: '2026-07-01', end: '2026-07-01' });
    expect(localDate(new Date('2026-01-01T03:00:00Z'), 'America/Los_Angeles')).toBe('2025-12-31');
  });

  test('calendar days and time zones are checked', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-2-1')).toBe(false);
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('KPI query validation', () => {
  const ok = { metric: 'win_rate' as const, now: NOW, tz: 'UTC' };

  test('accepts a well-formed query', () => {
    expect(parseKpiQuery({ ...ok, period: { start: '2026-01-01', end: '2026-03-31' }, groupBy: 'owner' })).toMatchObject({ groupBy: 'owner' });
  });

  test.each([
    ['an unknown metric', { ...ok, metric: 'happiness' }],
    ['a period that ends before it starts', { ...ok, period: { start: '2026-03-31', end: '2026-01-01' } }],
    ['an impossible day', { ...ok, comparePeriod: { start: '2026-02-30', end: '2026-03-01' } }],
    ['an unknown time zone', { ...ok, tz: 'Nowhere/Land' }],
    ['an owner id that is not a uuid', { ...ok, ownerId: "x' or 1=1 --" }],
    ['an unknown grouping', { ...ok, groupBy: 'colour' }],
  ])('refuses %s with bad_input', (_what, q) => {
    expect(() => parseKpiQuery(q as never)).toThrow(expect.objectContaining({ code: 'bad_input' }));
  });
});
