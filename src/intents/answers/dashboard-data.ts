import { z } from 'zod';
import { computeKpi, metricAllowed, type KpiResult } from '../../crm/kpi';
import { isCalendarDay } from '../../crm/kpi/kpi-period';
import type { Actor } from '../../crm/access/actor';
import { AppError, describeZodIssues } from '../../shared/app-error';
import type { Metric, Period } from '../../shared/contract/contract';
import type { Queryable } from '../../shared/db';
import type { Language } from '../../shared/language';
import { addMonths, dayNum, isoOf, monthEnd, partsOf, quarterOf, quarterRange, todayIn, yearRange, type DayNum } from '../nlu/dates/calendar';
import { barChartSpec, lineChartSpec, type TrendSeries } from './chart-spec';
import { describeChange, formatValue, metricName } from './kpi-format';

export const DASHBOARD_PERIODS = ['this_month', 'last_month', 'this_quarter', 'last_quarter', 'this_year', 'custom'] as const;
export type DashboardPeriodKind = (typeof DASHBOARD_PERIODS)[number];

const day = z.string().refine(isCalendarDay, 'must be a calendar day YYYY-MM-DD');
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The dashboard's query string: what the filters on the page send. */
export const dashboardQuerySchema = z
  .object({
    period: z.preprocess(emptyToUndefined, z.enum(DASHBOARD_PERIODS).default('this_month')),
    start: z.preprocess(emptyToUndefined, day.optional()),
    end: z.preprocess(emptyToUndefined, day.optional()),
    team: z.preprocess(emptyToUndefined, z.guid().optional()),
    owner: z.preprocess(emptyToUndefined, z.guid().optional()),
  })
  .refine((q) => q.period !== 'custom' || (q.start && q.end && q.start <= q.end), 'a custom period needs start and end, start on or before end');
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export function parseDashboardQuery(raw: unknown): DashboardQuery {
  const r = dashboardQuerySchema.safeParse(raw);
  if (!r.success) throw new AppError('bad_input', `Invalid dashboard filters: ${describeZodIssues(r.error.issues)}`);
  return r.data;
}

const span = (a: DayNum, b: DayNum): Period => ({ start: isoOf(a), end: isoOf(b) });

/**
 * The period and the one it is compared with. A period "to date" is compared with the same
 * number of days at the start of the period before (the 1st–10th with last month's 1st–10th),
 * so a month in progress is not measured against a whole month.
 */
export function dashboardPeriods(q: Pick<DashboardQuery, 'period' | 'start' | 'end'>, now: Date, tz: string): { period: Period; previous: Period } {
  const today = todayIn(now, tz);
  const { y, m } = partsOf(today);
  const toDate = (start: DayNum, prevStart: DayNum, prevEnd: DayNum) => ({
    period: span(start, today),
    previous: span(prevStart, Math.min(prevStart + (today - start), prevEnd)),
  });
  switch (q.period) {
    case 'this_month':
      return toDate(dayNum(y, m, 1), dayNum(y, m - 1, 1), monthEnd(y, m - 1));
    case 'last_month':
      return { period: span(dayNum(y, m - 1, 1), monthEnd(y, m - 1)), previous: span(dayNum(y, m - 2, 1), monthEnd(y, m - 2)) };
    case 'this_quarter': {
      const [qs] = quarterRange(y, quarterOf(m));
      const prev = quarterOf(m) === 1 ? quarterRange(y - 1, 4) : quarterRange(y, quarterOf(m) - 1);
      return toDate(qs, prev[0], prev[1]);
    }
    case 'last_quarter': {
      const last = quarterOf(m) === 1 ? quarterRange(y - 1, 4) : quarterRange(y, quarterOf(m) - 1);
      const { y: ly, m: lm } = partsOf(last[0]);
      const prev = quarterOf(lm) === 1 ? quarterRange(ly - 1, 4) : quarterRange(ly, quarterOf(lm) - 1);
      return { period: span(last[0], last[1]), previous: span(prev[0], prev[1]) };
    }
    case 'this_year': {
      const prev = yearRange(y - 1);
      return toDate(yearRange(y)[0], prev[0], prev[1]);
    }
    case 'custom': {
      const s = Date.parse(`${q.start}T00:00:00Z`) / 86_400_000;
      const e = Date.parse(`${q.end}T00:00:00Z`) / 86_400_000;
      return { period: span(s, e), previous: span(s - (e - s) - 1, s - 1) };
    }
  }
}

