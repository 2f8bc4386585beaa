/** The KPI engine: the sixteen metrics of intents.json, scoped by role, for any period. */
export { computeKpi } from './kpi-engine';
export { defaultPeriod, localDate } from './kpi-period';
export { METRIC_DEFINITIONS, metricAllowed, type MetricBase, type MetricDefinition, type MetricUnit } from './metric-definitions';
export { GROUPS_FOR_BASE } from './group-key-sql';
export type { KpiQuery, KpiResult, KpiValue } from './kpi-types';
