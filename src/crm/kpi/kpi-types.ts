import type { GroupBy, Metric, Period } from '../../shared/contract/contract';
import type { MetricUnit } from './metric-definitions';

export interface KpiQuery {
  metric: Metric;
  /** Omitted: the current month to date (pipeline_value: every open deal now). */
  period?: Period;
  comparePeriod?: Period;
  groupBy?: GroupBy;
  /** Only this user's records: the owner, or the assignee for tickets. */
  ownerId?: string;
  /** Only this team's records, by the owner's (assignee's) team. */
  teamId?: string;
  now: Date;
  /** IANA time zone; periods are whole calendar days in it. */
  tz: string;
}

export interface KpiValue {
  /** null when the metric has nothing to divide or average over (a ratio or duration of no records). */
  value: number | null;
  period: Period;
  numerator?: number;
  denominator?: number;
  count?: number;
}

export interface KpiResult extends KpiValue {
  metric: Metric;
  unit: MetricUnit;
  definition: string;
  compare?: KpiValue;
  groups?: Record<string, number>;
  scope: { kind: 'all' | 'team' | 'own'; label: string };
  filters: Record<string, string>;
  asOf: string;
  /** false when the number is taken at `now` and the period did not narrow it (open tickets, unperiodised pipeline). */
  periodApplies: boolean;
}
