import { contract, type Metric } from '../../shared/contract/contract';
import type { Actor } from '../access/actor';

export type MetricUnit = 'money' | 'count' | 'ratio' | 'hours' | 'days';
/** The table a metric counts over; it decides the owner column, the scope and the group keys. */
export type MetricBase = 'deals' | 'accounts' | 'activities' | 'tickets';

export interface MetricDefinition {
  unit: MetricUnit;
  /** The contract's wording, shown to users so they can audit a number. */
  definition: string;
  base: MetricBase;
}

const BASES: Record<Metric, MetricBase> = {
  pipeline_value: 'deals',
  new_deals: 'deals',
  deals_won: 'deals',
  revenue_won: 'deals',
  win_rate: 'deals',
  avg_deal_size: 'deals',
  sales_cycle_days: 'deals',
  new_accounts: 'accounts',
  activities: 'activities',
  calls_logged: 'activities',
  tickets_opened: 'tickets',
  tickets_resolved: 'tickets',
  open_tickets: 'tickets',
  first_response_time: 'tickets',
  resolution_time: 'tickets',
  sla_breaches: 'tickets',
};

// Built from intents.json so the wording and units can never drift from the contract.
export const METRIC_DEFINITIONS: Record<Metric, MetricDefinition> = Object.fromEntries(
  (Object.keys(BASES) as Metric[]).map((m) => {
    const c = contract.metrics[m];
    return [m, { unit: c.unit as MetricUnit, definition: c.definition, base: BASES[m] }];
  }),
) as Record<Metric, MetricDefinition>;

/** Agents work tickets and activities; deals and accounts are outside their role, so are their KPIs. */
export function metricAllowed(actor: Actor, metric: Metric): boolean {
  const base = METRIC_DEFINITIONS[metric].base;
  if (actor.role === 'agent') return base === 'tickets' || base === 'activities';
  return true;
}

/** Metrics that describe the state at `now`, so a period does not narrow them. */
export const PERIODLESS_METRICS: ReadonlySet<Metric> = new Set<Metric>(['open_tickets']);
