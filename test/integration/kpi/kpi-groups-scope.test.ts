import type { Actor } from '../../../src/crm/access/actor';
import { computeKpi, type KpiQuery } from '../../../src/crm/kpi';
import type { Metric, Period } from '../../../src/shared/contract/contract';
import { createTestDb, engines, type TestDb } from '../../support/test-db';
import { loadKpiFixture, NOW, type KpiFixture } from './kpi-fixture';

const Q1: Period = { start: '2026-01-01', end: '2026-03-31' };
const Q2: Period = { start: '2026-04-01', end: '2026-06-30' };
const MARCH: Period = { start: '2026-03-01', end: '2026-03-31' };
const Y2025: Period = { start: '2025-01-01', end: '2025-12-31' };

describe.each(engines())('KPI group-by, comparison and role scope on %s', (engine) => {
  let t: TestDb;
  let f: KpiFixture;
  beforeAll(async () => {
    t = await createTestDb(engine);
    f = await loadKpiFixture(t.db);
  });
  afterAll(() => t.drop());

  const kpi = (actor: Actor, q: Partial<KpiQuery> & { metric: Metric }) => computeKpi(t.db, actor, { now: NOW, tz: 'UTC', ...q });

  describe('group-by', () => {
    test.each<[Metric, Period, KpiQuery['groupBy'], Record<string, number>]>([
      ['pipeline_value', Q2, 'stage', { proposal: 12000, negotiation: 30000 }],
      ['new_deals', Q1, 'stage', { negotiation: 1, won: 2, lost: 1 }],
      ['deals_won', MARCH, 'owner', { 'Rita Rep': 1, 'Rex Rep': 0 }], // Rex only lost in March
      ['revenue_won', Q1, 'team', { East: 30000 }],
      ['revenue_won', Q1, 'region', { 'North America': 20000, EMEA: 10000 }],
      ['win_rate', Q1, 'owner', { 'Rita Rep': 1, 'Rex Rep': 0.5 }],
      ['new_accounts', Q1, 'region', { '(no region)': 1, APAC: 1, EMEA: 1 }],
      ['activities', Q1, 'kind', { call: 1, meeting: 1, email: 1 }],
      ['calls_logged', Q1, 'owner', { 'Rex Rep': 1, 'Rita Rep': 0 }], // Rita logged only a meeting
      ['tickets_opened', Q1, 'priority', { urgent: 1, high: 1, normal: 1, low: 1 }],
      ['tickets_resolved', Q1, 'team', { Care: 3 }],
      ['first_response_time', Q2, 'priority', { urgent: 3, normal: 24 }],
      ['sla_breaches', Q1, 'region', { APAC: 1, EMEA: 1, 'North America': 0 }], // Nova's ticket was on time
    ])('%s over %j by %s lists every group with records, zeros included', async (metric, period, groupBy, groups) => {
      const r = await kpi(f.users.ada, { metric, period, groupBy });
      expect(r.groups).toEqual(groups);
    });

    test('the overall value comes with the groups and is not their sum for a median', async () => {
      const r = await kpi(f.users.ada, { metric: 'resolution_time', period: Q1, groupBy: 'priority' });
      expect(r.value).toBe(30);
      expect(r.groups).toEqual({ urgent: 10, high: 48, normal: 30 });
    });

    test('enum groups come in their natural order, others largest first', async () => {
      const byStage = await kpi(f.users.ada, { metric: 'new_deals', period: Q1, groupBy: 'stage' });
      expect(Object.keys(byStage.groups!)).toEqual(['negotiation', 'won', 'lost']);
      const byOwner = await kpi(f.users.ada, { metric: 'revenue_won', period: Q1, groupBy: 'owner' });
      expect(Object.keys(byOwner.groups!)).toEqual(['Rita Rep', 'Rex Rep']);
    });

    test('an empty period has no groups', async () => {
      const r = await kpi(f.users.ada, { metric: 'revenue_won', period: { start: '2024-01-01', end: '2024-12-31' }, groupBy: 'owner' });
      expect(r.value).toBe(0);
      expect(r.groups).toEqual({});
    });

    test('a grouping that does not fit the metric is refused', async () => {
      await expect(kpi(f.users.ada, { metric: 'tickets_opened', groupBy: 'stage' })).rejects.toMatchObject({ code: 'bad_input' });
      await expect(kpi(f.users.ada, { metric: 'win_rate', groupBy: 'kind' })).rejects.toMatchObject({ code: 'bad_input' });
    });
  });

  describe('comparison', () => {
    test('the compare period is computed the same way', async () => {
      const r = await kpi(f.users.ada, { metric: 'win_rate', period: Q2, comparePeriod: Q1 });
      expect(r.value).toBe(0.5);
      expect(r.compare).toMatchObject({ period: Q1, numerator: 2, denominator: 3 });
      expect(r.compare!.value).toBeCloseTo(2 / 3, 6);
    });

    test('a compare period with no records gives 0 for a count', async () => {
      const r = await kpi(f.users.ada, { metric: 'tickets_opened', period: Q1, comparePeriod: { start: '2024-01-01', end: '2024-03-31' } });
      expect(r.value).toBe(4);
      expect(r.compare).toEqual({ value: 0, period: { start: '2024-01-01', end: '2024-03-31' }, count: 0 });
    });
  });

  describe('role scope', () => {
    test('a rep sees only their own records', async () => {
      const rex = f.users.rex;
      expect((await kpi(rex, { metric: 'deals_won', period: Q1 })).value).toBe(1);
      expect((await kpi(rex, { metric: 'pipeline_value' })).value).toBe(30000);
      expect((await kpi(rex, { metric: 'activities', period: Q1 })).value).toBe(2);
      expect((await kpi(rex, { metric: 'tickets_opened', period: Q1 })).value).toBe(0); // assigned none
      const r = await kpi(rex, { metric: 'revenue_won', period: Q1, groupBy: 'owner' });
      expect(r.groups).toEqual({ 'Rex Rep': 10000 });
      expect(r.scope).toEqual({ kind: 'own', label: 'Rex Rep' });
    });

    test("a manager sees their team's records, by owner for deals and by assignee for tickets", async () => {
      const r = await kpi(f.users.mia, { metric: 'revenue_won', period: Q1, groupBy: 'owner' });
      expect(r.groups).toEqual({ 'Rita Rep': 20000, 'Rex Rep': 10000 });
      expect(r.scope).toEqual({ kind: 'team', label: 'East' });
      expect((await kpi(f.users.mia, { metric: 'pipeline_value' })).value).toBe(42000); // not Will's d8
      expect((await kpi(f.users.mia, { metric: 'deals_won', period: Y2025 })).value).toBe(1); // her own d9
      expect((await kpi(f.users.mia, { metric: 'activities', period: Q2 })).value).toBe(0);
      expect((await kpi(f.users.cara, { metric: 'tickets_opened', period: Q2 })).value).toBe(2); // not unassigned t7
      expect((await kpi(f.users.cara, { metric: 'open_tickets', groupBy: 'owner' })).groups).toEqual({ 'Cara Care': 1, 'Sam Agent': 1 });
    });

    test('an agent sees every ticket and activity but no deal or account metric', async () => {
      expect((await kpi(f.users.sam, { metric: 'tickets_opened', period: Q2 })).value).toBe(3);
      expect((await kpi(f.users.sam, { metric: 'activities', period: Q2 })).value).toBe(3);
      await expect(kpi(f.users.sam, { metric: 'win_rate', period: Q1 })).rejects.toMatchObject({ code: 'denied' });
      await expect(kpi(f.users.sam, { metric: 'new_accounts', period: Q1 })).rejects.toMatchObject({ code: 'denied' });
    });

    test('owner and team filters narrow the numbers and are named in the result', async () => {
      const byOwner = await kpi(f.users.ada, { metric: 'revenue_won', period: Q1, ownerId: f.users.rex.id! });
      expect(byOwner.value).toBe(10000);
      expect(byOwner.filters).toEqual({ owner: 'Rex Rep', timeZone: 'UTC' });
      const byTeam = await kpi(f.users.ada, { metric: 'deals_won', period: Q2, teamId: f.teams.West });
      expect(byTeam.value).toBe(1);
      expect(byTeam.filters.team).toBe('West');
      const own = await kpi(f.users.mia, { metric: 'deals_won', period: Q1, ownerId: f.users.rita.id!, teamId: f.teams.East });
      expect(own.value).toBe(1);
    });

    test('filters outside one’s own scope are refused rather than answered with zero', async () => {
      await expect(kpi(f.users.mia, { metric: 'deals_won', ownerId: f.users.will.id! })).rejects.toMatchObject({ code: 'denied' });
      await expect(kpi(f.users.mia, { metric: 'deals_won', teamId: f.teams.West })).rejects.toMatchObject({ code: 'denied' });
      await expect(kpi(f.users.rex, { metric: 'deals_won', ownerId: f.users.rita.id! })).rejects.toMatchObject({ code: 'denied' });
      await expect(kpi(f.users.rex, { metric: 'deals_won', teamId: f.teams.West })).rejects.toMatchObject({ code: 'denied' });
    });

    test('unknown users and teams in filters are reported as not found', async () => {
      const ghost = '00000000-0000-4000-8000-000000000000';
      await expect(kpi(f.users.ada, { metric: 'deals_won', ownerId: ghost })).rejects.toMatchObject({ code: 'not_found' });
      await expect(kpi(f.users.ada, { metric: 'deals_won', teamId: ghost })).rejects.toMatchObject({ code: 'not_found' });
    });

    test('a manager without a team sees nothing, and a manager actor without a team name is labelled from the database', async () => {
      const lone: Actor = { ...f.users.mia, teamId: null, teamName: null };
      const r = await kpi(lone, { metric: 'deals_won', period: Q1 });
      expect(r.value).toBe(0);
      expect(r.scope.label).toBe('no team');
      const unnamed: Actor = { ...f.users.mia, teamName: undefined };
      expect((await kpi(unnamed, { metric: 'deals_won', period: Q1 })).scope.label).toBe('East');
    });
  });
});
