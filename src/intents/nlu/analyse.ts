import { todayIn, type DayNum } from './dates/calendar';
import { findPeriods, type PeriodMatch } from './dates/period-finder';
import { findAmounts, type AmountMatch } from './extract/amount-extractor';
import { findEmails, findPhones } from './extract/contact-info-extractor';
import { findStage } from './extract/deal-stage-extractor';
import { findGroupBy, findMetric } from './extract/metric-extractor';
import { resolveParties, scoreNames, type ScoredName } from './extract/party-resolver';
import { findPriority, findTicketNumber, findTicketStatus } from './extract/ticket-fields-extractor';
import { findTitles, type TitleMatch } from './extract/title-extractor';
import { scoreIntents } from './classify/intent-scorer';
import { normaliseTypos } from './classify/typo-normaliser';
import { prepare, type Prepared } from './preprocess';
import type { DealStage, GroupBy, IntentName, Metric, Priority, TicketStatus } from '../../shared/contract/contract';
import type { NluContext } from './types';

/** Everything read from a message before the intent is decided; the extractors reuse it. */
export interface Analysis {
  prep: Prepared;
  head: string;
  /** The head lower-cased with typos corrected: what the cues read. */
  lc: string;
  today: DayNum;
  emails: Array<{ value: string; index: number; end: number }>;
  phones: Array<{ value: string; index: number; end: number }>;
  titles: TitleMatch[];
  names: ScoredName[];
  amounts: AmountMatch[];
  metric?: Metric;
  groupBy?: GroupBy;
  ticket?: number;
  priority?: Priority;
  status?: TicketStatus;
  stage?: DealStage;
  periods: PeriodMatch[];
  ruleScores: Record<IntentName, number>;
  /** The head with names, contact details and amounts replaced by placeholders, for the classifier. */
  modelText: string;
}

const QUESTION = /\?|？|^\s*(?:how|what|what's|whats|when|who|which|is|are|any|did|do|does|has|have|can|could|show|give|pull|list)\b|多少|几个|几条|几单|吗|呢|么|怎么样|如何|什么|哪/i;
const MENTION = /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g;
const NO_TICKET = /\b(?:don'?t|do\s+not|no\s+need\s+(?:to|for)|without|instead\s+of|not)\s+(?:open(?:ing)?|creat(?:e|ing)|fil(?:e|ing)|log(?:ging)?|rais(?:e|ing)|need(?:ing)?)?\s*(?:a\s+|any\s+)?(?:new\s+)?(?:ticket|case)s?\b|\bno\s+ticket(?:\s+needed)?\b|(?:不用|不要|无需|不必|没必要)(?:建|开|提|记)?(?:个)?(?:工单|单子?)/gi;

export function analyse(raw: string, ctx: NluContext): Analysis {
  const prep = prepare(raw);
  const head = prep.head;
  const lc = normaliseTypos(head).replace(/[’‘]/g, "'");
  const today = todayIn(ctx.now, ctx.tz);
  const emails = findEmails(head);
  const phones = findPhones(head, ctx.region);
  const titles = findTitles(head);
  const mentions = [...head.matchAll(MENTION)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
  const masked: Array<[number, number]> = [...titles, ...emails, ...phones, ...mentions].map((m) => [m.index, m.end]);
  const names = scoreNames(head, masked);
  const amounts = findAmounts(head);
  const metric = findMetric(lc);
  const groupBy = findGroupBy(lc);
  const ticket = findTicketNumber(head);
  const parties = resolveParties(names, { needCustomer: false, needContact: false });
  const priority = findPriority(head);
  const status = findTicketStatus(head);
  const stage = findStage(head);
  const periods = findPeriods(head, today);
  const ruleScores = scoreIntents(lc, {
    transcript: !!prep.transcript,
    ticketNo: ticket !== undefined,
    metric: !!metric,
    groupBy: !!groupBy,
    company: !!parties.customer,
    namedCompany: !!parties.customer && parties.customer.source !== 'lower',
    person: !!parties.contact || names.some((n) => n.person >= 2.5),
    contactInfo: emails.length + phones.length > 0,
    title: titles.length > 0,
    amount: amounts.length > 0,
    stage: !!stage,
    status: !!status,
    priority: !!priority,
    question: QUESTION.test(lc),
    period: periods.length > 0,
    quantity: /\bhow\s+(?:many|much)\b|多少|几个|几单|几条|几次/.test(lc),
  });
  const spans: Array<[number, number, string]> = [
    ...names.map((n): [number, number, string] => [n.start, n.end, n.company > n.person ? ' __org ' : n.person > n.company ? ' __per ' : ' __nam ']),
    ...emails.map((e): [number, number, string] => [e.index, e.end, ' __eml ']),
    ...phones.map((p): [number, number, string] => [p.index, p.end, ' __tel ']),
    ...mentions.map((m): [number, number, string] => [m.index, m.end, ' __men ']),
    ...amounts.map((a): [number, number, string] => [a.index, a.end, ' __amt ']),
  ];
  return { prep, head, lc, today, emails, phones, titles, names, amounts, metric, groupBy, ticket, priority, status, stage, periods, ruleScores, modelText: maskSpans(head, spans) };
}

function maskSpans(text: string, spans: Array<[number, number, string]>): string {
  const sorted = spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e, token] of sorted) {
    if (s < at) continue;
    out += text.slice(at, s) + token;
    at = e;
  }
  // "don't open a ticket" names a ticket but asks for the opposite: give it a token of its own
  return normaliseTypos(out + text.slice(at))
    .replace(/[’‘]/g, "'")
    .replace(NO_TICKET, ' __noticket ');
}
