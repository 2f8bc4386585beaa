import { contract, DEAL_STAGES, GROUP_BYS, RECORD_TYPES, type Entities, type IntentName } from '../../shared/contract/contract';
import { todayIn } from './dates/calendar';
import { findDates, resolveDatePhrase } from './dates/date-finder';
import { resolvePeriodPhrase } from './dates/period-finder';
import { findAmounts } from './extract/amount-extractor';
import { findEmails, findPhones } from './extract/contact-info-extractor';
import { findStage } from './extract/deal-stage-extractor';
import { findGroupBy, findMetric } from './extract/metric-extractor';
import { findDuration, findRecordType } from './extract/misc-extractors';
import { resolveParties, scoreNames } from './extract/party-resolver';
import { findPriority, findTicketNumber } from './extract/ticket-fields-extractor';
import { findTitles } from './extract/title-extractor';
import type { NluContext } from './types';

const BARE_PRIORITY: Record<string, Entities['priority']> = {
  urgent: 'urgent', critical: 'urgent', high: 'high', medium: 'normal', normal: 'normal', low: 'low',
  紧急: 'urgent', 高: 'high', 普通: 'normal', 一般: 'normal', 中: 'normal', 低: 'low',
};
const STATUS_WORDS: Array<[RegExp, Entities['status']]> = [
  [/\bre-?open(?:ed)?\b|重新打开|重开/i, 'open'],
  [/\b(?:closed|close\s+it)\b(?!\s*(?:date|end))|关闭|关掉|关了/i, 'closed'],
  [/\bpending\b|\bon\s+hold\b|挂起|待定/i, 'pending'],
  [/\bresolved\b|已解决|解决了/i, 'resolved'],
];
const DUE_CUE = /\b(?:due|by|deadline|remind|follow\s*up)\b|截止|到期|之前|前/i;
const DATE_CUE = /\b(?:clos(?:e|ing)|sign(?:ing)?|happened|was\s+on|call\s+was|met\s+on)\b|签|成交|关单|通话/i;
const LEAD_IN = /^\s*(?:no[,.]?\s+|actually[,]?\s+|sorry[,]?\s+|oops[,]?\s+|wait[,]?\s+|instead[,]?\s+|make\s+(?:it|that)\s+|change\s+(?:it\s+)?to\s+|set\s+(?:it\s+)?to\s+|不对[，,]?|不是[，,]?|改成|改为|换成|应该是)*/i;

