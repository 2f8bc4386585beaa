import { contract, type Entities, type IntentName } from '../../shared/contract/contract';
import { detectLanguage } from '../../shared/language';
import { todayIn, type DayNum } from './dates/calendar';
import { findDates, type DateMatch } from './dates/date-finder';
import { extractPeriods, findPeriods } from './dates/period-finder';
import { findAmounts } from './extract/amount-extractor';
import { findAssignee } from './extract/assignee-extractor';
import { findEmails, findPhones } from './extract/contact-info-extractor';
import { findStage } from './extract/deal-stage-extractor';
import { freeText } from './extract/free-text-extractor';
import { findGroupBy, findMetric } from './extract/metric-extractor';
import { findDuration, findRecordType } from './extract/misc-extractors';
import { resolveParties, scoreNames, type ScoredName } from './extract/party-resolver';
import { findPriority, findTicketNumber, findTicketStatus } from './extract/ticket-fields-extractor';
import { findTitles } from './extract/title-extractor';
import { pickIntent, scoreIntents } from './classify/intent-scorer';
import { prepare } from './preprocess';
import { isoOf } from './dates/calendar';
import type { NluContext, NluResult } from './types';

const QUESTION = /\?|？|^\s*(?:how|what|what's|whats|when|who|which|is|are|any|did|do|does|has|have|can|could|show|give|pull|list)\b|多少|几个|几条|几单|吗|呢|么|怎么样|如何|什么|哪/i;
const MENTION = /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g;

/** Offline reading of one chat message: intent and normalised entities (see shared/contracts). */
export function understand(raw: string, ctx: NluContext): NluResult {
  const prep = prepare(raw);
  const head = prep.head;
  const lc = head.toLowerCase().replace(/[’‘]/g, "'");
  const today = todayIn(ctx.now, ctx.tz);
  const emails = findEmails(head);
  const phones = findPhones(head, ctx.region);
  const titles = findTitles(head);
  const masked: Array<[number, number]> = [...titles, ...emails, ...phones].map((m) => [m.index, m.end]);
  for (const m of head.matchAll(MENTION)) masked.push([m.index, m.index + m[0].length]);
  const names = scoreNames(head, masked);
  const amounts = findAmounts(head);
  const metric = findMetric(lc);
  const groupBy = findGroupBy(lc);
  const ticket = findTicketNumber(head);
  const parties = resolveParties(names, { needCustomer: false, needContact: false });
  const scores = scoreIntents(lc, {
    transcript: !!prep.transcript,
    ticketNo: ticket !== undefined,
    metric: !!metric,
    groupBy: !!groupBy,
    company: !!parties.customer,
    person: !!parties.contact || names.some((n) => n.person >= 2.5),
    contactInfo: emails.length + phones.length > 0,
    title: titles.length > 0,
    amount: amounts.length > 0,
    stage: !!findStage(head),
    status: !!findTicketStatus(head),
    priority: !!findPriority(head),
    question: QUESTION.test(lc),
    period: findPeriods(head, today).length > 0,
  });
  const { intent, confidence } = pickIntent(scores);
  const spec = contract.intents[intent];
  const needs = (k: string) => spec.required.includes(k);
  const { customer, contact } = resolveParties(names, { needCustomer: needs('customer'), needContact: needs('contact') });
  const e: Entities = {};
  if (customer) e.customer = cleanName(customer);
  if (contact) e.contact = cleanName(contact);
  if (emails[0]) e.email = emails[0].value;
  if (phones[0]) e.phone = phones[0].value;
  if (titles[0]) e.title = titles[0].title;
  if (ticket !== undefined) e.ticket = ticket;
  Object.assign(e, pickMoney(intent, amounts));
  const priority = findPriority(head);
  if (priority) e.priority = priority;
  const status = findTicketStatus(head);
  if (status) e.status = status;
  const stage = findStage(head);
  if (stage) e.stage = stage;
  if (metric) e.metric = metric;
  if (groupBy) e.group_by = groupBy;
  const duration = findDuration(head);
  if (duration) e.duration_minutes = duration;
  const recordType = findRecordType(lc);
  if (recordType) e.record_type = recordType;
  const dates = findDates(head, today);
  Object.assign(e, pickDates(intent, dates, head, today));
  if (intent === 'kpi.query' || intent === 'customer.history') Object.assign(e, extractPeriods(head, today));
  const assignee = findAssignee(head, intent);
  if (assignee) e.assignee = assignee;
  Object.assign(e, freeText(intent, head, { customer: e.customer, contact: e.contact, dates: dates.map((d) => d.text) }));
  if (intent === 'contact.update') Object.assign(e, fieldChange(e));
  return { intent, confidence, entities: onlySlots(intent, e), language: detectLanguage(prep.text) };
}

function cleanName(n: ScoredName): string {
  return n.text.replace(/^[\s"'“‘(（]+|[\s"'”’)）.,，。!！?？:：;；]+$/g, '').replace(/['’]s$/i, '');
}

export function onlySlots(intent: IntentName, e: Entities): Entities {
  const spec = contract.intents[intent];
  const keys = new Set<string>([...spec.required, ...spec.optional]);
  return Object.fromEntries(Object.entries(e).filter(([k, v]) => keys.has(k) && v !== undefined && v !== '')) as Entities;
}

function pickMoney(intent: IntentName, amounts: ReturnType<typeof findAmounts>): Entities {
  if (!amounts.length) return {};
  const a = amounts[0];
  return a.currency ? { amount: a.amount, currency: a.currency } : { amount: a.amount };
}

const FOLLOW_CUE = /(?:\bfollow(?:\s|-)?up|\bcircle\s+back|\btry\s+again|\bping(?:\s+them)?|\bcall\s+back|\bcheck\s+back|\bsend|\bsending|\bby|\bdue|\bbefore|\buntil|\bnext\s+step:?|\bdeadline|再|前|之前|跟进|回电|发)\s*(?:on|by|again)?\s*$/i;
const CLOSE_CUE = /(?:clos(?:e|ing)|sign(?:ing)?|expected|target|est\.?|签|关单|成交|结束|预计|截止)[^,.;，。]{0,16}$/i;

function pickDates(intent: IntentName, dates: DateMatch[], text: string, today: DayNum): Entities {
  const precise = dates.filter((d) => !d.vague);
  const pool = precise.length ? precise : dates;
  if (!pool.length) return {};
  if (intent === 'call.log') {
    const out: Entities = {};
    for (const d of pool) {
      const before = text.slice(Math.max(0, d.index - 20), d.index);
      const future = d.day > today || FOLLOW_CUE.test(before);
      if (future && !out.due) out.due = isoOf(d.day);
      if (!future && !out.date) out.date = isoOf(d.day);
    }
    return out;
  }
  if (intent === 'task.create') {
    const d = pool.find((x) => x.day >= today) ?? pool[0];
    return { due: isoOf(d.day) };
  }
  if (intent === 'deal.create' || intent === 'deal.update') {
    const cued = pool.find((d) => CLOSE_CUE.test(text.slice(Math.max(0, d.index - 24), d.index)));
    const d = cued ?? pool.find((x) => x.day > today) ?? pool[0];
    return { date: isoOf(d.day) };
  }
  return {};
}

function fieldChange(e: Entities): Entities {
  if (e.phone) return { field: 'phone', value: e.phone };
  if (e.email) return { field: 'email', value: e.email };
  if (e.title) return { field: 'title', value: e.title };
  return {};
}
