import { PRIORITIES, SLA_FIRST_RESPONSE_HOURS, type Metric, type Period } from '../../shared/contract/contract';
import type { SqlParams } from '../access/sql-params';

/**
 * Each metric as SQL over its base table (alias `r`): `where` selects the BASE set (the records
 * a group needs to be listed), the aggregates compute the value inside it. Counts that are a
 * subset of the base (deals_won among deals closed in the period, calls among activities,
 * breaches among tickets opened) use FILTER, so a group with base records but no hits shows 0.
 * Ratios and durations take as base exactly the set they divide or average over, so every
 * listed group has a defined value.
 *
 * Most metrics are sums of per-record parts (a mean is a sum over a count), so the engine can
 * aggregate by the raw key column first (owner_id, account_id: a cheap, parallel scan) and only
 * then name and re-add the few groups; medians cannot be re-added and are computed directly.
 */
export type MetricSql = SummedMetricSql | DirectMetricSql;

export interface SummedMetricSql {
  kind: 'summed';
  where: string[];
  /** Per-group partial aggregates over `r`, named a and b: each is summable across groups. */
  parts: { a: string; b?: string };
  /** Final expressions over the re-added parts (sum(x.a) ...). */
  value: string;
  numerator?: string;
  denominator?: string;
  count: string;
}

export interface DirectMetricSql {
  kind: 'direct';
  where: string[];
  /** Aggregates straight over `r`. */
  value: string;
  count: string;
}

export interface SqlContext {
  p: SqlParams;
  /** null: the metric is taken at `now` without a period (open tickets, pipeline with no period). */
  period: Period | null;
  /** Placeholders, bound on first use: PostgreSQL rejects a parameter the SQL never mentions. */
  tz(): string;
  now(): string;
}

/**
 * A timestamp whose calendar date in tz lies in start..end, written as a half-open instant range
 * so the timestamp indexes apply; equivalent to `(col at time zone tz)::date between start and end`.
 */
export function inPeriod(col: string, c: SqlContext): string {
  if (!c.period) return 'true';
  const s = c.p.add(c.period.start);
  const e = c.p.add(c.period.end);
  return `${col} >= (${s}::date::timestamp at time zone ${c.tz()}) and ${col} < ((${e}::date + 1)::timestamp at time zone ${c.tz()})`;
}

const hours = (a: string, b: string) => `(extract(epoch from (${a} - ${b}))::float8 / 3600)`;
const median = (expr: string) => `percentile_cont(0.5) within group (order by ${expr})`;
const ratio = (num: string, den: string) => `(${num})::float8 / nullif(${den}, 0)`;
const WON = `r.stage = 'won'`;
const OPEN = `r.stage not in ('won', 'lost')`;

/** The SLA hours of the ticket's priority, bound from the contract rather than written into SQL. */
function slaHours(p: SqlParams): string {
  const arms = PRIORITIES.map((pr) => `when '${pr}' then ${p.add(SLA_FIRST_RESPONSE_HOURS[pr])}::float8`).join(' ');
  return `(case r.priority ${arms} end)`;
}

const A = 'sum(x.a)';
const B = 'sum(x.b)';

/** A count or sum over the base set: value and count from the same parts. */
function summed(where: string[], value: string, count = value): SummedMetricSql {
  return value === count
    ? { kind: 'summed', where, parts: { a: value }, value: `coalesce(${A}, 0)`, count: `coalesce(${A}, 0)` }
    : { kind: 'summed', where, parts: { a: value, b: count }, value: `coalesce(${A}, 0)`, count: `coalesce(${B}, 0)` };
}

export function metricSql(metric: Metric, c: SqlContext): MetricSql {
  const all = 'count(*)';
  const won = `count(*) filter (where ${WON})`;
  switch (metric) {
    case 'pipeline_value': {
      // With a period: open deals planned to close in it, including ones whose date has slipped past.
      const where = [OPEN];
      if (c.period) where.push(`r.close_date between ${c.p.add(c.period.start)}::date and ${c.p.add(c.period.end)}::date`);
      return summed(where, 'sum(r.amount)', all);
    }
    case 'new_deals':
      return summed([inPeriod('r.created_at', c)], all);
    case 'deals_won':
      return summed([inPeriod('r.closed_at', c)], won);
    case 'revenue_won':
      return summed([inPeriod('r.closed_at', c)], `sum(r.amount) filter (where ${WON})`, won);
    case 'win_rate':
      return {
        kind: 'summed',
        where: [inPeriod('r.closed_at', c), `r.stage in ('won', 'lost')`],
        parts: { a: won, b: all },
        value: ratio(A, B),
        numerator: A,
        denominator: B,
        count: B,
      };
    case 'avg_deal_size':
      // revenue_won / deals_won exactly: a won deal without an amount counts as 0, not skipped.
      return {
        kind: 'summed',
        where: [inPeriod('r.closed_at', c), WON],
        parts: { a: 'sum(coalesce(r.amount, 0))', b: all },
        value: ratio(A, B),
        numerator: A,
        denominator: B,
        count: B,
      };
    case 'sales_cycle_days':
      return {
        kind: 'summed',
        where: [inPeriod('r.closed_at', c), WON],
        parts: { a: 'sum(extract(epoch from (r.closed_at - r.created_at)))::float8', b: all },
        value: `${A} / 86400 / nullif(${B}, 0)`,
        count: B,
      };
    case 'new_accounts':
      return summed([inPeriod('r.created_at', c)], all);
    case 'activities':
      return summed([inPeriod('r.occurred_at', c)], all);
    case 'calls_logged':
      return summed([inPeriod('r.occurred_at', c)], `count(*) filter (where r.kind = 'call')`);
    case 'tickets_opened':
      return summed([inPeriod('r.created_at', c)], all);
    case 'tickets_resolved':
      return summed([inPeriod('r.resolved_at', c), 'r.resolved_at is not null'], all);
    case 'open_tickets':
      return summed([`r.status in ('open', 'pending')`], all);
    case 'first_response_time':
      return {
        kind: 'direct',
        where: [inPeriod('r.created_at', c), 'r.first_response_at is not null'],
        value: median(hours('r.first_response_at', 'r.created_at')),
        count: all,
      };
    case 'resolution_time':
      return {
        kind: 'direct',
        where: [inPeriod('r.resolved_at', c), 'r.resolved_at is not null'],
        value: median(hours('r.resolved_at', 'r.created_at')),
        count: all,
      };
    case 'sla_breaches': {
      // "Later than" is strict; an unanswered ticket breaches once its SLA has run out by `now`.
      const breached = `coalesce(r.first_response_at, ${c.now()}::timestamptz) > r.created_at + ${slaHours(c.p)} * interval '1 hour'`;
      return summed([inPeriod('r.created_at', c)], `count(*) filter (where ${breached})`);
    }
  }
}
