import { AppError } from '../../shared/app-error';
import { ACTIVITY_KINDS, DEAL_STAGES, PRIORITIES, type GroupBy, type Period } from '../../shared/contract/contract';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { SqlParams } from '../access/sql-params';
import { groupKeySql, type GroupKeySql } from './group-key-sql';
import { defaultPeriod } from './kpi-period';
import { parseKpiQuery } from './kpi-query.schema';
import { kpiFilters, kpiScope } from './kpi-scope';
import type { KpiQuery, KpiResult, KpiValue } from './kpi-types';
import { METRIC_DEFINITIONS, metricAllowed, PERIODLESS_METRICS, type MetricBase } from './metric-definitions';
import { metricSql, type MetricSql, type SqlContext } from './metric-sql';
import { describeScope } from './kpi-labels';

const TABLE: Record<MetricBase, string> = { deals: 'deals', accounts: 'accounts', activities: 'activities', tickets: 'tickets' };

interface Row {
  key: string | null;
  is_total: number;
  value: number | string | null;
  numerator: number | string | null;
  denominator: number | string | null;
  count: number | string | null;
}

interface Run {
  total: KpiValue;
  groups?: Record<string, number>;
}

const num = (v: number | string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));

/** One metric, scoped to the actor, for one period, with its groups when asked. */
export async function computeKpi(db: Queryable, actor: Actor, input: KpiQuery): Promise<KpiResult> {
  const q = parseKpiQuery(input);
  const def = METRIC_DEFINITIONS[q.metric];
  if (!metricAllowed(actor, q.metric)) {
    throw new AppError('denied', `As ${actor.role === 'agent' ? 'an agent' : `a ${actor.role}`} you cannot see ${def.base} KPIs.`, {
      metric: q.metric,
    });
  }
  const groupKey = q.groupBy ? groupKeySql(def.base, q.groupBy) : undefined;
  kpiFilters(actor, def.base, new SqlParams(), q); // refuses out-of-scope filters before anything runs
  const labels = await describeScope(db, actor, q);

  const atNow = PERIODLESS_METRICS.has(q.metric);
  const periodApplies = !atNow && !(q.metric === 'pipeline_value' && !q.period);
  const period = q.period ?? defaultPeriod(q.now, q.tz);
  const [main, compare] = await Promise.all([
    runMetric(db, actor, q, periodApplies ? period : null, period, groupKey),
    q.comparePeriod && !atNow ? runMetric(db, actor, q, q.comparePeriod, q.comparePeriod) : undefined,
  ]);
  return {
    metric: q.metric,
    unit: def.unit,
    definition: def.definition,
    ...main.total,
    ...(compare ? { compare: compare.total } : {}),
    ...(main.groups ? { groups: main.groups } : {}),
    scope: labels.scope,
    filters: labels.filters,
    asOf: q.now.toISOString(),
    periodApplies,
  };
}

async function runMetric(db: Queryable, actor: Actor, q: KpiQuery, sqlPeriod: Period | null, shown: Period, groupKey?: GroupKeySql): Promise<Run> {
  const base = METRIC_DEFINITIONS[q.metric].base;
  const p = new SqlParams();
  const c: SqlContext = { p, period: sqlPeriod, tz: once(() => `${p.add(q.tz)}::text`), now: once(() => p.add(q.now.toISOString())) };
  const m = metricSql(q.metric, c);
  const where = [...m.where, kpiScope(actor, base, p).sql, ...kpiFilters(actor, base, p, q)].join(' and ');
  const { rows } = await db.query<Row>(metricQuery(m, TABLE[base], where, groupKey), p.values);
  const total = toValue(q, rows.find((r) => Number(r.is_total) === 1), shown);
  if (!groupKey) return { total };
  const groups: Record<string, number> = {};
  for (const r of rows) {
    const v = num(r.value);
    if (Number(r.is_total) !== 1 && r.key !== null && v !== null) groups[r.key] = v;
  }
  return { total, groups: sortGroups(groups, q.groupBy!) };
}

/**
 * One statement gives the overall value and, with GROUPING SETS, every group: the overall value
 * is not the sum of the groups for a median or a ratio, so it must come from the database too.
 */
function metricQuery(m: MetricSql, table: string, where: string, g?: GroupKeySql): string {
  const cols = (x: { value: string; numerator?: string; denominator?: string; count: string }) =>
    `${x.value} as value, ${x.numerator ?? 'null'} as numerator, ${x.denominator ?? 'null'} as denominator, ${x.count} as count`;
  if (m.kind === 'direct') {
    if (!g) return `select null as key, 1 as is_total, ${cols(m)} from ${table} r where ${where}`;
    const label = g.label(g.raw);
    return `select ${label} as key, grouping(${label}) as is_total, ${cols(m)} from ${table} r ${g.joins(g.raw)}
      where ${where} group by grouping sets ((${label}), ())`;
  }
  const parts = Object.entries(m.parts).map(([name, agg]) => `${agg} as ${name}`).join(', ');
  if (!g) return `select null as key, 1 as is_total, ${cols(m)} from (select ${parts} from ${table} r where ${where}) x`;
  // Aggregate by the raw column first (a parallel scan with a small hash), then label and re-add.
  const label = g.label('x.k');
  return `select ${label} as key, grouping(${label}) as is_total, ${cols(m)}
    from (select ${g.raw} as k, ${parts} from ${table} r where ${where} group by ${g.raw}) x ${g.joins('x.k')}
    group by grouping sets ((${label}), ())`;
}

function toValue(q: KpiQuery, row: Row | undefined, period: Period): KpiValue {
  const unit = METRIC_DEFINITIONS[q.metric].unit;
  // A count or a sum over nothing is 0; a ratio, mean or median over nothing is undefined (null).
  const empty = unit === 'count' || (unit === 'money' && q.metric !== 'avg_deal_size') ? 0 : null;
  const out: KpiValue = { value: num(row?.value) ?? empty, period };
  const numerator = num(row?.numerator);
  const denominator = num(row?.denominator);
  if (numerator !== null) out.numerator = numerator;
  if (denominator !== null) out.denominator = denominator;
  out.count = num(row?.count) ?? 0;
  return out;
}

const ENUM_ORDER: Partial<Record<GroupBy, readonly string[]>> = {
  stage: DEAL_STAGES,
  priority: [...PRIORITIES].reverse(), // urgent first
  kind: ACTIVITY_KINDS,
};

/** Enums in their natural order (a funnel reads lead → won); people, teams and regions largest first. */
function sortGroups(g: Record<string, number>, groupBy: GroupBy): Record<string, number> {
  const order = ENUM_ORDER[groupBy];
  const rank = (k: string) => (order ? order.indexOf(k) : 0);
  return Object.fromEntries(Object.entries(g).sort(([ka, a], [kb, b]) => rank(ka) - rank(kb) || b - a || ka.localeCompare(kb)));
}

function once(make: () => string): () => string {
  let v: string | undefined;
  return () => (v ??= make());
}
