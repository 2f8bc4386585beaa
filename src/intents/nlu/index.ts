/**
 * The offline NLU: intent and normalised entities from one chat message (English, Chinese or
 * both), the readers for dialogue follow-ups, and `crm nlu --json`. Deterministic, no network.
 */
export type { NluContext, NluResult, ReplyKind } from './types';
export { understand, defaultModel as warmUpNlu } from './understand';
export { classifyFollowUp } from './follow-up';
export { extractCorrection, extractSlot } from './correction-extractor';
export { runNluJsonl } from './jsonl-runner';
export { resolvePeriodPhrase, extractPeriods, findPeriods, toPeriod, type DateRef, type PeriodMatch } from './dates/period-finder';
export { resolveDatePhrase, findDates } from './dates/date-finder';
export { todayIn, isoOf } from './dates/calendar';
