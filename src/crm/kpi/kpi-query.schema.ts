import { z } from 'zod';
import { GROUP_BYS, METRICS } from '../../shared/contract/contract';
import { AppError, describeZodIssues } from '../../shared/app-error';
import { isCalendarDay, isValidTimeZone } from './kpi-period';
import type { KpiQuery } from './kpi-types';

const day = z.string().refine(isCalendarDay, 'must be a calendar day YYYY-MM-DD');
const period = z
  .object({ start: day, end: day })
  .refine((p) => p.start <= p.end, 'the period must start on or before its end');

export const kpiQuerySchema = z.object({
  metric: z.enum(METRICS),
  period: period.optional(),
  comparePeriod: period.optional(),
  groupBy: z.enum(GROUP_BYS).optional(),
  ownerId: z.guid().optional(),
  teamId: z.guid().optional(),
  now: z.date(),
  tz: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai'),
});

export function parseKpiQuery(q: KpiQuery): KpiQuery {
  const r = kpiQuerySchema.safeParse(q);
  if (!r.success) throw new AppError('bad_input', `Invalid KPI query: ${describeZodIssues(r.error.issues)}`);
  return r.data;
}
