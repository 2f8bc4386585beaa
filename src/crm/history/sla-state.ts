import { SLA_FIRST_RESPONSE_HOURS, type Priority } from '../../shared/contract/contract';
import type { SlaState } from './brief-types';

/** Share of the first-response window after which an unanswered ticket is flagged at risk. */
export const AT_RISK_SHARE = 0.75;

/** First-response SLA of one ticket at `now`, by the contract's hours per priority. */
export function slaState(priority: Priority, createdAt: Date, firstResponseAt: Date | null, now: Date): SlaState {
  const windowMs = SLA_FIRST_RESPONSE_HOURS[priority] * 3_600_000;
  const due = createdAt.getTime() + windowMs;
  if (firstResponseAt) return firstResponseAt.getTime() <= due ? 'met' : 'breached';
  if (now.getTime() > due) return 'breached';
  return now.getTime() >= createdAt.getTime() + AT_RISK_SHARE * windowMs ? 'at_risk' : 'ok';
}

export { localDate } from '../../shared/local-date';