export const CARD_METRICS: Metric[] = ['revenue_won', 'win_rate', 'pipeline_value', 'new_deals', 'open_tickets', 'sla_breaches', 'first_response_time'];
const STAGE_ORDER = ['lead', 'qualified', 'proposal', 'negotiation'];
const PRIORITY_ORDER = ['urgent', 'high', 'normal', 'low'];

export interface DashboardCard {
  metric: Metric;
  label: string;
  unit: KpiResult['unit'];
  value: number | null;
  display: string;
  previous: number | null;
  previousDisplay: string | null;
  change: string | null;
  direction: 'up' | 'down' | 'flat' | null;
  /** false for numbers taken now (open tickets, the open pipeline): the period does not narrow them. */
  periodApplies: boolean;
  definition: string;
}

export interface DashboardChart {
  id: 'pipeline_by_stage' | 'tickets_by_priority' | 'sla_breaches' | 'trend';
  title: string;
  spec: Record<string, unknown>;
}

export interface DashboardData {
  user: { name: string; role: Actor['role']; team: string | null };
  language: Language;
  period: Period & { kind: DashboardPeriodKind };
  previous: Period;
  asOf: string;
  scope: string;
  filters: { team: string | null; owner: string | null; teams: Array<{ id: string; name: string }>; owners: Array<{ id: string; name: string }> };
  cards: DashboardCard[];
  charts: DashboardChart[];
  /** Metrics the role may not see: left out, not shown as zero. */
  omitted: Metric[];
}

export interface DashboardInput {
  query: DashboardQuery;
  now: Date;
  tz: string;
  lang: Language;
}

/** Everything the web dashboard shows, computed by the KPI engine as the signed-in user. */
export async function buildDashboard(db: Queryable, actor: Actor, input: DashboardInput): Promise<DashboardData> {
  const { query, now, tz, lang } = input;
  const { period, previous } = dashboardPeriods(query, now, tz);
  const scope = { ownerId: query.owner, teamId: query.team, now, tz };
  const kpi = (metric: Metric, extra: { period?: Period; comparePeriod?: Period; groupBy?: 'stage' | 'priority' } = {}) => computeKpi(db, actor, { metric, ...scope, ...extra });
  const allowed = (m: Metric) => metricAllowed(actor, m);

  const cardsP = Promise.all(
    CARD_METRICS.filter(allowed).map((m) =>
      isNow(m) ? kpi(m) : kpi(m, { period, comparePeriod: previous }),
    ),
  );
  const chartsP = Promise.all([
    allowed('pipeline_value') ? kpi('pipeline_value', { groupBy: 'stage' }).then((r) => groupChart('pipeline_by_stage', r, STAGE_ORDER, lang)) : null,
    kpi('open_tickets', { groupBy: 'priority' }).then((r) => groupChart('tickets_by_priority', r, PRIORITY_ORDER, lang)),
    kpi('sla_breaches', { period, groupBy: 'priority' }).then((r) => groupChart('sla_breaches', r, PRIORITY_ORDER, lang)),
    trendChart(kpi, allowed, period, lang),
  ]);
  const [results, charts, filters] = await Promise.all([cardsP, chartsP, filterOptions(db, actor)]);
  return {
    user: { name: actor.name, role: actor.role, team: actor.teamName ?? null },
    language: lang,
    period: { ...period, kind: query.period },
    previous,
    asOf: results[0]?.asOf ?? now.toISOString(),
    scope: results[0]?.scope.label ?? '',
    filters: { team: query.team ?? null, owner: query.owner ?? null, ...filters },
    cards: results.map((r) => card(r, lang)),
    charts: charts.filter((c): c is DashboardChart => c !== null),
    omitted: CARD_METRICS.filter((m) => !allowed(m)),
  };
}