/** Clean a bare name answer: "it's for Acme's." → "Acme". */
function bareName(text: string): string {
  return text
    .replace(LEAD_IN, '')
    .replace(/^\s*(?:it'?s|it\s+is|that'?s|for|the|customer\s+is|client\s+is|account\s+is|company\s+is|contact\s+is|客户是|公司是|联系人是|是)\s+/i, '')
    .replace(/^(?:客户是|公司是|联系人是|是)/, '')
    .replace(/['’]s\b/g, '')
    .replace(/^[\s"'“‘(（]+|[\s"'”’)）.,，。!！?？:：;；]+$/g, '')
    .slice(0, 80);
}

/** A change to a pending write: "actually make it high priority", "the amount is 50k", "金额改成5万", "customer is Acme". */
export function extractCorrection(text: string, ctx: NluContext, intent?: IntentName): Partial<Entities> {
  const out: Partial<Entities> = {};
  const lc = text.toLowerCase();
  const priority = findPriority(text) ?? bare(lc, BARE_PRIORITY, /(?:make\s+(?:it|that)|it'?s|should\s+be|change\s+(?:it\s+)?to|set\s+(?:it\s+)?to|priority\s+(?:is|to)?|改成|改为|调成|设为|优先级)\s*/);
  if (priority) out.priority = priority;
  const amounts = findAmounts(text);
  const bareAmount = /(?:amount|金额|budget|预算|value)\D{0,12}?(\d[\d,.]*)\s*$/i.exec(text);
  if (amounts[0]) {
    out.amount = amounts[0].amount;
    if (amounts[0].currency) out.currency = amounts[0].currency;
  } else if (bareAmount) out.amount = Number(bareAmount[1].replace(/,/g, ''));
  const dates = findDates(text, todayIn(ctx.now, ctx.tz));
  const date = dates.find((d) => !d.vague) ?? dates[0];
  if (date) {
    const iso = resolveDatePhrase(date.text, ctx) as string;
    const slots = intent ? slotsOf(intent) : null;
    const wantsDate = DATE_CUE.test(text) || (slots && slots.has('date') && !slots.has('due'));
    if (wantsDate && !DUE_CUE.test(text.slice(0, date.index))) out.date = iso;
    else out.due = iso;
  } else {
    for (const [re, status] of STATUS_WORDS) if (re.test(text)) out.status ??= status;
  }
  const stage = findStage(text);
  if (stage && !out.status) out.stage = stage;
  const emails = findEmails(text);
  if (emails[0]) out.email = emails[0].value;
  const phones = findPhones(text, ctx.region);
  if (phones[0]) out.phone = phones[0].value;
  const titles = findTitles(text);
  if (titles[0] && /title|role|position|职位|头衔/i.test(text)) out.title = titles[0].title;
  const named = /\b(customer|client|account|company|contact|assignee|owner|subject|title)\s*(?:is|should\s+be|=|:|to)\s+(.+)$|(客户|公司|联系人|负责人|标题|主题|职位)\s*(?:是|改成|改为|换成|为|：|:)\s*(.+)$/i.exec(text);
  if (named) {
    const key = (named[1] ?? named[3]).toLowerCase();
    const value = bareName(named[2] ?? named[4]);
    const map: Record<string, keyof Entities> = {
      customer: 'customer', client: 'customer', account: 'customer', company: 'customer', 客户: 'customer', 公司: 'customer',
      contact: 'contact', 联系人: 'contact', assignee: 'assignee', owner: 'assignee', 负责人: 'assignee',
      subject: 'subject', 标题: 'subject', 主题: 'subject', title: 'title', 职位: 'title',
    };
    if (value) (out as Record<string, string>)[map[key]] = value;
  } else {
    const forWhom = /\b(?:it'?s|it\s+is|should\s+be|no[,]?)\s+for\s+(.+)$/i.exec(text);
    if (forWhom) out.customer = bareName(forWhom[1]);
  }
  const assign = /\b(?:assign(?:\s+it)?|give\s+it|hand\s+it)\s+to\s+(<@[A-Z0-9|]+>|me|\S+)/i.exec(text) ?? /(?:转给|交给|分配给)\s*(\S{2,3})/.exec(text);
  if (assign) out.assignee = /^me$/i.test(assign[1]) ? 'me' : assign[1];
  return intent ? keepSlots(intent, out) : out;
}

/** A bare answer to the question for one slot ("Which customer?" → "Acme"). Empty when the answer does not fit. */
export function extractSlot(text: string, slot: keyof Entities, ctx: NluContext): Partial<Entities> {
  const t = text.trim();
  if (!t) return {};
  const lc = t.toLowerCase();
  const one = <K extends keyof Entities>(k: K, v: Entities[K] | undefined | null): Partial<Entities> => (v === undefined || v === null || v === '' ? {} : ({ [k]: v } as Partial<Entities>));
  switch (slot) {
    case 'customer':
    case 'contact': {
      const names = scoreNames(t, []);
      const p = resolveParties(names, { needCustomer: slot === 'customer', needContact: slot === 'contact' });
      const hit = slot === 'customer' ? p.customer : p.contact;
      const whole = names.length === 1 && hit === names[0] ? hit.text : undefined;
      return one(slot, bareName(whole ?? (t.length <= 60 ? t : hit?.text ?? '')));
    }
    case 'subject': case 'note': case 'query': case 'field': case 'value':
      return one(slot, t);
    case 'title':
      return one('title', findTitles(t)[0]?.title ?? bareName(t));
    case 'email':
      return one('email', findEmails(t)[0]?.value);
    case 'phone':
      return one('phone', findPhones(t, ctx.region)[0]?.value);
    case 'amount': {
      const a = findAmounts(t)[0];
      if (a) return a.currency ? { amount: a.amount, currency: a.currency } : { amount: a.amount };
      const n = /^\s*\$?\s*(\d[\d,]*(?:\.\d+)?)\s*$/.exec(t);
      return n ? { amount: Number(n[1].replace(/,/g, '')) } : {};
    }
    case 'currency':
      return one('currency', /^[a-z]{3}$/i.test(t) ? t.toUpperCase() : findAmounts(`1 ${t}`)[0]?.currency);
    case 'priority':
      return one('priority', findPriority(t) ?? BARE_PRIORITY[lc.replace(/[\s.!。！]+$/g, '')]);
    case 'status':
      return one('status', STATUS_WORDS.find(([re]) => re.test(t))?.[1] ?? (/^open$/i.test(t) ? 'open' : undefined));
    case 'stage':
      return one('stage', (DEAL_STAGES as readonly string[]).includes(lc) ? (lc as Entities['stage']) : findStage(t));
    case 'date': case 'due':
      return one(slot, resolveDatePhrase(t, ctx));
    case 'period': case 'compare_period':
      return one(slot, resolvePeriodPhrase(t, ctx));
    case 'metric':
      return one('metric', findMetric(lc));
    case 'group_by':
      return one('group_by', findGroupBy(lc) ?? findGroupBy(`by ${lc}`) ?? ((GROUP_BYS as readonly string[]).includes(lc) ? (lc as Entities['group_by']) : undefined));
    case 'ticket':
      return one('ticket', findTicketNumber(t) ?? (/^\s*#?\s*(\d{1,7})\s*$/.test(t) ? Number(t.replace(/\D/g, '')) : undefined));
    case 'assignee':
      return one('assignee', /^(?:me|myself|i|我|我自己)$/i.test(t) ? 'me' : bareName(t));
    case 'duration_minutes':
      return one('duration_minutes', findDuration(t) ?? (/^\d{1,3}$/.test(t) ? Number(t) : undefined));
    case 'record_type':
      return one('record_type', (RECORD_TYPES as readonly string[]).includes(lc) ? (lc as Entities['record_type']) : findRecordType(lc));
    default:
      return {};
  }
}

function bare<T>(lc: string, map: Record<string, T>, lead: RegExp): T | undefined {
  const m = new RegExp(`${lead.source}(${Object.keys(map).join('|')})(?![a-z])`, 'i').exec(lc);
  return m ? map[m[1]] : undefined;
}

function slotsOf(intent: IntentName): Set<string> {
  const spec = contract.intents[intent];
  return new Set<string>([...spec.required, ...spec.optional]);
}

function keepSlots(intent: IntentName, e: Partial<Entities>): Partial<Entities> {
  const keys = slotsOf(intent);
  return Object.fromEntries(Object.entries(e).filter(([k]) => keys.has(k))) as Partial<Entities>;
}
