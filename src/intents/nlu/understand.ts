import { contract, type Entities, type IntentName } from '../../shared/contract/contract';
import { detectLanguage } from '../../shared/language';
import { analyse, type Analysis } from './analyse';
import { isoOf, type DayNum } from './dates/calendar';
import { findDates, type DateMatch } from './dates/date-finder';
import { extractPeriods } from './dates/period-finder';
import type { AmountMatch } from './extract/amount-extractor';
import { findAssignee } from './extract/assignee-extractor';
import { freeText } from './extract/free-text-extractor';
import { findDuration, findRecordType } from './extract/misc-extractors';
import { resolveParties, type ScoredName } from './extract/party-resolver';
import { blend, trainModel, type IntentModel } from './classify/intent-model';
import { pickIntent } from './classify/intent-scorer';
import { TRAINING_UTTERANCES } from './classify/training';
import type { NluContext, NluResult } from './types';

/** Offline reading of one chat message: intent and normalised entities (see shared/contracts). */
export function understand(raw: string, ctx: NluContext): NluResult {
  return understandWith(raw, ctx, defaultModel());
}

let model: IntentModel | null = null;

/** The classifier trained on our own utterances, built once on first use (tens of milliseconds). */
export function defaultModel(): IntentModel {
  model ??= trainModel(TRAINING_UTTERANCES.map((c) => ({ analysis: analyse(c.text, TRAINING_CTX), intent: c.intent })));
  return model;
}

const TRAINING_CTX: NluContext = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };

export function understandWith(raw: string, ctx: NluContext, intentModel: IntentModel | null): NluResult {
  const a = analyse(raw, ctx);
  const { intent, confidence } = pickIntent(blend(a.ruleScores, intentModel, a));
  return { intent, confidence, entities: extractEntities(intent, a), language: detectLanguage(a.prep.text) };
}

function extractEntities(intent: IntentName, a: Analysis): Entities {
  const { head, lc, today, names, emails, phones, titles, amounts, metric, groupBy, ticket } = a;
  const spec = contract.intents[intent];
  const needs = (k: string) => (spec.required as readonly string[]).includes(k);
  const wantCustomer = (spec.optional as readonly string[]).includes('customer');
  const { customer, contact } = resolveParties(names, { needCustomer: needs('customer'), needContact: needs('contact'), wantCustomer });
  const e: Entities = {};
  if (customer) e.customer = cleanName(customer);
  if (contact) e.contact = cleanName(contact).replace(HONORIFIC, '');
  if (emails[0]) e.email = emails[0].value;
  if (phones[0]) e.phone = phones[0].value;
  if (titles[0]) e.title = titles[0].title;
  if (ticket !== undefined) e.ticket = ticket;
  Object.assign(e, pickMoney(amounts, head));
  if (a.priority) e.priority = a.priority;
  if (a.status) e.status = a.status;
  if (a.stage) e.stage = a.stage;
  if (metric) e.metric = metric;
  if (groupBy) e.group_by = groupBy;
  const duration = findDuration(head);
  if (duration) e.duration_minutes = duration;
  const recordType = findRecordType(lc);
  if (recordType) e.record_type = recordType;
  const dates = findDates(head, today);
  Object.assign(e, pickDates(intent, dates, head, today));
  if (intent === 'kpi.query' || intent === 'customer.history') Object.assign(e, extractPeriods(head, today, a.periods));
  const assignee = findAssignee(head, intent);
  if (assignee) e.assignee = assignee;
  Object.assign(e, freeText(intent, head, { customer: e.customer, contact: e.contact, dates: dates.map((d) => d.text) }));
  if (intent === 'contact.update') Object.assign(e, fieldChange(e));
  return onlySlots(intent, e);
}

// "Dr. Nina Patel" is stored as Nina Patel: the title is not part of the name people search for
const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|mx|prof|sir)\.?\s+(?=\p{Lu})/iu;

function cleanName(n: ScoredName): string {
  return n.text.replace(/^[\s"'“‘(（]+|[\s"'”’)）.,，。!！?？:：;；]+$/g, '').replace(/['’]s$/i, '');
}

export function onlySlots(intent: IntentName, e: Entities): Entities {
  const spec = contract.intents[intent];
  const keys = new Set<string>([...spec.required, ...spec.optional]);
  return Object.fromEntries(Object.entries(e).filter(([k, v]) => keys.has(k) && v !== undefined && v !== '')) as Entities;
}

// "from 50万 to 65万", "30k -> 45k": the amount after the arrow is the new value
const TO_AMOUNT = /^\s*(?:to|->|→|=>|到|至|(?:改|调|调整|变|涨|降|提|提高|增加|加|减|减少)(?:到|为|成|至)|up\s+to|down\s+to)\s*$/i;

function pickMoney(amounts: AmountMatch[], text: string): Entities {
  if (!amounts.length) return {};
  const changed = amounts.length > 1 && TO_AMOUNT.test(text.slice(amounts[0].end, amounts[1].index));
  const a = changed ? { ...amounts[1], currency: amounts[1].currency ?? amounts[0].currency } : amounts[0];
  return a.currency ? { amount: a.amount, currency: a.currency } : { amount: a.amount };
}

const FOLLOW_CUE = /(?:\bfollow(?:\s|-)?up|\bcircle\s+back|\btry\s+again|\bping(?:\s+them)?|\bcall\s+back|\bcheck\s+back|\bsend|\bsending|\bby|\bdue|\bbefore|\buntil|\bnext\s+step:?|\bdeadline|再|前|之前|跟进|回电|发)\s*(?:on|by|again)?\s*$/i;
const FOLLOW_AFTER = /^\s*(?:前|之前|以前|再|跟进|回复|回电|给|发)/;
const FUTURE_HINT = /\b(?:will|going\s+to|gonna|wants?|needs?|plan\w*|schedul\w*|next|follow|circle|try|ping|send|by|due|before|until|demo)\b|'ll\b|再|要|前|之前|跟进|回电|发/i;
const PAST_HINT = /\b(?:had|called|spoke|talked|met|was|were|did|went|got|left|chatted|phoned|rang)\b|了/i;
const CLOSE_CUE = /(?:clos(?:e|ing)|sign(?:ing)?|expected|target|est\.?|签|关单|成交|结束|预计|截止)[^,.;，。]{0,16}$/i;

function pickDates(intent: IntentName, dates: DateMatch[], text: string, today: DayNum): Entities {
  const precise = dates.filter((d) => !d.vague);
  const pool = precise.length ? precise : dates;
  if (!pool.length) return {};
  if (intent === 'call.log') {
    const out: Entities = {};
    // "合同年底到期…下周二前发方案": a date with a follow-up cue after it beats an earlier bare one
    const cuedLater = pool.find((d) => d.day > today && FOLLOW_AFTER.test(text.slice(d.end, d.end + 6)));
    if (cuedLater) out.due = isoOf(cuedLater.day);
    for (const d of pool) {
      const before = text.slice(Math.max(0, d.index - 20), d.index);
      const clause = text.slice(0, d.index).split(/[.;!?,，。；！？]/).pop() ?? '';
      if (d.pastDay !== undefined && !FUTURE_HINT.test(clause) && PAST_HINT.test(clause)) {
        if (!out.date) out.date = isoOf(d.pastDay);
        continue;
      }
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