// The open pipeline and open tickets are "now" numbers: the dashboard shows them as the chat answers them.
const isNow = (m: Metric) => m === 'pipeline_value' || m === 'open_tickets';

function card(r: KpiResult, lang: Language): DashboardCard {
  const prev = r.compare?.value ?? null;
  const diff = r.value !== null && prev !== null ? r.value - prev : null;
  return {
    metric: r.metric,
    label: metricName(r.metric, lang),
    unit: r.unit,
    value: r.value,
    display: formatValue(r.unit, r.value, lang),
    previous: prev,
    previousDisplay: r.compare ? formatValue(r.unit, prev, lang) : null,
    change: describeChange(r, lang),
    direction: diff === null ? null : Math.abs(diff) < 1e-9 ? 'flat' : diff > 0 ? 'up' : 'down',
    periodApplies: r.periodApplies,
    definition: r.definition,
  };
}

const CHART_TITLES: Record<Exclude<DashboardChart['id'], 'trend'>, { en: string; zh: string }> = {
  pipeline_by_stage: { en: 'Open pipeline by stage', zh: '各阶段销售管道金额' },
  tickets_by_priority: { en: 'Open tickets by priority', zh: '各优先级未结工单' },
  sla_breaches: { en: 'SLA breaches by priority', zh: '各优先级 SLA 违约数' },
};

/** Known keys first in their natural order (a stage with nothing shows as 0), anything else after. */
function groupChart(id: Exclude<DashboardChart['id'], 'trend'>, r: KpiResult, order: string[], lang: Language): DashboardChart {
  const groups = r.groups ?? {};
  const ordered: Record<string, number> = {};
  for (const k of order) ordered[k] = groups[k] ?? 0;
  for (const [k, v] of Object.entries(groups)) if (!(k in ordered)) ordered[k] = v;
  const title = CHART_TITLES[id][lang];
  return { id, title, spec: barChartSpec(title, ordered, { keepOrder: true }) };
}

/** The six calendar months up to the period's end; the last one stops at the period's end. */
export function trendMonths(period: Period): Period[] {
  const end = Date.parse(`${period.end}T00:00:00Z`) / 86_400_000;
  const { y, m } = partsOf(end);
  return Array.from({ length: 6 }, (_, i) => {
    const first = addMonths(dayNum(y, m, 1), i - 5);
    const { y: fy, m: fm } = partsOf(first);
    return span(first, Math.min(monthEnd(fy, fm), end));
  });
}

type KpiFn = (metric: Metric, extra: { period?: Period }) => Promise<KpiResult>;

async function trendChart(kpi: KpiFn, allowed: (m: Metric) => boolean, period: Period, lang: Language): Promise<DashboardChart> {
  const months = trendMonths(period);
  const series: TrendSeries[] = [];
  for (const [metric, axis] of [['revenue_won', 0], ['tickets_opened', 1]] as const) {
    if (!allowed(metric)) continue;
    const values = await Promise.all(months.map((p) => kpi(metric, { period: p }).then((r) => r.value)));
    series.push({ name: metricName(metric, lang), data: values, axis: series.length ? axis : 0 });
  }
  const title = lang === 'zh' ? '近六个月趋势' : 'Last six months';
  return { id: 'trend', title, spec: lineChartSpec(title, months.map((p) => p.start.slice(0, 7)), series) };
}

/** What the team and owner filters may offer: only what the role could see anyway. */
async function filterOptions(db: Queryable, actor: Actor): Promise<{ teams: Array<{ id: string; name: string }>; owners: Array<{ id: string; name: string }> }> {
  if (actor.role === 'rep') {
    return { teams: [], owners: actor.id ? [{ id: actor.id, name: actor.name }] : [] };
  }
  const teamOnly = actor.role === 'manager';
  const teams = await db.query<{ id: string; name: string }>(
    `select id, name from teams ${teamOnly ? 'where id = $1' : ''} order by name`,
    teamOnly ? [actor.teamId] : [],
  );
  const owners = await db.query<{ id: string; name: string }>(
    `select id, name from users where active ${teamOnly ? 'and team_id = $1' : ''} order by name`,
    teamOnly ? [actor.teamId] : [],
  );
  return { teams: teams.rows, owners: owners.rows };
}
